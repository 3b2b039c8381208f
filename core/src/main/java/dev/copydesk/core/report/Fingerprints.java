package dev.copydesk.core.report;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fingerprints of findings that stay the same when the file changes elsewhere.
 *
 * <p>A fingerprint hashes the rule id, the file's id, the flagged text (Unicode NFKC, lower case,
 * typographic quotes and dashes folded, white space collapsed) and a little context: up to {@value
 * #CONTEXT_WORDS} words before and after it within the same paragraph. It never includes line numbers or
 * offsets, so lines inserted above a finding, or edits to other paragraphs, leave it alone. Editing the
 * flagged text or the words right around it, moving or renaming the file, or a rule renaming itself,
 * gives a new fingerprint.
 *
 * <p>Two findings can share a fingerprint (the same rule on the same text in the same kind of place in
 * one file); baselines count them, and {@link #ofResult} numbers them in source order.
 *
 * <p>Stateless and thread-safe.
 */
public final class Fingerprints {

  /** Changes whenever the algorithm does, and is part of the hashed input. */
  public static final String VERSION = "v1";

  /** Words of context taken on each side of the flagged text. */
  public static final int CONTEXT_WORDS = 3;

  private static final HexFormat HEX = HexFormat.of();

  private Fingerprints() {}

  /** The fingerprint of {@code finding} in {@code result}: 32 lower-case hex digits. */
  public static String of(LintResult result, Finding finding) {
    Article article = result.article();
    String flagged = "";
    String before = "";
    String after = "";
    if (article != null) {
      String source = article.source();
      Span span = clamp(finding.span(), source.length());
      flagged = normalizeText(span.of(source));
      Span paragraph = paragraphAround(article, span);
      before = lastWords(source.substring(paragraph.start(), span.start()), CONTEXT_WORDS);
      after = firstWords(source.substring(span.end(), paragraph.end()), CONTEXT_WORDS);
    } else {
      flagged = normalizeText(finding.excerpt());
    }
    return hash(VERSION, finding.ruleId(), result.id(), flagged, before, after);
  }

  /**
   * The fingerprints of every active finding of {@code result}, in order, each followed by {@code :n},
   * its 1-based occurrence among the findings of the file that share the fingerprint.
   */
  public static List<String> ofResult(LintResult result) {
    return numbered(result, result.findings());
  }

  /** Like {@link #ofResult} for any list of findings of {@code result}. */
  public static List<String> numbered(LintResult result, List<Finding> findings) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String fp = of(result, f);
      out.add(fp + ":" + seen.merge(fp, 1, Integer::sum));
    }
    return out;
  }

  /**
   * Normalises flagged text: NFKC, lower case, curly quotes and dashes folded to their ASCII forms, runs
   * of white space to one space, no leading or trailing space.
   */
  public static String normalizeText(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(
          switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
          });
    }
    return b.toString();
  }

  /** The span of the block holding {@code span}, or else the blank-line-delimited paragraph around it. */
  static Span paragraphAround(Article article, Span span) {
    Block best = null;
    for (Block b : article.blocks()) {
      if (b.span().contains(span) && (best == null || b.span().length() < best.span().length())) {
        best = b;
      }
    }
    if (best != null) {
      return best.span();
    }
    String s = article.source();
    int start = span.start();
    while (start > 0 && !blankLineEndsAt(s, start)) {
      start--;
    }
    int end = span.end();
    while (end < s.length() && !blankLineStartsAt(s, end)) {
      end++;
    }
    return new Span(start, end);
  }

  /** Whether the characters just before {@code i} end a blank line ("\n\n", "\n  \n"). */
  private static boolean blankLineEndsAt(String s, int i) {
    if (s.charAt(i - 1) != '\n' && s.charAt(i - 1) != '\r') {
      return false;
    }
    int j = i - 2;
    while (j >= 0 && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\r')) {
      j--;
    }
    return j >= 0 && s.charAt(j) == '\n';
  }

  private static boolean blankLineStartsAt(String s, int i) {
    if (s.charAt(i) != '\n' && s.charAt(i) != '\r') {
      return false;
    }
    int j = i + 1;
    if (s.charAt(i) == '\r' && j < s.length() && s.charAt(j) == '\n') {
      j++;
    }
    while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
      j++;
    }
    return j < s.length() && (s.charAt(j) == '\n' || s.charAt(j) == '\r');
  }

  static String lastWords(String s, int n) {
    Deque<String> words = new ArrayDeque<>();
    for (String w : words(s)) {
      words.addLast(w);
      if (words.size() > n) {
        words.removeFirst();
      }
    }
    return String.join(" ", words);
  }

  static String firstWords(String s, int n) {
    List<String> all = words(s);
    return String.join(" ", all.subList(0, Math.min(n, all.size())));
  }

  /** Runs of letters and digits, NFKC and lower case; markup and punctuation are not words. */
  private static List<String> words(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      int cp = t.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        int j = i + Character.charCount(cp);
        while (j < t.length()) {
          int c = t.codePointAt(j);
          if (!Character.isLetterOrDigit(c)) {
            break;
          }
          j += Character.charCount(c);
        }
        out.add(t.substring(i, j));
        i = j;
      } else {
        i += Character.charCount(cp);
      }
    }
    return out;
  }

  private static Span clamp(Span span, int length) {
    int start = Math.min(span.start(), length);
    return new Span(start, Math.max(start, Math.min(span.end(), length)));
  }

  private static String hash(String... parts) {
    MessageDigest md = sha256();
    for (String p : parts) {
      md.update(p.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
    }
    byte[] digest = md.digest();
    return HEX.formatHex(digest, 0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** The flagged text of a finding as people read it (in a baseline file): white space collapsed. */
  public static String shownText(Finding finding) {
    return finding.excerpt().replaceAll("\\s+", " ").strip();
  }
}
