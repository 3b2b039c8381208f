package dev.copydesk.core.reliability;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.LineMap;
import dev.copydesk.core.model.Position;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.parse.SpanChecks;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Fix;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The contracts every lint result must keep, whatever the input, as a list of violations (empty when
 * all hold): no rule or parser fell over, the article keeps {@link SpanChecks}' contracts, and every
 * finding, suppressed finding and fix points inside the source, never splits a surrogate pair, and
 * carries the line and column the {@link LineMap} gives for its offsets. Shared by the corpus, hostile
 * input, fuzz and concurrency tests of core and rules.
 */
public final class LintChecks {

  /** Diagnostics that mean our code (or a library's) broke, never the input. */
  public static final Set<String> FAILURE_CODES = Set.of("rule.failure", "parse.failure");

  private LintChecks() {}

  public static List<String> violations(LintResult r) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : r.diagnostics()) {
      if (FAILURE_CODES.contains(d.code())) {
        out.add(d.toString());
      }
    }
    Article a = r.article();
    if (a == null) {
      if (r.diagnostics().isEmpty()) {
        out.add("not linted, yet no diagnostic says why");
      }
      return out;
    }
    out.addAll(SpanChecks.violations(a));
    String src = a.source();
    for (Block b : a.blocks()) {
      surrogates(out, "block " + b.index(), b.span(), src);
      for (Sentence s : b.sentences()) {
        surrogates(out, "block " + b.index() + " sentence " + s.index(), s.span(), src);
      }
    }
    LineMap lines = a.lineMap();
    for (Finding f : r.findings()) {
      finding(out, f, src, lines);
    }
    for (Finding f : r.suppressed()) {
      finding(out, f, src, lines);
    }
    return out;
  }

  private static void finding(List<String> out, Finding f, String src, LineMap lines) {
    String where = f.ruleId() + " " + f.span();
    if (!inside(out, where, f.span(), src)) {
      return;
    }
    surrogates(out, where, f.span(), src);
    Position start = lines.position(f.span().start());
    Position end = lines.position(f.span().end());
    if (!start.equals(f.start()) || !end.equals(f.end())) {
      out.add(where + " reports " + f.start() + "-" + f.end() + " but the line map gives " + start + "-" + end);
    }
    String covered = f.span().of(src);
    String excerpt = f.excerpt();
    if (!covered.equals(excerpt)) {
      // A long excerpt is a prefix of the covered text and an ellipsis, never half a surrogate pair.
      String prefix = excerpt.endsWith("\u2026") ? excerpt.substring(0, excerpt.length() - 1) : excerpt;
      if (!covered.startsWith(prefix) || prefix.isEmpty() || Character.isHighSurrogate(prefix.charAt(prefix.length() - 1))) {
        out.add(where + " has excerpt \"" + abbreviate(excerpt) + "\" that is not its text \"" + abbreviate(covered) + "\"");
      }
    }
    for (Fix fix : f.fixes()) {
      if (inside(out, where + " fix", fix.span(), src)) {
        surrogates(out, where + " fix", fix.span(), src);
      }
    }
  }

  private static boolean inside(List<String> out, String where, Span s, String src) {
    if (s.start() < 0 || s.end() < s.start() || s.end() > src.length()) {
      out.add(where + " lies outside the source of length " + src.length());
      return false;
    }
    return true;
  }

  private static void surrogates(List<String> out, String where, Span s, String src) {
    if (s.end() > src.length()) {
      return; // reported elsewhere
    }
    for (int at : new int[] {s.start(), s.end()}) {
      if (splitsPair(src, at)) {
        out.add(where + " splits the surrogate pair at " + at);
      }
    }
  }

  /** Whether offset {@code at} falls between the two halves of a surrogate pair. */
  public static boolean splitsPair(CharSequence src, int at) {
    return at > 0 && at < src.length() && Character.isHighSurrogate(src.charAt(at - 1)) && Character.isLowSurrogate(src.charAt(at));
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
