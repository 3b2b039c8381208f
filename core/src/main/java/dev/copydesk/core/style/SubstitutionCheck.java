package dev.copydesk.core.style;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.text.FoldedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code type: substitution}: "use X instead of Y", with a fix that replaces the match. Literal keys
 * ({@code swap}) compile into one Aho-Corasick automaton; pattern keys ({@code swap-patterns}, and every
 * Vale key) into one RE2 alternation.
 *
 * <p>A match that already reads as one of its replacements is left alone (with {@code ignore-case},
 * "JavaScript" for the swap {@code javascript: JavaScript}). With {@code preserve-case} (the default) a
 * lower-case replacement takes the case of the match: "Utilize" becomes "Use", "UTILIZE" becomes "USE".
 *
 * <p>Immutable and thread-safe.
 */
final class SubstitutionCheck implements Check {

  static final Set<String> PLACEHOLDERS = Set.of("match", "replacement");

  /** One swap: what to look for and what to write instead (alternatives in order). */
  record Swap(String from, boolean pattern, List<String> to) {
    Swap {
      to = List.copyOf(to);
      if (to.isEmpty() || to.stream().anyMatch(String::isEmpty)) {
        throw new IllegalArgumentException("swap for '" + from + "' has no replacement");
      }
    }
  }

  private final List<Swap> swaps;
  private final TermSet terms;
  private final MessageTemplate message;
  private final boolean preserveCase;
  private final Exceptions exceptions;
  // How alternatives are joined inside {replacement}: with the quotes the template puts around it.
  private final String alternativeSeparator;

  /**
   * @throws IllegalArgumentException for a key that folds to nothing
   * @throws com.google.re2j.PatternSyntaxException for a pattern key RE2 cannot compile
   */
  SubstitutionCheck(
      List<Swap> swaps,
      boolean ignoreCase,
      boolean wordBoundaries,
      boolean preserveCase,
      Exceptions exceptions,
      MessageTemplate message) {
    this.swaps = List.copyOf(swaps);
    List<TermSet.Term> t = new ArrayList<>();
    for (int i = 0; i < swaps.size(); i++) {
      t.add(new TermSet.Term(swaps.get(i).from(), swaps.get(i).pattern(), i));
    }
    this.terms =
        new TermSet(
            t,
            ignoreCase ? dev.copydesk.core.text.Folding.IGNORE_CASE : dev.copydesk.core.text.Folding.MATCH_CASE,
            wordBoundaries,
            false,
            TermSet.Anchor.ANYWHERE);
    this.message = message;
    this.preserveCase = preserveCase;
    this.exceptions = exceptions;
    String sep = " or ";
    String template = message.toString();
    for (String[] q : new String[][] {{"'", "'"}, {"\"", "\""}, {"\u2018", "\u2019"}, {"\u201C", "\u201D"}}) {
      if (template.contains(q[0] + "{replacement}" + q[1])) {
        sep = q[1] + " or " + q[0];
        break;
      }
    }
    this.alternativeSeparator = sep;
  }

  /** The swaps' keys as a term set: one a {@link PhraseBank} may share. */
  TermSet terms() {
    return terms;
  }

  @Override
  public boolean absentFrom(Article article, RuleContext context, boolean sentences) {
    return terms.absentFrom(article, context, sentences);
  }

  @Override
  public void run(List<Unit> units, Article article, RuleContext context) {
    for (Unit unit : units) {
      String text = unit.text();
      // Folded through the context, as existence rules fold: every style rule reading the same block
      // shares one folding of it, and one search of a shared phrase bank.
      FoldedText folded = terms.needsFolding() ? Folds.of(context, text, terms.folding()) : null;
      for (TermSet.Hit h : terms.find(text, folded, context)) {
        String observed = text.substring(h.start(), h.end());
        Swap swap = swaps.get(h.term());
        List<String> replacements = new ArrayList<>();
        boolean already = false;
        for (String r : swap.to()) {
          String cased = preserveCase ? matchCase(observed, r) : r;
          if (cased.equals(observed) || r.equals(observed)) {
            already = true;
          }
          if (!replacements.contains(cased)) {
            replacements.add(cased);
          }
        }
        if (already || exceptions.excludes(text, h.start(), h.end())) {
          continue;
        }
        Span span = unit.toSource(h.start(), h.end());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("match", MessageTemplate.quote(observed));
        values.put("replacement", String.join(alternativeSeparator, replacements));
        RuleContext.FindingBuilder b = context.at(span).message(message.format(values));
        // A fix only where the match's source characters are exactly its text (no markup inside).
        if (unit.isVerbatim(article.source(), h.start(), h.end())) {
          for (String r : replacements) {
            b.fix(Fix.replace(span, r));
          }
        }
        b.report();
      }
    }
  }

  /**
   * {@code replacement} in the case of {@code observed} when the replacement is all lower case: all
   * capitals for an all-capital match of two or more letters, a capital first letter for a capitalised
   * match. A replacement with capitals of its own ("JavaScript") is kept as written.
   */
  static String matchCase(String observed, String replacement) {
    if (!replacement.equals(replacement.toLowerCase(Locale.ROOT))) {
      return replacement;
    }
    int letters = 0;
    boolean allUpper = true;
    for (int i = 0; i < observed.length(); i++) {
      char c = observed.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (!Character.isUpperCase(c)) {
          allUpper = false;
        }
      }
    }
    if (letters >= 2 && allUpper) {
      return replacement.toUpperCase(Locale.ROOT);
    }
    int first = 0;
    while (first < observed.length() && !Character.isLetter(observed.charAt(first))) {
      first++;
    }
    if (first < observed.length() && Character.isUpperCase(observed.charAt(first)) && !replacement.isEmpty()) {
      int r = 0;
      while (r < replacement.length() && !Character.isLetter(replacement.charAt(r))) {
        r++;
      }
      if (r < replacement.length()) {
        return replacement.substring(0, r) + Character.toUpperCase(replacement.charAt(r)) + replacement.substring(r + 1);
      }
    }
    return replacement;
  }
}
