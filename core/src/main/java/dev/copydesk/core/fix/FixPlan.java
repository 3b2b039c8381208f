package dev.copydesk.core.fix;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Fix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The edits the findings of one source suggest, chosen so that none overlaps another, and the source
 * they make. A finding contributes its fix when it suggests exactly one: one with several (a
 * misspelling's candidates) asks an editor to choose, and is left alone. Two findings suggesting the
 * same edit (same span, same replacement) share it. Where edits overlap, the one that starts first
 * (the longer, at the same start) is kept and the others are left for a later run, when the text
 * around them has settled: the findings they came from are in {@link #leftOver()}.
 *
 * <p>A deletion that would leave its line holding nothing but white space (or a Markdown heading, quotation
 * or list marker) takes the whole line with it, line break included, so that deleting "Leave a Reply" from its own line does not leave an empty one
 * behind; when that line is a paragraph of its own, one of the blank lines around it goes too.
 *
 * <p>Immutable and thread-safe.
 */
public final class FixPlan {

  /**
   * One edit of the plan.
   *
   * @param span the source characters replaced: the fix's own, or its whole line for a deletion that
   *     would empty it
   * @param replacement what replaces them
   * @param findings the findings the edit fixes, in source order (more than one when rules agree)
   */
  public record Edit(Span span, String replacement, List<Finding> findings) {
    public Edit {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(replacement, "replacement");
      findings = List.copyOf(findings);
    }
  }

  private final String source;
  private final String fixed;
  private final List<Edit> edits;
  private final List<Finding> leftOver;

  private FixPlan(String source, String fixed, List<Edit> edits, List<Finding> leftOver) {
    this.source = source;
    this.fixed = fixed;
    this.edits = List.copyOf(edits);
    this.leftOver = List.copyOf(leftOver);
  }

  /**
   * The plan for {@code findings} of {@code source} (the text their spans are in). Findings that are not
   * {@link #isFixable} are ignored; a fix whose span lies outside the source is left over.
   */
  public static FixPlan of(String source, List<Finding> findings) {
    return of(source, findings, span -> span);
  }

  /**
   * The plan for {@code findings} of {@code article}, where a deletion of all of a block's text takes
   * the block's markup too: {@code <p>Leave a Reply</p>} goes whole rather than leaving {@code <p></p>},
   * and {@code - **Tweet**} rather than leaving {@code - ****}. Otherwise as {@link #of(String, List)}.
   */
  public static FixPlan of(Article article, List<Finding> findings) {
    List<Block> blocks = article.blocks();
    return of(article.source(), findings, span -> {
      for (Block b : blocks) {
        if (b.text().isEmpty() || !b.span().contains(span)) {
          continue;
        }
        Span text = b.toSource(0, b.text().length());
        if (span.start() <= text.start() && span.end() >= text.end()) {
          return b.span();
        }
      }
      return span;
    });
  }

  private static FixPlan of(String source, List<Finding> findings, UnaryOperator<Span> wholeBlock) {
    record Candidate(Span span, String replacement, Finding finding) {}
    List<Candidate> candidates = new ArrayList<>();
    List<Finding> leftOver = new ArrayList<>();
    for (Finding f : findings) {
      if (!isFixable(f)) {
        continue;
      }
      Fix fix = f.fixes().get(0);
      Span span = fix.span();
      if (span.end() > source.length()) {
        leftOver.add(f);
        continue;
      }
      if (fix.replacement().isEmpty()) {
        span = wholeLineIfEmptied(source, wholeBlock.apply(span));
      }
      candidates.add(new Candidate(span, fix.replacement(), f));
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.span().start())
        .thenComparing(Comparator.comparingInt((Candidate c) -> c.span().end()).reversed())
        .thenComparing(Candidate::finding, Finding.ORDER));

    List<Edit> edits = new ArrayList<>();
    List<Finding> sharing = new ArrayList<>();
    Candidate last = null;
    for (Candidate c : candidates) {
      if (last != null && c.span().equals(last.span()) && c.replacement().equals(last.replacement())) {
        sharing.add(c.finding());
        continue;
      }
      // Overlapping, or a second insertion at the same point (which would go first is a guess).
      if (last != null && (c.span().start() < last.span().end() || c.span().start() == last.span().start())) {
        leftOver.add(c.finding());
        continue;
      }
      if (last != null) {
        edits.add(new Edit(last.span(), last.replacement(), sharing));
      }
      last = c;
      sharing = new ArrayList<>(List.of(c.finding()));
    }
    if (last != null) {
      edits.add(new Edit(last.span(), last.replacement(), sharing));
    }

    StringBuilder out = new StringBuilder(source.length());
    int at = 0;
    for (Edit e : edits) {
      out.append(source, at, e.span().start()).append(e.replacement());
      at = e.span().end();
    }
    out.append(source, at, source.length());
    leftOver.sort(Finding.ORDER);
    return new FixPlan(source, out.toString(), edits, leftOver);
  }

  /**
   * {@code span}, or the whole line it stands on (with its line break) when everything else on that
   * line is white space and at most a block marker (see {@link #markerStart}).
   */
  private static Span wholeLineIfEmptied(String source, Span span) {
    int start = markerStart(source, span.start());
    if (start < 0) {
      return span;
    }
    int end = span.end();
    while (end < source.length() && isBlank(source.charAt(end))) {
      end++;
    }
    if (end < source.length()) {
      char c = source.charAt(end);
      if (!isLineBreak(c)) {
        return span;
      }
      end += lineBreakAt(source, end);
      // A paragraph of its own (blank lines around it, or the start of the text before it): one of
      // the blank lines goes with it, so that the paragraphs around it stay one blank line apart.
      if (start == 0 || blankLineEndsAt(source, start)) {
        int next = end;
        while (next < source.length() && isBlank(source.charAt(next))) {
          next++;
        }
        if (next < source.length() && isLineBreak(source.charAt(next))) {
          end = next + lineBreakAt(source, next);
        }
      }
    } else if (start > 0) {
      // The last line, without a line break of its own: the one before it goes instead, so that the
      // text still ends where the line before did.
      start -= source.charAt(start - 1) == '\n' && start > 1 && source.charAt(start - 2) == '\r' ? 2 : 1;
    }
    return new Span(start, end);
  }

  /**
   * The start of the line that {@code offset} is on when all before it on that line is white space,
   * around at most one Markdown block marker (a heading's {@code #}s, a quotation's {@code >}, a list
   * item's bullet or number): deleting the rest would leave only the marker. Otherwise -1.
   */
  private static int markerStart(String source, int offset) {
    int i = offset;
    while (i > 0 && isBlank(source.charAt(i - 1))) {
      i--;
    }
    int markerEnd = i;
    while (i > 0 && !isLineBreak(source.charAt(i - 1)) && !isBlank(source.charAt(i - 1))) {
      i--;
    }
    if (i < markerEnd && !isBlockMarker(source.substring(i, markerEnd))) {
      return -1;
    }
    while (i > 0 && isBlank(source.charAt(i - 1))) {
      i--;
    }
    return i == 0 || isLineBreak(source.charAt(i - 1)) ? i : -1;
  }

  private static boolean isBlockMarker(String s) {
    if (s.equals(">") || s.equals("-") || s.equals("*") || s.equals("+")) {
      return true;
    }
    if (s.length() <= 6 && s.chars().allMatch(c -> c == '#')) {
      return true;
    }
    int digits = 0;
    while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
      digits++;
    }
    return digits > 0 && digits <= 9 && s.length() == digits + 1 && (s.endsWith(".") || s.endsWith(")"));
  }

  /** The length of the line break at {@code i}: 2 for CR LF, else 1. */
  private static int lineBreakAt(String source, int i) {
    return source.charAt(i) == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n' ? 2 : 1;
  }

  /** Whether the line before offset {@code lineStart} (a line's start, after a break) holds only white space. */
  private static boolean blankLineEndsAt(String source, int lineStart) {
    int i = lineStart - 1; // the break before the line
    if (i > 0 && source.charAt(i) == '\n' && source.charAt(i - 1) == '\r') {
      i--;
    }
    i--;
    while (i >= 0 && isBlank(source.charAt(i))) {
      i--;
    }
    return i < 0 || isLineBreak(source.charAt(i));
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** Whether {@code finding} suggests exactly one fix, which a plan makes without asking anyone. */
  public static boolean isFixable(Finding finding) {
    return finding.fixes().size() == 1;
  }

  /** The text the findings were found in. */
  public String source() {
    return source;
  }

  /** The source with every edit of the plan made. */
  public String fixed() {
    return fixed;
  }

  /** The edits, in source order, none overlapping another. */
  public List<Edit> edits() {
    return edits;
  }

  /** How many findings the edits fix. */
  public int fixedFindings() {
    return edits.stream().mapToInt(e -> e.findings().size()).sum();
  }

  /** Findings with a fix the plan does not make (it overlaps another), in source order. */
  public List<Finding> leftOver() {
    return leftOver;
  }

  /** Whether the plan changes the source. */
  public boolean changes() {
    return !fixed.equals(source);
  }
}
