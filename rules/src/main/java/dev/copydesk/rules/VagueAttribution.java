package dev.copydesk.rules;

import dev.copydesk.core.model.Token;
import dev.copydesk.core.model.TokenList;
import dev.copydesk.rules.internal.Lexicon;
import dev.copydesk.rules.internal.ProperNames;
import dev.copydesk.rules.internal.WordMatcher;
import dev.copydesk.rules.internal.VerbForms;
import dev.copydesk.rules.internal.WordSet;
import dev.copydesk.rules.internal.Words;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds a vague attribution in a sentence: an unnamed group as the subject of a verb of claiming
 * ("Experts speculate", "Some say", "said analysts"), "according to" such a group, or an impersonal
 * claim ("There are concerns that", "it is believed", "is said to"). A group qualified by a name
 * ("analysts at Capital Economics", "Goldman Sachs analysts") or a definite one ("the analysts") is not
 * vague. Word lists are the {@code unsourced-claim-*.txt} data files.
 *
 * <p>Stateless and thread-safe.
 */
final class VagueAttribution {

  enum Kind {
    GROUP,
    ACCORDING_TO,
    IMPERSONAL
  }

  /**
   * A vague attribution: words {@code [start, end)}, the verb's base form ({@code null} for impersonal
   * claims) and the index of the verb word ({@code -1} when none).
   */
  record Match(Kind kind, int start, int end, int verb, @Nullable String verbBase) {}

  private static final WordSet SOURCES = WordSet.of(Lexicon.words("unsourced-claim-sources.txt"));
  private static final String[] SUFFIXES = Lexicon.words("unsourced-claim-source-suffixes.txt").toArray(String[]::new);
  // The last letters of the suffixes ("s"): most words end otherwise and are not compared with any.
  private static final String SUFFIX_ENDINGS = Arrays.stream(SUFFIXES)
      .filter(x -> !x.isEmpty())
      .map(x -> x.substring(x.length() - 1))
      .distinct()
      .collect(Collectors.joining());
  private static final WordSet QUANTIFIERS = WordSet.of(Lexicon.words("unsourced-claim-quantifiers.txt"));
  // Every word that may open a group but a profession: asked first of each word, so that nearly all are
  // turned away by one look-up (see find).
  private static final WordSet SOURCES_AND_QUANTIFIERS =
      WordSet.of(union(Lexicon.words("unsourced-claim-sources.txt"), Lexicon.words("unsourced-claim-quantifiers.txt")));
  // The suffixes' last letters as a table, for the ASCII ones; the others are looked for in SUFFIX_ENDINGS.
  private static final boolean[] ASCII_SUFFIX_ENDINGS = new boolean[128];

  static {
    for (char c : SUFFIX_ENDINGS.toCharArray()) {
      if (c < 128) {
        ASCII_SUFFIX_ENDINGS[c] = true;
      }
    }
  }
  private static final Set<String> FILLERS = Lexicon.words("unsourced-claim-fillers.txt");
  private static final VerbForms VERBS = VerbForms.load("unsourced-claim-verbs.txt");
  // The word lists again as word sets, for the look-ups around a group: a word set answers from the
  // word as it stands, where the Set needs its lower-case form made first.
  private static final WordSet FILLER_WORDS = WordSet.of(FILLERS);
  private static final WordSet VERB_WORDS = WordSet.of(VERBS.forms());
  private static final Set<String> IMPERSONAL_PHRASES = Lexicon.words("unsourced-claim-impersonal.txt");
  private static final WordMatcher IMPERSONAL = WordMatcher.of(IMPERSONAL_PHRASES, FILLERS, 2);
  // One word of each impersonal phrase, its longest ("concerns", "believed", "according"): a match holds
  // every word of its phrase, so a sentence with none of these holds none, and is not searched. Their
  // first words ("it", "is", "there") are in most sentences, and the search looks at each.
  private static final WordSet IMPERSONAL_KEYS = WordSet.of(keysOf(IMPERSONAL_PHRASES));
  /** Determiners that make a group definite, referring back to one already named. */
  private static final WordSet DEFINITE = WordSet.of(
      Set.of("the", "these", "those", "his", "her", "their", "its", "our", "your", "such", "both", "my", "this", "that"));
  /** Prepositions that open a qualifier after the group ("analysts at ...", "experts from ..."). */
  private static final WordSet QUALIFIERS = WordSet.of(
      Set.of("at", "from", "with", "of", "in", "by", "including", "like", "such", "on", "within", "across", "for", "led"));
  private static final int MAX_FILLERS = 3;
  /** Shortest profession read from its ending ("chemists"): shorter words so ended are mostly not. */
  private static final int MIN_PROFESSION_LENGTH = 7;
  private static final int MAX_QUALIFIER = 6;
  // How far from the word that opens a group (see groupAt) its cue may stand. Before it: "according to"
  // opening up to three words ahead of the noun, "according" four words before it ("according to some
  // leading experts"), or a verb before a group of up to three words ("say some leading experts").
  // After it: a verb past a qualifier of up to
  // MAX_QUALIFIER words ("analysts at the London School of Economics said"), or past a quantifier, two
  // more words and MAX_FILLERS fillers ("some modern scholars now also widely believe").
  private static final int REACH_BEFORE = 4;
  private static final int REACH_AFTER = Math.max(MAX_QUALIFIER, 3 + MAX_FILLERS);
  // The cues: every form of a verb of claiming, and "according".
  private static final WordSet CUES = WordSet.of(union(VERBS.forms(), Set.of("according")));

