package dev.copydesk.core.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plan's edits as a unified diff, the form {@code patch}, {@code git apply} and code review read: what
 * {@code --fix} would change, shown before anything is written. The hunks come from the plan's own
 * edits rather than from comparing the two texts, so each shows exactly the lines an edit touches, with
 * {@value #CONTEXT} lines of context; hunks whose context would meet are joined.
 *
 * <p>Lines end at a line feed, and a carriage return before it stays part of the line, so the diff of
 * a file with CRLF line breaks applies to it as it is. A last line without a line break is followed by
 * {@code \ No newline at end of file}, as {@code diff} writes it.
 *
 * <p>Thread-safe: it holds nothing.
 */
public final class UnifiedDiff {

  /** Lines of context around each change. */
  public static final int CONTEXT = 3;

  private static final String NO_NEWLINE = "\\ No newline at end of file\n";

  private UnifiedDiff() {}

  /**
   * The diff from {@code plan}'s source to its fixed text, under the header lines {@code --- oldName}
   * and {@code +++ newName}; the empty string when the plan changes nothing.
   */
  public static String of(String oldName, String newName, FixPlan plan) {
    return of(oldName, newName, plan, "");
  }

  /**
   * The same, for a file that holds {@code lead} before the text (a byte-order mark, {@code "\uFEFF"}):
   * its first line starts with it on both sides, as in the file's bytes, so the diff applies there.
   */
  public static String of(String oldName, String newName, FixPlan plan, String lead) {
    Objects.requireNonNull(oldName, "oldName");
    Objects.requireNonNull(newName, "newName");
    if (!plan.changes()) {
      return "";
    }
    String source = lead + plan.source();
    List<Edit> edits = new ArrayList<>(plan.edits().size());
    for (FixPlan.Edit e : plan.edits()) {
      edits.add(new Edit(e.span().start() + lead.length(), e.span().end() + lead.length(), e.replacement()));
    }
    int[] starts = lineStarts(source);
    int lines = starts.length - 1; // starts[lines] is the source's length
    List<Change> changes = changes(source, edits, starts, lines);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(oldName).append('\n');
    out.append("+++ ").append(newName).append('\n');
    int shift = 0; // lines the hunks so far added, less the lines they removed
    int i = 0;
    while (i < changes.size()) {
      int j = i + 1;
      while (j < changes.size() && changes.get(j).first - changes.get(j - 1).end <= 2 * CONTEXT) {
        j++;
      }
      shift = hunk(out, source, starts, lines, changes.subList(i, j), shift);
      i = j;
    }
    return out.toString();
  }

  /** An edit of the plan, in the text with its lead. */
  private record Edit(int start, int end, String replacement) {}

  /** The lines one change replaces, {@code [first, end)}, and the text that replaces them. */
  private static final class Change {
    final int first;
    int end;
    final List<Edit> edits = new ArrayList<>(1);
    String replacement = "";

    Change(int first, int end) {
      this.first = first;
      this.end = end;
    }
  }

  /**
   * The plan's edits grouped by the whole lines they touch: edits that touch a line in common are one
   * change. A change whose text would lose the line break its last line ends with takes the next line
   * too (the two become one line), and so may join the change after it.
   */
  private static List<Change> changes(String source, List<Edit> edits, int[] starts, int lines) {
    List<Change> changes = new ArrayList<>();
    for (Edit edit : edits) {
      int from = edit.start();
      int to = edit.end();
      int first = lineOf(source, starts, lines, from);
      int end = to > from ? lineOf(source, starts, lines, to - 1) + 1 : Math.min(first + 1, lines);
      Change last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
      if (last != null && first < last.end) {
        last.end = Math.max(last.end, end);
      } else {
        last = new Change(first, Math.max(first, end));
        changes.add(last);
      }
      last.edits.add(edit);
    }
    for (int i = 0; i < changes.size(); i++) {
      Change c = changes.get(i);
      while (true) {
        c.replacement = apply(source, starts[c.first], starts[c.end], c.edits);
        boolean losesBreak = !c.replacement.isEmpty() && !c.replacement.endsWith("\n")
            && c.end > c.first && source.charAt(starts[c.end] - 1) == '\n';
        if (!losesBreak) {
          break;
        }
        Change next = i + 1 < changes.size() ? changes.get(i + 1) : null;
        if (c.end < lines) {
          c.end++; // the line joined to this one
        } else if (next == null) {
          break; // the text's last line loses its line break
        }
        // The next change is on the joined line, or, past the last line, adds text after this one.
        if (next != null && (next.first < c.end || next.first == lines)) {
          changes.remove(i + 1);
          c.end = Math.max(c.end, next.end);
          c.edits.addAll(next.edits);
        }
      }
    }
    return changes;
  }

  /** {@code source[from, to)} with {@code edits}, all within it and in order, made. */
  private static String apply(String source, int from, int to, List<Edit> edits) {
    StringBuilder b = new StringBuilder(to - from + 16);
    int at = from;
    for (Edit e : edits) {
      b.append(source, at, e.start()).append(e.replacement());
      at = e.end();
    }
    return b.append(source, at, to).toString();
  }

  /**
   * Writes one hunk of {@code changes}, whose gaps are at most twice the context, and returns {@code
   * shift} with the hunk's lines added less its lines removed.
   */
  private static int hunk(StringBuilder out, String source, int[] starts, int lines, List<Change> changes, int shift) {
    int from = Math.max(0, changes.get(0).first - CONTEXT);
    int to = Math.min(lines, changes.get(changes.size() - 1).end + CONTEXT);
    StringBuilder body = new StringBuilder();
    int added = 0;
    int at = from;
    for (Change c : changes) {
      for (; at < c.first; at++) {
        line(body, ' ', source, starts[at], starts[at + 1]);
      }
      for (; at < c.end; at++) {
        line(body, '-', source, starts[at], starts[at + 1]);
      }
      int[] replaced = lineStarts(c.replacement);
      for (int k = 0; k + 1 < replaced.length; k++) {
        line(body, '+', c.replacement, replaced[k], replaced[k + 1]);
      }
      added += replaced.length - 1 - (c.end - c.first);
    }
    for (; at < to; at++) {
      line(body, ' ', source, starts[at], starts[at + 1]);
    }
    int oldCount = to - from;
    int newCount = oldCount + added;
    out.append("@@ -").append(range(from, oldCount)).append(" +").append(range(from + shift, newCount)).append(" @@\n");
    out.append(body);
    return shift + added;
  }

  /** A hunk header's range: the first line (1-based) and the count, or the line before an empty range. */
  private static String range(int first, int count) {
    if (count == 1) {
      return Integer.toString(first + 1);
    }
    return (count == 0 ? first : first + 1) + "," + count;
  }

  private static void line(StringBuilder out, char prefix, String text, int from, int to) {
    out.append(prefix).append(text, from, to);
    if (to == from || text.charAt(to - 1) != '\n') {
      out.append('\n').append(NO_NEWLINE);
    }
  }

  /**
   * Where each line of {@code text} starts, then the text's length: a line ends after a line feed, or at
   * the end of the text. An empty text has no line, and a text ending in a line feed no empty last line.
   */
  private static int[] lineStarts(String text) {
    int count = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      count++;
    }
    boolean open = !text.isEmpty() && text.charAt(text.length() - 1) != '\n';
    int[] starts = new int[count + (open ? 1 : 0) + 1];
    int k = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      starts[k++] = i + 1;
    }
    starts[starts.length - 1] = text.length();
    return starts;
  }

  /**
   * The line {@code offset} is on. The end of the text is on its last line when that line has no line
   * break, else on the empty line after it ({@code lines}).
   */
  private static int lineOf(String text, int[] starts, int lines, int offset) {
    if (offset >= text.length()) {
      return text.isEmpty() || text.charAt(text.length() - 1) == '\n' ? lines : lines - 1;
    }
    int lo = 0;
    int hi = lines; // the answer lies in [lo, hi]
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
