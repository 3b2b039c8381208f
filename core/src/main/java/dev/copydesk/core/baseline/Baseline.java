package dev.copydesk.core.baseline;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.report.Fingerprints;
import dev.copydesk.core.rule.Finding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Findings a project has accepted: a check with a baseline fails only on findings that are not in it.
 *
 * <p>The file is UTF-8 text, one entry per line, tab-separated: fingerprint, rule id, file, flagged
 * text. Only the fingerprint is matched (see {@link Fingerprints}); the other columns are there so that
 * a reviewer can read the file and its diffs. Lines starting with {@code #} are comments; the first line
 * must be {@value #HEADER}. An entry listed twice accepts two findings with that fingerprint. Entries
 * are sorted by file, rule and text, so that regenerating a baseline gives a small diff.
 *
 * <p>Immutable and thread-safe.
 */
public final class Baseline {

  /** The first line of every baseline file; the number is the format's version. */
  public static final String HEADER = "# copydesk-baseline 1";

  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{32}");

  /**
   * One accepted finding.
   *
   * @param fingerprint the finding's {@link Fingerprints fingerprint}
   * @param ruleId the rule that reported it
   * @param file the file's id in reports
   * @param text the flagged text, white space collapsed, for people
   */
  public record Entry(String fingerprint, String ruleId, String file, String text) {}

  private static final Comparator<Entry> ORDER =
      Comparator.comparing(Entry::file)
          .thenComparing(Entry::ruleId)
          .thenComparing(Entry::text)
          .thenComparing(Entry::fingerprint);

  private final List<Entry> entries;

  private Baseline(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(ORDER);
    this.entries = List.copyOf(sorted);
  }

  /** A baseline accepting every active finding of {@code results}. */
  public static Baseline of(List<LintResult> results) {
    List<Entry> entries = new ArrayList<>();
    for (LintResult r : results) {
      for (Finding f : r.findings()) {
        entries.add(new Entry(Fingerprints.of(r, f), f.ruleId(), r.id(), Fingerprints.shownText(f)));
      }
    }
    return new Baseline(entries);
  }

  /** An empty baseline: every finding is new. */
  public static Baseline empty() {
    return new Baseline(List.of());
  }

  /**
   * Reads a baseline file's text.
   *
   * @param name the file's name for error messages
   * @throws BaselineException if the text is not a baseline
   */
  public static Baseline read(Reader in, String name) throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<Entry> entries = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (n == 1) {
        String first = line.startsWith("\uFEFF") ? line.substring(1) : line;
        if (!first.strip().equals(HEADER)) {
          throw new BaselineException(
              name + ":1: not a Copydesk baseline (the first line must be '" + HEADER + "'); write one with copydesk:baseline");
        }
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String fp = cols[0].strip();
      if (!FINGERPRINT.matcher(fp).matches()) {
        throw new BaselineException(
            name + ":" + n + ": expected a fingerprint of 32 hex digits at the start of the line, found '" + shorten(cols[0]) + "'");
      }
      entries.add(
          new Entry(fp, cols.length > 1 ? unescape(cols[1]) : "", cols.length > 2 ? unescape(cols[2]) : "", cols.length > 3 ? unescape(cols[3]) : ""));
    }
    if (n == 0) {
      throw new BaselineException(name + ": empty file, not a Copydesk baseline; write one with copydesk:baseline");
    }
    return new Baseline(entries);
  }

  /**
   * Reads a baseline file, which must be UTF-8.
   *
   * @throws BaselineException if the file is not a baseline
   * @throws java.nio.charset.CharacterCodingException if it is not UTF-8
   */
  public static Baseline read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /** Writes this baseline in its file format. */
  public void write(Writer out) throws IOException {
    out.write(HEADER);
    out.write('\n');
    out.write("# Findings accepted as they are: copydesk:check fails only on findings not listed here.\n");
    out.write("# Regenerate with copydesk:baseline. Columns: fingerprint, rule, file, flagged text (for people;\n");
    out.write("# only the fingerprint is matched, and it survives edits elsewhere in the file).\n");
    for (Entry e : entries) {
      out.write(e.fingerprint());
      out.write('\t');
      out.write(escape(e.ruleId()));
      out.write('\t');
      out.write(escape(e.file()));
      out.write('\t');
      out.write(escape(e.text()));
      out.write('\n');
    }
    out.flush();
  }

  public List<Entry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * Sorts the active findings of {@code results} into new ones and ones this baseline accepts. Accepted
   * findings move to the results' {@link LintResult#suppressed() suppressed} findings (kept, in order);
   * each entry accepts at most one finding.
   */
  public Applied apply(List<LintResult> results) {
    Map<String, Integer> remaining = new HashMap<>();
    for (Entry e : entries) {
      remaining.merge(e.fingerprint(), 1, Integer::sum);
    }
    List<LintResult> out = new ArrayList<>(results.size());
    Set<Finding> accepted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    int newCount = 0;
    for (LintResult r : results) {
      if (r.findings().isEmpty()) {
        out.add(r);
        continue;
      }
      List<Finding> active = new ArrayList<>();
      List<Finding> suppressed = new ArrayList<>(r.suppressed());
      for (Finding f : r.findings()) {
        String fp = Fingerprints.of(r, f);
        Integer left = remaining.get(fp);
        if (left != null && left > 0) {
          remaining.put(fp, left - 1);
          suppressed.add(f);
          accepted.add(f);
        } else {
          active.add(f);
          newCount++;
        }
      }
      if (active.size() == r.findings().size()) {
        out.add(r);
        continue;
      }
      suppressed.sort(Finding.ORDER);
      // withFindings keeps the article as the result held it: a result that lets it go (a cached one)
      // must not be turned into one that holds it, nor lose isLinted() when the file changed since.
      out.add(r.withFindings(active, suppressed));
    }
    List<Entry> gone = new ArrayList<>();
    for (Entry e : entries) {
      Integer left = remaining.get(e.fingerprint());
      if (left != null && left > 0) {
        remaining.put(e.fingerprint(), left - 1);
        gone.add(e);
      }
    }
    return new Applied(out, accepted, newCount, gone);
  }

  /**
   * What applying a baseline did.
   *
   * @param results the results with accepted findings moved to the suppressed ones
   * @param newFindings how many active findings the baseline does not accept
   * @param gone entries that matched no finding: fixed, or changed past recognition
   */
  public record Applied(List<LintResult> results, Set<Finding> acceptedFindings, int newFindings, List<Entry> gone) {

    public Applied {
      results = List.copyOf(results);
      Set<Finding> copy = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      copy.addAll(acceptedFindings);
      acceptedFindings = java.util.Collections.unmodifiableSet(copy);
      gone = List.copyOf(gone);
    }

    /** Whether the baseline accepted this very finding object (compared by identity). */
    public boolean isAccepted(Finding finding) {
      return acceptedFindings.contains(finding);
    }

    public int acceptedCount() {
      return acceptedFindings.size();
    }
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(
            switch (n) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> n;
            });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