  private VagueAttribution() {}

  /** The first vague attribution in {@code w}, or {@code null}. */
  static @Nullable Match find(Words w) {
    WordMatcher.Match imp = firstImpersonal(w);
    // A group before the impersonal claim, if any, comes first. Every group groupAt finds holds a cue, a
    // verb of claiming or "according", at most REACH_BEFORE words before the word that opens it and at
    // most REACH_AFTER words after. So only the words that near a cue are asked, window by window in
    // the order of the text, which finds the same first group as asking every word: most sentences hold
    // no cue at all, and their words are looked at once, by the cue scan.
    int limit = imp == null ? w.size() : imp.start();
    int n = w.size();
    int from = 0;
    for (int cue = CUES.nextMayContain(w, 0, n); cue < n && cue - REACH_AFTER < limit;
        cue = CUES.nextMayContain(w, cue + 1, n)) {
      int lo = Math.max(from, cue - REACH_AFTER);
      int hi = Math.min(limit, cue + REACH_BEFORE + 1);
      if (lo < hi) {
        Match m = firstGroup(w, lo, hi);
        if (m != null) {
          return m;
        }
        from = hi;
      }
    }
    return imp == null ? null : new Match(Kind.IMPERSONAL, imp.start(), imp.end(), -1, null);
  }

  /**
   * The first group opened by a word in {@code [from, to)}. A word can open a group only if it is a
   * source noun or a quantifier, or long enough and ended like a profession: nearly every word is
   * neither, and groupAt makes several calls (under C1, the command line's compiler, each a cost of its
   * own). So the words that may open one are found by two scans, each over the words it turns away in
   * one call: the next source noun or quantifier, and the next word ended like a profession.
   */
  private static @Nullable Match firstGroup(Words w, int from, int to) {
    int nextSource = -1;
    int nextProfession = -1;
    for (int i = from; i < to; i++) {
      if (nextSource < i) {
        nextSource = SOURCES_AND_QUANTIFIERS.nextMayContain(w, i, to);
      }
      if (nextProfession < i) {
        nextProfession = nextEndedLikeAProfession(w, i, to);
      }
      i = Math.min(nextSource, nextProfession);
      if (i >= to) {
        break;
      }
      Match m = groupAt(w, i);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /**
   * The first word in {@code [from, to)} long enough and ended like a profession, or {@code to}. The
   * whole suffix is compared here, not only its last letter: many long words end in "s" ("officials",
   * "companies"), and each would otherwise cost groupAt's look-ups.
   */
  private static int nextEndedLikeAProfession(Words w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (endsLikeASuffix(w.last(i)) && w.length(i) >= MIN_PROFESSION_LENGTH && hasProfessionSuffix(w, i)) {
        return i;
      }
    }
    return to;
  }

  static WordMatcher.@Nullable Match firstImpersonal(Words w) {
    if (IMPERSONAL_KEYS.nextMayContain(w, 0, w.size()) == w.size()) {
      return null;
    }
    return IMPERSONAL.findFirst(w);
  }

  /** The longest word of each of {@code phrases}, normalized as a sentence's words are. */
  static Set<String> keysOf(Set<String> phrases) {
    Set<String> keys = new java.util.HashSet<>();
    for (String phrase : phrases) {
      String longest = "";
      for (String word : Lexicon.normalize(phrase).strip().split("\\s+")) {
        longest = word.length() > longest.length() ? word : longest;
      }
      keys.add(longest);
    }
    return keys;
  }


  private static boolean endsLikeASuffix(char c) {
    return c < 128 ? ASCII_SUFFIX_ENDINGS[c] : SUFFIX_ENDINGS.indexOf(c) >= 0;
  }

  private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    java.util.Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }

