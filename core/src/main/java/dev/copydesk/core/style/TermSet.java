package dev.copydesk.core.style;

import dev.copydesk.core.model.Article;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.text.FoldedText;
import dev.copydesk.core.text.Folding;
import dev.copydesk.core.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Literal phrases and regular expressions compiled for one pass each over a text: every phrase goes
 * into one Aho-Corasick automaton ({@link PhraseMatcher}), every pattern into one RE2 alternation, so
 * both run in time linear in the text whatever the number of terms. Each term keeps an id the caller
 * gave it.
 *
 * <p>Phrases match folded text (see {@link Folding}); patterns match the text as written unless
 * {@code foldPatterns}, in which case they see it folded too. With word boundaries, phrases must sit on
 * word boundaries (Unicode letters and digits) and each pattern is wrapped in {@code \b(?:…)\b} as Vale
 * does.
 *
 * <p>Thread-safe, and immutable but for the bank it may be given once its rule's siblings are loaded
 * ({@link PhraseBank}): a set searches the same with or without one, so a reader that sees either
 * finds the same.
 */
final class TermSet {

  /** Where pattern matches must lie. */
  enum Anchor {
    ANYWHERE,
    /** At the start of the text. */
    START,
    /** The whole text. */
    WHOLE
  }

  /** A term found: offsets into the text searched, and the term's id. */
  record Hit(int start, int end, int term) {}

  /** A term to compile: a literal phrase or a pattern, and the id hits report. */
  record Term(String text, boolean pattern, int id) {}

  private final Folding folding;
  private final boolean foldPatterns;
  private final @Nullable PhraseMatcher phrases;
  private final int[] phraseIds;
  // The literal phrases as given, for a PhraseBank to compile with other sets' (see share).
  private final List<String> literalPhrases;
  private final PhraseMatcher.Boundaries boundaries;
  // Where this set's phrases are in a bank shared with other rules' sets, or null: set once the rules
  // loaded together are known, before any checks them (see PhraseBank.share).
  private volatile PhraseBank.@Nullable Slot slot;
  private final @Nullable Pattern regex;
  // START and WHOLE patterns can only match at offset 0: one anchored RE2 call decides.
  private final boolean anchored;
  // For each pattern term: the capturing group that wraps it, and its id.
  private final int[] regexGroups;
  private final int[] regexIds;
  // When every pattern match must start at offset 0: the letters and digits such a match can start
  // with, to turn texts away before RE2 is asked (see FirstLetters); else null.
  private final @Nullable FirstLetters startFilter;
  // Strings one of which every pattern match contains (see RequiredText), or null.
  private final @Nullable RequiredText requiredText;

  /**
   * @throws IllegalArgumentException for a phrase that folds to nothing
   * @throws PatternSyntaxException for a pattern RE2 cannot compile (the message names it)
   */
  TermSet(List<Term> terms, Folding folding, boolean wordBoundaries, boolean foldPatterns, Anchor anchor) {
    this.folding = folding;
    this.foldPatterns = foldPatterns;
    this.anchored = anchor != Anchor.ANYWHERE;
    List<String> literal = new ArrayList<>();
    List<Integer> literalIds = new ArrayList<>();
    List<String> patterns = new ArrayList<>();
    List<Integer> patternIds = new ArrayList<>();
    for (Term t : terms) {
      if (t.pattern()) {
        patterns.add(t.text());
        patternIds.add(t.id());
      } else {
        literal.add(t.text());
        literalIds.add(t.id());
      }
    }
    this.boundaries = wordBoundaries ? PhraseMatcher.Boundaries.WORDS : PhraseMatcher.Boundaries.NONE;
    this.literalPhrases = List.copyOf(literal);
    this.phrases = literal.isEmpty() ? null : PhraseMatcher.of(literal, folding, boundaries);
    this.phraseIds = literalIds.stream().mapToInt(Integer::intValue).toArray();
    if (patterns.isEmpty()) {
      this.regex = null;
      this.regexGroups = new int[0];
      this.regexIds = new int[0];
      this.startFilter = null;
      this.requiredText = null;
    } else {
      // The patterns as one alternation, each in a group of its own; a pattern's group number is found
      // by counting the capturing groups of those before it. Counted from the text, since compiling
      // each pattern alone only to count them (RE2/J has no parse-only call) cost most of a style's
      // loading, which every start of the command line pays; compiling them alone is left to the rare
      // patterns the count cannot be trusted for, and to finding which pattern an error is in.
      int[] groups = new int[patterns.size()];
      boolean ignoreCase = folding == Folding.IGNORE_CASE;
      Pattern compiled;
      try {
        compiled = Pattern.compile(alternation(patterns, wordBoundaries, anchor), ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
      } catch (PatternSyntaxException e) {
        for (String p : patterns) {
          try {
            Pattern.compile(p);
          } catch (PatternSyntaxException alone) {
            throw new PatternSyntaxException(alone.getDescription(), p);
          }
        }
        throw e;
      }
      int group = 1;
      for (int i = 0; i < patterns.size(); i++) {
        groups[i] = group;
        group += 1 + capturingGroups(patterns.get(i));
      }
      if (group - 1 != compiled.groupCount()) {
        group = 1;
        for (int i = 0; i < patterns.size(); i++) {
          groups[i] = group;
          group += 1 + Pattern.compile(patterns.get(i)).groupCount();
        }
      }
      this.regex = compiled;
      this.regexGroups = groups;
      this.regexIds = patternIds.stream().mapToInt(Integer::intValue).toArray();
      boolean atStart = anchored || patterns.stream().allMatch(TermSet::beginsAtTextStart);
      this.startFilter = atStart ? FirstLetters.union(patterns.stream().map(p -> FirstLetters.of(p, ignoreCase)).toList()) : null;
      this.requiredText = RequiredText.of(patterns.stream().map(FirstLetters::requiredLiterals).toList());
    }
  }

  private static String alternation(List<String> patterns, boolean wordBoundaries, Anchor anchor) {
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < patterns.size(); i++) {
      if (i > 0) {
        joined.append('|');
      }
      joined.append('(').append(patterns.get(i)).append(')');
    }
    String body = wordBoundaries ? "\\b(?:" + joined + ")\\b" : "(?:" + joined + ")";
    return switch (anchor) {
      case ANYWHERE -> body;
      case START -> "^" + body;
      case WHOLE -> "^" + body + "$";
    };
  }

