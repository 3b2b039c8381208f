package dev.copydesk.core.style;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.text.FoldedText;
import dev.copydesk.core.text.Folding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * {@code type: existence}: flags tokens (literal phrases) and patterns (RE2). Tokens and patterns come in
 * groups that share a name, a label and how they match ({@link MatchMode}); every literal token of the
 * rule compiles into one Aho-Corasick automaton per folding, so a list of thousands costs what a list of
 * ten does.
 *
 * <p>Groups in {@link MatchMode#ANYWHERE} or {@link MatchMode#LINE} mode flag each match. Groups that
 * judge the unit as a whole ({@code match: block} or {@code block-start}, or {@code report: block}) give
 * at most one finding per unit, covering it: a token equal to the whole unit first, else the longest
 * token it starts with, else the first group, in the order written, whose patterns or tokens match.
 *
 * <p>Immutable and thread-safe.
 */
final class ExistenceCheck implements Check {

  /** Placeholders an existence message may use. */
  static final Set<String> PLACEHOLDERS = Set.of("match", "label", "group");

  /** Whether a group's findings are its matches or the whole unit. */
  enum Report {
    MATCH,
    BLOCK
  }

  /** What the fix suggests. */
  enum FixKind {
    NONE,
    DELETE
  }

  /**
   * One group of tokens and patterns with its matching options.
   *
   * @param maxWords the unit may have at most this many words, or -1
   * @param maxWordsAfter for block-start tokens, at most this many words after the token, or -1
   */
  record Group(
      String name,
      @Nullable String label,
      MatchMode mode,
      Report report,
      int maxWords,
      int maxWordsAfter,
      Folding folding,
      boolean wordBoundaries,
      boolean foldPatterns,
      List<String> tokens,
      List<String> patterns,
      Exceptions exceptions) {

    Group {
      tokens = List.copyOf(tokens);
      patterns = List.copyOf(patterns);
      if (mode.judgesWholeUnit() && report == Report.MATCH) {
        throw new IllegalArgumentException("match: " + mode.id() + " judges the whole unit, so it reports the unit");
      }
    }
  }

  private record Options(Folding folding, boolean wordBoundaries, boolean foldPatterns) {
    // Written out: a record's generated equals and hashCode are linked on first call, which costs more
    // at start-up than every other use of this map key together.
    @Override
    public boolean equals(Object o) {
      return o instanceof Options other
          && folding == other.folding
          && wordBoundaries == other.wordBoundaries
          && foldPatterns == other.foldPatterns;
    }

    @Override
    public int hashCode() {
      return folding.ordinal() * 4 + (wordBoundaries ? 2 : 0) + (foldPatterns ? 1 : 0);
    }
  }

  /** A block-shaped token: its group, and the token's index in that group for ties. */
  private record BlockToken(int group, int order) {}

  private final List<Group> groups;
  private final MessageTemplate message;
  private final boolean ignoreQuoted;
  private final FixKind fix;
  // Matches flagged one by one: one term set per combination of options (usually exactly one).
  private final List<TermSet> matchSets = new ArrayList<>();
  // Tokens that must be the whole unit or start it, per folding; term ids index blockTokens.
  private final List<TermSet> blockSets = new ArrayList<>();
  private final List<BlockToken> blockTokens = new ArrayList<>();
  // Per group that reports the unit: its patterns and anywhere tokens, or null.
  private final List<@Nullable TermSet> unitSets = new ArrayList<>();
  // Words are only ever compared with the groups' max-words limits: counting stops past the largest.
  private final int wordCap;
  // Whether some group judges the unit as a whole (blockSets or unitSets), worked out once.
  private final boolean judgesUnits;
  // The groups that have a unit set, in the order written, with their sets and definitions: judge asks
  // them of every unit, and most groups of a check have none.
  private final int[] unitGroups;
  private final TermSet[] unitGroupSets;
  private final Group[] unitGroupDefs;
  // Whether a group with a word limit has a set that no filter on first letters can turn a unit away
  // from: then nearly every unit's words are counted, and counting them first spares the filters of the
  // limited groups before it, which a long unit is too long for.
  private final boolean countFirst;
  // By group: a bit when its unit set finds a match only by reading the whole unit, and only in a unit
  // that holds one of some strings (TermSet#wholeTextStrings), else 0; and the strings of all such sets,
  // looked for in one scan of a unit before any of them reads it, which tells the sets whose strings
  // are there. Nearly every unit holds none, and is then read once rather than once for each set. Null
  // (and no bits) when fewer than two sets are such.
  private final long[] scanBits;
  private final @Nullable RequiredText scanFilter;

  /**
   * @throws IllegalArgumentException for a token that folds to nothing
   * @throws com.google.re2j.PatternSyntaxException for a pattern RE2 cannot compile
   */
  ExistenceCheck(List<Group> groups, MessageTemplate message, boolean ignoreQuoted, FixKind fix) {
    this.groups = List.copyOf(groups);
    this.message = message;
    this.ignoreQuoted = ignoreQuoted;
    this.fix = fix;
    this.wordCap = Math.min(Integer.MAX_VALUE - 1, groups.stream().mapToInt(Group::maxWords).max().orElse(-1)) + 1;
    Map<Options, List<TermSet.Term>> matchTerms = new LinkedHashMap<>();
    Map<Folding, List<TermSet.Term>> blockTerms = new LinkedHashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      Group group = groups.get(g);
      if (group.report() == Report.MATCH) {
        List<TermSet.Term> terms =
            matchTerms.computeIfAbsent(new Options(group.folding(), group.wordBoundaries(), group.foldPatterns()), k -> new ArrayList<>());
        group.tokens().forEach(t -> terms.add(new TermSet.Term(t, false, -1)));
        group.patterns().forEach(p -> terms.add(new TermSet.Term(p, true, -1)));
        int gi = g;
        terms.replaceAll(t -> t.id() < 0 ? new TermSet.Term(t.text(), t.pattern(), gi) : t);
        unitSets.add(null);
        continue;
      }
      List<TermSet.Term> rest = new ArrayList<>();
      if (group.mode().judgesWholeUnit()) {
        for (int i = 0; i < group.tokens().size(); i++) {
          String key = key(FoldedText.of(group.tokens().get(i), group.folding()).folded());
          if (key.isEmpty()) {
            throw new IllegalArgumentException(
                "token '" + group.tokens().get(i) + "' has no letters or digits: match " + group.mode().id()
                    + " ignores the punctuation around a unit, so use a pattern");
          }
          blockTerms.computeIfAbsent(group.folding(), k -> new ArrayList<>()).add(new TermSet.Term(key, false, blockTokens.size()));
          blockTokens.add(new BlockToken(g, i));
        }
      } else {
        group.tokens().forEach(t -> rest.add(new TermSet.Term(t, false, 0)));
      }
      group.patterns().forEach(p -> rest.add(new TermSet.Term(p, true, 0)));
      TermSet.Anchor anchor =
          switch (group.mode()) {
            case BLOCK -> TermSet.Anchor.WHOLE;
            case BLOCK_START -> TermSet.Anchor.START;
            default -> TermSet.Anchor.ANYWHERE;
          };
      unitSets.add(rest.isEmpty() ? null : new TermSet(rest, group.folding(), group.wordBoundaries(), group.foldPatterns(), anchor));
    }
    matchTerms.forEach((o, terms) -> matchSets.add(new TermSet(terms, o.folding(), o.wordBoundaries(), o.foldPatterns(), TermSet.Anchor.ANYWHERE)));
    blockTerms.forEach((f, terms) -> blockSets.add(new TermSet(terms, f, true, false, TermSet.Anchor.ANYWHERE)));
    this.judgesUnits = !blockSets.isEmpty() || unitSets.stream().anyMatch(s -> s != null);
    long[] bits = new long[unitSets.size()];
    List<List<String>> strings = new ArrayList<>();
    for (int g = 0; g < unitSets.size(); g++) {
      TermSet set = unitSets.get(g);
      List<String> required = set == null ? null : set.wholeTextStrings();
      if (required != null) {
        bits[g] = 1L << Math.min(strings.size(), 63);
        strings.add(required);
      }
    }
    this.scanFilter = strings.size() < 2 ? null : RequiredText.anyOf(strings);
    this.scanBits = scanFilter == null ? new long[unitSets.size()] : bits;
    this.unitGroups = java.util.stream.IntStream.range(0, unitSets.size()).filter(g -> unitSets.get(g) != null).toArray();
    this.unitGroupSets = java.util.Arrays.stream(unitGroups).mapToObj(unitSets::get).toArray(TermSet[]::new);
    this.unitGroupDefs = java.util.Arrays.stream(unitGroups).mapToObj(this.groups::get).toArray(Group[]::new);
    boolean count = false;
    for (int k = 0; k < unitGroups.length; k++) {
      count |= unitGroupDefs[k].maxWords() >= 0 && !unitGroupSets[k].filtersByStart();
    }
    this.countFirst = count;
  }

  List<Group> groups() {
    return groups;
  }

  /** The term sets whose matches are flagged one by one: those a {@link PhraseBank} may share. */
  List<TermSet> matchSets() {
    return matchSets;
  }

  /** How many groups' unit sets share the one scan of {@code scanFilter}: for tests. */
  int scanFilteredGroups() {
    int n = 0;
    for (long bit : scanBits) {
      n += bit != 0 ? 1 : 0;
    }
    return n;
  }

  MessageTemplate message() {
    return message;
  }

  @Override
  public boolean absentFrom(Article article, RuleContext context, boolean sentences) {
    if (judgesUnits) {
      return false;
    }
    for (int si = 0; si < matchSets.size(); si++) {
      if (!matchSets.get(si).absentFrom(article, context, sentences)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void run(List<Unit> units, Article article, RuleContext context) {
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      String text = unit.text();
      int words = -1;
      // Folded through the context: every style rule reading the same block shares one folding of it.
      Function<Folding, FoldedText> fold = Folds.of(context, text);
      // Indexed loops here and in judge: they run for every unit, nearly always over no hits, and an
      // iterator is an object each time.
      for (int si = 0; si < matchSets.size(); si++) {
        TermSet set = matchSets.get(si);
        List<TermSet.Hit> hits = set.find(text, fold.apply(set.folding()), context);
        for (int hi = 0; hi < hits.size(); hi++) {
          TermSet.Hit h = hits.get(hi);
          Group g = groups.get(h.term());
          if (g.maxWords() >= 0) {
            if (words < 0) {
              words = words(text, 0, text.length(), wordCap);
            }
            if (words > g.maxWords()) {
              continue;
            }
          }
          if (g.mode() == MatchMode.LINE && !standsAlone(text, h.start(), h.end())) {
            continue;
          }
          if (ignoreQuoted && insideQuotation(text, h.start())) {
            continue;
          }
          String observed = text.substring(h.start(), h.end());
          if (g.exceptions().excludes(text, h.start(), h.end())) {
            continue;
          }
          report(context, unit.toSource(h.start(), h.end()), observed, g);
        }
      }
      if (judgesUnits) {
        Optional<Judged> j = judge(text, fold);
        if (j.isPresent()) {
          report(context, unit.toSource(j.get().start(), j.get().end()), text.substring(j.get().start(), j.get().end()), groups.get(j.get().group()));
        }
      }
    }
  }

  private void report(RuleContext context, Span span, String observed, Group g) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("match", MessageTemplate.quote(observed));
    values.put("group", g.name());
    values.put("label", g.label() == null ? g.name() : g.label());
    RuleContext.FindingBuilder b = context.at(span).message(message.format(values));
    if (fix == FixKind.DELETE) {
      b.fix(Fix.delete(span));
    }
    b.report();
  }

  /** A unit judged as a whole: the trimmed range and the group. */
  private record Judged(int start, int end, int group, MatchMode mode, int maxWordsAfter) {}

  /** What the block-shaped groups say about {@code text} judged as one unit. */
  Optional<BlockMatch> matchBlock(String text) {
    return matchBlock(text, f -> FoldedText.of(text, f));
  }

  /** {@link #matchBlock(String)} with {@code text} folded by {@code fold} (shared folds, say). */
  Optional<BlockMatch> matchBlock(String text, Function<Folding, FoldedText> fold) {
    Optional<Judged> judged = judge(text, fold);
    if (judged.isEmpty()) {
      return Optional.empty();
    }
    Judged j = judged.get();
    Group g = groups.get(j.group());
    return Optional.of(new BlockMatch(g.name(), g.label(), j.mode(), j.maxWordsAfter()));
  }

  /** Judges {@code text} as one unit; {@code fold} folds all of {@code text} (it may remember folds). */
  private Optional<Judged> judge(String text, Function<Folding, FoldedText> fold) {
    int s = 0;
    int e = text.length();
    while (s < e && FoldedText.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && FoldedText.isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (s == e) {
      return Optional.empty();
    }
    // The unit's words, counted when a group with a word limit first needs them: most units have no hit
    // to limit, and counting reads all of a unit.
    int words = -1;
    // A token that is the whole unit, else the longest one it starts with.
    BlockToken exact = null;
    BlockToken prefix = null;
    int prefixEnd = -1;
    // Every set of a check folds alike, or nearly: fold the trimmed unit once per folding, for both
    // passes below, not once per set (see folded()).
    String trimmed = s == 0 && e == text.length() ? text : text.substring(s, e);
    FoldedText[] folds = new FoldedText[FOLDINGS]; // by the folding's ordinal, made when first needed
    for (int si = 0; si < blockSets.size(); si++) {
      TermSet set = blockSets.get(si);
      // The key (see key()) as a range of the folded text, not a string of its own: this runs for
      // every paragraph, and the key is nearly all of it.
      String folded = folded(folds, set.folding(), trimmed, text, fold).folded();
      int keyStart = keyStart(folded);
      int keyEnd = keyEnd(folded, keyStart);
      List<TermSet.Hit> hits = set.findPhrasesAtStartFolded(folded, keyStart, keyEnd);
      for (int hi = 0; hi < hits.size(); hi++) {
        TermSet.Hit h = hits.get(hi);
        BlockToken t = blockTokens.get(h.term());
        Group g = groups.get(t.group());
        if (g.maxWords() >= 0) {
          if (words < 0) {
            words = words(folds, text, s, e, wordCap);
          }
          if (words > g.maxWords()) {
            continue;
          }
        }
        if (g.mode() == MatchMode.BLOCK) {
          if (h.end() == keyEnd - keyStart && (exact == null || before(t, exact))) {
            exact = t;
          }
        } else if (g.maxWordsAfter() < 0 || words(folded, keyStart + h.end(), keyEnd, g.maxWordsAfter()) <= g.maxWordsAfter()) {
          if (h.end() > prefixEnd || h.end() == prefixEnd && prefix != null && before(t, prefix)) {
            prefix = t;
            prefixEnd = h.end();
          }
        }
      }
    }
    BlockToken best = exact != null ? exact : prefix;
    if (best != null) {
      Group g = groups.get(best.group());
      return Optional.of(new Judged(s, e, best.group(), g.mode(), g.mode() == MatchMode.BLOCK_START ? g.maxWordsAfter() : -1));
    }
    // Then the groups, in the order written, with the sets of scanFilter whose strings the unit holds
    // (their bits), found when first asked.
    boolean scanned = false;
    long holders = 0;
    if (countFirst && words < 0) {
      words = words(folds, text, s, e, wordCap);
    }
    for (int k = 0; k < unitGroups.length; k++) {
      int gi = unitGroups[k];
      TermSet set = unitGroupSets[k];
      Group g = unitGroupDefs[k];
      if (g.maxWords() >= 0) {
        if (words < 0) {
          // Counting reads up to the whole unit, while the set's filter on first letters, which reads
          // only its start, turns most units away: asked first when the fold it reads is at hand.
          if (set.rejectsByStart(trimmed, folds[set.folding().ordinal()])) {
            continue;
          }
          words = words(folds, text, s, e, wordCap);
        }
        if (words > g.maxWords()) {
          continue;
        }
      }
      long bit = scanBits[gi];
      if (bit != 0) {
        // The sets' strings are looked for in the unit folded ignoring case: a fold that keeps case has
        // the same characters, each in the same place, but for case, which the strings' comparison
        // ignores (see RequiredText#norm).
        if (!scanned) {
          scanned = true;
          holders = Objects.requireNonNull(scanFilter).holders(folded(folds, Folding.IGNORE_CASE, trimmed, text, fold).folded());
        }
        if ((holders & bit) == 0) {
          continue;
        }
      }
      List<TermSet.Hit> hits = set.find(trimmed, folded(folds, set.folding(), trimmed, text, fold));
      for (int hi = 0; hi < hits.size(); hi++) {
        TermSet.Hit h = hits.get(hi);
        if (g.mode() == MatchMode.LINE && !standsAlone(trimmed, h.start(), h.end())) {
          continue;
        }
        if (g.exceptions().excludes(trimmed, h.start(), h.end())) {
          continue;
        }
        return Optional.of(new Judged(s, e, gi, g.mode(), -1));
      }
    }
    return Optional.empty();
  }

  private static final int FOLDINGS = Folding.values().length;

  /**
   * {@code trimmed} folded with {@code folding}, kept in {@code folds}. Folding drops white space at the
   * ends, so a unit that needs no trimming (the usual case) is folded by the caller's function, which
   * may share the folds.
   */
  private static FoldedText folded(FoldedText[] folds, Folding folding, String trimmed, String text, Function<Folding, FoldedText> fold) {
    FoldedText f = folds[folding.ordinal()];
    if (f == null) {
      f = trimmed == text ? fold.apply(folding) : FoldedText.of(trimmed, folding);
      folds[folding.ordinal()] = f;
    }
    return f;
  }

  private static boolean before(BlockToken a, BlockToken b) {
    return a.group() != b.group() ? a.group() < b.group() : a.order() < b.order();
  }

  /**
   * The matching key of a folded text: punctuation and symbols stripped from both ends, so "Share
   * this:" and "» Share this" read as "share this".
   */
  static String key(String folded) {
    int a = keyStart(folded);
    return folded.substring(a, keyEnd(folded, a));
  }

  private static int keyStart(String folded) {
    int a = 0;
    while (a < folded.length() && !FoldedText.isWordChar(folded.charAt(a))) {
      a++;
    }
    return a;
  }

  private static int keyEnd(String folded, int keyStart) {
    int b = folded.length();
    while (b > keyStart && !FoldedText.isWordChar(folded.charAt(b - 1))) {
      b--;
    }
    return b;
  }

  /**
   * {@link #words(String, int, int, int)} of the unit {@code text[from, to)}, from a fold of it at hand
   * in {@code folds} when there is one (see {@link FoldedText#originalWords}), which counts the folded
   * bytes of a unit folded in place.
   */
  private static int words(FoldedText[] folds, String text, int from, int to, int cap) {
    for (FoldedText f : folds) {
      if (f != null) {
        return f.originalWords(cap);
      }
    }
    return words(text, from, to, cap);
  }

  /**
   * Number of words in {@code s[from, to)}, counting stops once past {@code cap}: enough to compare the
   * count with limits up to {@code cap - 1}.
   */
  static int words(String s, int from, int to, int cap) {
    return FoldedText.countWords(s, from, to, cap);
  }

  /** Only white space before it on its line, and no letter or digit after it on its line. */
  static boolean standsAlone(String text, int start, int end) {
    for (int i = start - 1; i >= 0 && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i--) {
      if (!FoldedText.isSpace(text.charAt(i))) {
        return false;
      }
    }
    for (int i = end; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
      if (FoldedText.isWordChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether an odd number of double quotes (straight or curly) precede {@code offset}: a quotation is open. */
  static boolean insideQuotation(String text, int offset) {
    int quotes = 0;
    for (int i = 0; i < offset; i++) {
      if (FoldedText.foldKeepingCase(text.charAt(i)) == '"') {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }
}