  /** The group opened by word {@code i}, or {@code null}: asked of each word, it finds every group. */
  static @Nullable Match groupAt(Words w, int i) {
    boolean noun = (SOURCES.contains(w, i) || isProfession(w, i))
        && (!w.is(i, "people") || (i > 0 && QUANTIFIERS.contains(w, i - 1)));
    if (noun) {
      return nounGroup(w, i);
    }
    if (QUANTIFIERS.contains(w, i) && (i == 0 || !DEFINITE.contains(w, i - 1))) {
      // "Some say", "many have argued". Every quantifier is plural and takes a plural verb: "many
      // questions", "some claims" are nouns ("there are many questions about it").
      // "leads many to believe": after a quantifier alone, "to" opens what the many do.
      boolean toAfter = i + 1 < w.size() && w.is(i + 1, "to");
      int v = verbAfter(w, toAfter ? i + 2 : i + 1);
      if (v >= 0 && !isThirdPersonSingular(w, v)) {
        return new Match(Kind.GROUP, i, v + 1, v, VERBS.base(w.lower(v)));
      }
      // "some authors speculate", "many modern scholars believe", "some reports say": one or two
      // unnamed words between
      for (int k = i + 1; k <= i + 2 && k < w.size(); k++) {
        if (markBetween(w, k - 1, PHRASE_MARKS) || w.isNumber(k) || ProperNames.isName(w, k) || FILLER_WORDS.contains(w, k)
            || (VERB_WORDS.contains(w, k) && !isThirdPersonSingular(w, k))) {
          break;
        }
        v = isPlural(w.lower(k)) ? verbAfter(w, k + 1) : -1;
        if (v >= 0) {
          return new Match(Kind.GROUP, i, v + 1, v, VERBS.base(w.lower(v)));
        }
      }
    }
    return null;
  }