  /**
   * The capturing groups of {@code pattern}, an RE2 expression that compiles, read from its text: each
   * {@code (} that is not escaped, quoted ({@code \\Q...\\E}) or in a character class, and opens a
   * group that captures: one not followed by {@code ?}, or a named one ({@code (?P<name>}, {@code
   * (?<name>}). The caller checks the total against the compiled alternation's.
   */
  static int capturingGroups(String pattern) {
    int n = 0;
    int len = pattern.length();
    int i = 0;
    while (i < len) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        if (i + 1 < len && pattern.charAt(i + 1) == 'Q') {
          int end = pattern.indexOf("\\E", i + 2);
          i = end < 0 ? len : end + 2;
        } else {
          i += 2;
        }
      } else if (c == '[') {
        i = classEnd(pattern, i);
      } else if (c == '(') {
        if (i + 1 < len && pattern.charAt(i + 1) == '?') {
          if (pattern.startsWith("P<", i + 2) || (pattern.startsWith("<", i + 2) && i + 3 < len && pattern.charAt(i + 3) != '=' && pattern.charAt(i + 3) != '!')) {
            n++;
          }
        } else {
          n++;
        }
        i++;
      } else {
        i++;
      }
    }
    return n;
  }

  /** The offset just past the character class that opens at {@code open}. */
  private static int classEnd(String pattern, int open) {
    int len = pattern.length();
    int i = open + 1;
    if (i < len && pattern.charAt(i) == '^') {
      i++;
    }
    if (i < len && pattern.charAt(i) == ']') { // a ']' first is itself
      i++;
    }
    while (i < len) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '[' && i + 1 < len && pattern.charAt(i + 1) == ':') {
        int end = pattern.indexOf(":]", i + 2);
        i = end < 0 ? i + 1 : end + 2;
      } else if (c == ']') {
        return i + 1;
      } else {
        i++;
      }
    }
    return len;
  }

  /**
   * Whether every match of {@code pattern} must start at offset 0: it begins with {@code ^} and has no
   * {@code |} outside parentheses and character classes ({@code ^a|b} matches "b" anywhere). Errs
   * towards false.
   */
  static boolean beginsAtTextStart(String pattern) {
    if (!pattern.startsWith("^")) {
      return false;
    }
    int depth = 0;
    boolean inClass = false;
    for (int i = 1; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        if (c == '[' && i + 1 < pattern.length() && pattern.charAt(i + 1) == ':') {
          return false; // POSIX classes inside a class: not worth following
        }
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        // A ']' right after '[' or '[^' is a member of the class, not its end.
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '^') {
          i++;
        }
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') {
          i++;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return false;
      }
    }
    return true;
  }

  boolean isEmpty() {
    return phrases == null && regex == null;
  }

  Folding folding() {
    return folding;
  }

  PhraseMatcher.Boundaries boundaries() {
    return boundaries;
  }

  List<String> literalPhrases() {
    return literalPhrases;
  }

  /**
   * Strings, compared after {@link RequiredText#norm}, one of which every match of this set holds in the
   * fold it reads, when finding a match means reading the whole text: its phrases as folded, and the
   * strings its patterns require (see {@link RequiredText}) when they read the fold and no filter on the
   * text's first letters turns most texts away first. Null for any other set, and when its patterns
   * require no string. {@link ExistenceCheck} looks for the strings of several such sets in one scan.
   */
  @Nullable List<String> wholeTextStrings() {
    if (regex != null && (!foldPatterns || requiredText == null || startFilter != null && !startFilter.acceptsEveryLetter())) {
      return null;
    }
    List<String> out = new ArrayList<>();
    if (requiredText != null) {
      out.addAll(requiredText.strings());
    }
    if (phrases != null) {
      for (int i = 0; i < phrases.size(); i++) {
        out.add(phrases.phrase(i));
      }
    }
    return out.isEmpty() ? null : out;
  }

  /** Whether this set has literal phrases, which a bank shared with other sets may search. */
  boolean bankable() {
    return phrases != null;
  }

  /** Whether this set's own search skips through texts rather than reads every character. */
  boolean skips() {
    return phrases != null && phrases.skips();
  }

  /** Searches for this set's phrases through {@code slot}'s bank from now on. */
  void share(PhraseBank.Slot slot) {
    if (!bankable()) {
      throw new IllegalStateException("a set with no phrases is not banked");
    }
    this.slot = slot;
  }

  /**
   * Whether this set finds nothing in any of {@code article}'s prose blocks (or, with {@code sentences},
   * any of their sentences), each read whole, known from its bank's summary of the article: a set of
   * phrases alone, searched through a bank. False when it cannot tell (no bank, or patterns, which no
   * bank searches).
   */
  boolean absentFrom(Article article, RuleContext context, boolean sentences) {
    PhraseBank.Slot shared = slot;
    return shared != null && regex == null && shared.bank().absentFrom(article, context, shared.member(), sentences);
  }

  /** The bank this set's phrases are searched through, if any: for tests. */
  PhraseBank.@Nullable Slot slot() {
    return slot;
  }

  /**
   * Every phrase and pattern match in {@code text}, offsets into {@code text}: phrase matches
   * leftmost-longest without overlaps, pattern matches as RE2 finds them, in text order. A phrase match
   * overlapping a pattern match is dropped in favour of the leftmost-longest of the two.
   */
  List<Hit> find(String text) {
    return find(text, needsFolding() ? FoldedText.of(text, folding) : null);
  }

  /** Whether {@link #find(String, FoldedText)} needs the text folded: for phrases, or folded patterns. */
  boolean needsFolding() {
    return phrases != null || regex != null && foldPatterns;
  }

  /**
   * {@link #find(String)} with {@code text} folded already, as {@link #folding()} folds ({@code null}
   * when neither phrases nor folded patterns need it): callers that try several sets on one text fold
   * it once per folding instead of once per set.
   */
  List<Hit> find(String text, @Nullable FoldedText folded) {
    return find(text, folded, null);
  }

  /**
   * {@link #find(String, FoldedText)} for a rule checking an article: with {@code context}, phrases are
   * searched through the bank this set shares with other rules, if any, once for all of them.
   */
  List<Hit> find(String text, @Nullable FoldedText folded, @Nullable RuleContext context) {
    if (phrases == null && regex != null) {
      // Patterns alone, the usual shape-group set: most texts are turned away before RE2 (see
      // findPatterns), and then nothing need be allocated.
      List<Hit> hits = findPatterns(foldPatterns ? java.util.Objects.requireNonNull(folded, "folded").folded() : text);
      if (hits.isEmpty() || !foldPatterns) {
        return hits;
      }
      FoldedText f = folded;
      List<Hit> mapped = new ArrayList<>(hits.size());
      for (Hit h : hits) {
        mapped.add(new Hit(f.start(h.start()), f.end(h.end()), h.term()));
      }
      return mapped;
    }
    List<Hit> out = regex == null ? List.of() : new ArrayList<>();
    if (phrases != null) {
      FoldedText f = java.util.Objects.requireNonNull(folded, "folded");
      // Indexed: this runs for every block a style rule reads, nearly always over no match, and under
      // C1 an iterator is an object each time.
      PhraseBank.Slot shared = context == null ? null : slot;
      List<PhraseMatcher.Match> matches;
      if (shared == null) {
        matches = phrases.findNonOverlapping(f);
      } else {
        matches = shared.bank().matches(f, context, shared.member());
        matches = matches.size() < 2 ? matches : PhraseMatcher.nonOverlapping(matches);
      }
      if (!matches.isEmpty() && out.isEmpty()) {
        // Made only now: nearly every text has no match, and then nothing need be allocated.
        out = new ArrayList<>(matches.size());
      }
      for (int i = 0; i < matches.size(); i++) {
        PhraseMatcher.Match m = matches.get(i);
        out.add(new Hit(f.start(m.start()), f.end(m.end()), phraseIds[m.phrase()]));
      }
    }
    if (regex != null) {
      List<Hit> found = new ArrayList<>();
      if (foldPatterns) {
        FoldedText f = java.util.Objects.requireNonNull(folded, "folded");
        for (Hit h : findPatterns(f.folded())) {
          found.add(new Hit(f.start(h.start()), f.end(h.end()), h.term()));
        }
      } else {
        found.addAll(findPatterns(text));
      }
      if (out.isEmpty()) {
        return found;
      }
      out.addAll(found);
      out = nonOverlapping(out);
    }
    return out;
  }

  /**
   * The literal matches that start at offset 0 of {@code folded}, shortest first; the cost is bounded by
   * the longest phrase, not the text (see {@link PhraseMatcher#findAtStart}).
   */
  List<Hit> findPhrasesAtStartFolded(String folded) {
    return findPhrasesAtStartFolded(folded, 0, folded.length());
  }

  /** {@link #findPhrasesAtStartFolded(String)} on {@code folded[from, to)}, as {@link PhraseMatcher#findAtStart(String, int, int)}. */
  List<Hit> findPhrasesAtStartFolded(String folded, int from, int to) {
    if (phrases == null) {
      return List.of();
    }
    List<PhraseMatcher.Match> matches = phrases.findAtStart(folded, from, to);
    if (matches.isEmpty()) {
      return List.of();
    }
    List<Hit> out = new ArrayList<>(matches.size());
    for (int i = 0; i < matches.size(); i++) {
      PhraseMatcher.Match m = matches.get(i);
      out.add(new Hit(m.start(), m.end(), phraseIds[m.phrase()]));
    }
    return out;
  }

  /**
   * Whether this set, patterns alone that can only match at the start, turns {@code text} away by its
   * first letters (see {@link FirstLetters}), which costs a look at the start of the text and no more:
   * then {@link #find} finds nothing in it. {@code folded} is the text as the set folds it, or null when
   * the caller has not folded it; a set that needs a fold it is not given answers false. False says
   * nothing.
   */
  boolean rejectsByStart(String text, @Nullable FoldedText folded) {
    if (phrases != null || regex == null || startFilter == null || foldPatterns && folded == null) {
      return false;
    }
    return !startFilter.mayMatchAtStart(foldPatterns ? folded.folded() : text);
  }

  /** Whether {@link #rejectsByStart} may turn a text away: patterns alone, with a filter on first letters. */
  boolean filtersByStart() {
    return phrases == null && regex != null && startFilter != null;
  }

  private boolean mayMatchPatterns(String text) {
    return (startFilter == null || startFilter.mayMatchAtStart(text))
        && (requiredText == null || requiredText.mayMatch(text));
  }

  /** Pattern matches in {@code text} as given (already folded or not, as the caller decided). */
  List<Hit> findPatterns(String text) {
    if (regex == null || !mayMatchPatterns(text)) {
      return List.of();
    }
    List<Hit> out = new ArrayList<>();
    Matcher m = regex.matcher(text);
    if (anchored) {
      // lookingAt runs RE2 anchored at the start, cheaper than find for a pattern that begins with ^.
      if (m.lookingAt() && m.end() > m.start()) {
        out.add(new Hit(m.start(), m.end(), idOf(m)));
      }
      return out;
    }
    int from = 0;
    while (from <= text.length() && m.find(from)) {
      int s = m.start();
      int e = m.end();
      if (e > s) {
        out.add(new Hit(s, e, idOf(m)));
        from = e;
      } else {
        // An empty match finds nothing to flag; step past it.
        from = s + 1;
      }
    }
    return out;
  }

  boolean foldsPatterns() {
    return foldPatterns;
  }

  boolean hasPatterns() {
    return regex != null;
  }

  boolean hasPhrases() {
    return phrases != null;
  }

  private int idOf(Matcher m) {
    for (int i = 0; i < regexGroups.length; i++) {
      if (m.start(regexGroups[i]) >= 0) {
        return regexIds[i];
      }
    }
    return regexIds[0];
  }

  static List<Hit> nonOverlapping(List<Hit> hits) {
    List<Hit> all = new ArrayList<>(hits);
    all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    List<Hit> out = new ArrayList<>();
    int lastEnd = -1;
    for (Hit h : all) {
      if (h.start() >= lastEnd) {
        out.add(h);
        lastEnd = h.end();
      }
    }
    return out;
  }
}