  private static @Nullable Match nounGroup(Words w, int i) {
    if (namedCompany(w, i)) {
      return null;
    }
    int start = i;
    // Up to two words before the noun: a quantifier, adjectives ("some leading experts"), or what
    // makes the group definite or named.
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      // A comma or other mark between ends the group: "For many years, scientists have suspected".
      if (markBetween(w, k, PHRASE_MARKS)) {
        break;
      }
      if (QUANTIFIERS.contains(w, k)) {
        start = k;
        break;
      }
      if (DEFINITE.contains(w, k) || (k > 0 && ProperNames.isName(w, k)) || w.isNumber(k)) {
        return null;
      }
      if (w.is(k, "to") && k > 0 && w.is(k - 1, "according")) {
        start = k - 1;
        break;
      }
      if (VERB_WORDS.contains(w, k) || w.is(k, "a") || w.is(k, "an")) {
        break;
      }
    }
    if (w.is(start, "according")) {
      return namedAfter(w, i + 1) ? null : new Match(Kind.ACCORDING_TO, start, i + 1, -1, null);
    }
    // Verb after the group, perhaps past a qualifier: "analysts at Capital Economics said".
    int j = i + 1;
    if (j < w.size() && QUALIFIERS.contains(w, j)) {
      int limit = Math.min(w.size(), j + MAX_QUALIFIER);
      // The verb agrees with a plural group: "analysts on Monday about shareholder worries" has none.
      boolean plural = isPlural(w.lower(i));
      for (int k = j; k < limit; k++) {
        if (ProperNames.isName(w, k)) {
          return null;
        }
        if (k > j && VERB_WORDS.contains(w, k) && !(plural && isThirdPersonSingular(w, k))) {
          return new Match(Kind.GROUP, start, k + 1, k, VERBS.base(w.lower(k)));
        }
      }
      return null;
    }
    int v = verbAfter(w, j);
    if (v >= 0) {
      return new Match(Kind.GROUP, start, v + 1, v, VERBS.base(w.lower(v)));
    }
    // Verb before the group: "said analysts", "say some experts", where the verb opens its clause (after
    // a quotation or a comma); "stop and question pedestrians" has the group as its object.
    int before = start - 1;
    // "said research fellow Diane Carr": the noun is part of a named speaker's title.
    if (before >= 0 && VERB_WORDS.contains(w, before) && opensClause(w, before) && !namedAfter(w, i + 1)
        && !ProperNames.anyName(w, i + 1, i + 3)) {
      return new Match(Kind.GROUP, before, i + 1, before, VERBS.base(w.lower(before)));
    }
    return null;
  }

  /**
   * Whether group word {@code i} is "others" joined to a named speaker ("Sen. Lindsey Graham, R-South
   * Carolina, and others have suggested", "Smith and others say"): the speaker's company, named through
   * them, across the comma of a list. At the sentence's start a capitalised word counts as a name unless
   * it is a known capitalised word or reads as a plural ("Critics and others say", "Parents and others").
   */
  private static boolean namedCompany(Words w, int i) {
    if (i < 2 || !w.is(i, "others") || !(w.is(i - 1, "and") || w.is(i - 1, "or"))) {
      return false;
    }
    int k = i - 2;
    if (k > 0) {
      return ProperNames.isName(w, k);
    }
    String lower = w.lower(k);
    return w.isCapitalized(k) && !ProperNames.isNotName(lower) && !isPlural(lower) && !SOURCES.contains(w, k);
  }

  /** Whether verb word {@code i} is in its third-person singular form ("questions", "says"), not its base. */
  private static boolean isThirdPersonSingular(Words w, int i) {
    String lower = w.lower(i);
    return lower.endsWith("s") && !VERBS.base(lower).equals(lower);
  }

  /**
   * Whether word {@code i} opens a clause: it is the sentence's first word, or follows a comma, colon,
   * semicolon, dash, quotation mark or bracket.
   */
  private static boolean opensClause(Words w, int i) {
    int t = w.tokenIndex(i);
    if (t == 0) {
      return true;
    }
    TokenList tokens = w.sentence().tokens();
    if (tokens.type(t - 1) == Token.Type.WORD || tokens.type(t - 1) == Token.Type.NUMBER) {
      return false;
    }
    String source = tokens.source();
    char c = source != null ? source.charAt(tokens.start(t - 1)) : tokens.get(t - 1).text().charAt(0);
    return ",:;\u2013\u2014-\"'\u201C\u201D\u2018\u2019(".indexOf(c) >= 0;
  }

  /** Marks that separate phrases (not a hyphen or an apostrophe inside a word). */
  private static final String PHRASE_MARKS = ",;:()[]\"\u201C\u201D\u2013\u2014.!?";
  /** Quotation marks and the marks that end a sentence. */
  private static final String QUOTE_OR_END_MARKS = "\"\u201C\u201D.!?";

  /** Whether one of {@code marks} stands between word {@code k} and the word after it. */
  private static boolean markBetween(Words w, int k, String marks) {
    int from = w.tokenIndex(k) + 1;
    int to = w.tokenIndex(k + 1);
    if (from == to) {
      return false;
    }
    TokenList tokens = w.sentence().tokens();
    String source = tokens.source();
    for (int t = from; t < to; t++) {
      char c = source != null ? source.charAt(tokens.start(t)) : tokens.get(t).text().charAt(0);
      if (marks.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A plural noun, roughly: "authors", "people", "women" ("most important it" is a superlative). */
  private static boolean isPlural(String lower) {
    return (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("'s"))
        || lower.equals("people") || lower.equals("men") || lower.equals("women") || lower.equals("children");
  }

  /** "archaeologists", "physicians": a lower-case plural for a profession. */
  private static boolean isProfession(Words w, int i) {
    if (w.length(i) < MIN_PROFESSION_LENGTH || !endsLikeASuffix(w.last(i)) || (i > 0 && w.isCapitalized(i))) {
      return false;
    }
    return hasProfessionSuffix(w, i);
  }

  private static boolean hasProfessionSuffix(Words w, int i) {
    for (String suffix : SUFFIXES) {
      if (w.endsWith(i, suffix)) {
        return true;
      }
    }
    return false;
  }

  /** The index of a verb of claiming at {@code from}, past up to three fillers, or -1. */
  private static int verbAfter(Words w, int from) {
    int j = from;
    int skipped = 0;
    while (j < w.size()) {
      // A quotation mark or a sentence's end between: the verb is another clause's ("…some people," said
      // Mr Smith).
      if (j > 0 && markBetween(w, j - 1, QUOTE_OR_END_MARKS)) {
        return -1;
      }
      if (VERB_WORDS.contains(w, j)) {
        // "showed off", "warned off": a verb with "off" after it is another verb.
        return j + 1 < w.size() && w.is(j + 1, "off") ? -1 : j;
      }
      // "to" leads to the verb after a verb of its own ("continue to say", "seem to think"); right after
      // a noun it says what the noun is for ("some things to say", "experts to watch"), or what
      // someone else made them do ("prompted many employers to consider").
      if (j == from && w.is(j, "to")) {
        return -1;
      }
      if (skipped < MAX_FILLERS && FILLER_WORDS.contains(w, j)) {
        skipped++;
        j++;
        continue;
      }
      return -1;
    }
    return -1;
  }

  /** Whether a qualifier with a name follows: "at Capital Economics", "from the University of Kent". */
  private static boolean namedAfter(Words w, int j) {
    if (j >= w.size() || !QUALIFIERS.contains(w, j)) {
      return false;
    }
    return ProperNames.anyName(w, j + 1, j + 1 + MAX_QUALIFIER);
  }

  static String thirdPerson(String base) {
    return VerbForms.thirdPerson(base);
  }
}
