package dev.copydesk.core.style;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.rule.Derivation;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.text.FoldedText;
import dev.copydesk.core.text.Folding;
import dev.copydesk.core.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The literal phrases of several style rules in one automaton, so that a house style of many rules reads
 * each text once rather than once per rule. Every rule's phrase list compiles into one automaton of its
 * own (see {@link TermSet}), and without a bank each rule scans every block with it: a style of 80 rules
 * reads every block 80 times. The phrase sets of the rules a configuration loads together ({@link
 * StyleLoader#fromConfig}, {@link StyleLoader#searchTogether}) that match alike (same folding, same word
 * boundaries) are put in one bank: two or more, or three or more when each would skip through texts
 * alone (see {@link PhraseMatcher}) and their bank would not. The first rule to search a text while an
 * article is checked finds every member's matches, through the rule context (see {@link Derivation});
 * each other member takes its own from them.
 *
 * <p>A member's matches are exactly those its own automaton finds, in the same order: the bank holds
 * each member's phrases, folded the same way, in the member's order, and a match is handed to the
 * member whose phrase it is.
 *
 * <p>Immutable and thread-safe.
 */
final class PhraseBank {

  /** Where a term set's phrases are in a bank. */
  record Slot(PhraseBank bank, int member) {}

  // Fewest members for which a bank pays: two, or three when every member skips through texts alone and
  // the bank would not (a skipping scan reads a fraction of the characters an automaton does).
  private static final int MIN_MEMBERS = 2;
  private static final int MIN_SKIPPING_MEMBERS = 3;

  private final PhraseMatcher matcher;
  // For each phrase of the bank: the member it belongs to, and its index in that member's list.
  private final int[] owner;
  private final int[] local;
  private final int members;
  private final Derivation<FoldedText, Found> found;
  // Which members have a match in some prose block, or some sentence of one, of an article (see absentFrom).
  private final Derivation<Article, Present> inBlocks;
  private final Derivation<Article, Present> inSentences;
  private final Folding folding;

  private PhraseBank(List<TermSet> sets, Folding folding, PhraseMatcher.Boundaries boundaries) {
    List<String> phrases = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    List<Integer> locals = new ArrayList<>();
    for (int m = 0; m < sets.size(); m++) {
      List<String> own = sets.get(m).literalPhrases();
      for (int i = 0; i < own.size(); i++) {
        phrases.add(own.get(i));
        owners.add(m);
        locals.add(i);
      }
    }
    this.matcher = PhraseMatcher.of(phrases, folding, boundaries);
    this.owner = owners.stream().mapToInt(Integer::intValue).toArray();
    this.local = locals.stream().mapToInt(Integer::intValue).toArray();
    this.members = sets.size();
    this.folding = folding;
    this.found = Derivation.of("phrases of " + members + " style rules", this::findAll);
    this.inBlocks = Derivation.fromViews(
        "members of a bank of " + members + " style rules in an article's blocks", (a, c) -> present(a, c, false));
    this.inSentences = Derivation.fromViews(
        "members of a bank of " + members + " style rules in an article's sentences", (a, c) -> present(a, c, true));
  }

  /**
   * Puts the phrase sets of {@code rules} that match alike into banks, one per kind, and tells each
   * member where it is (see {@link TermSet#share}). A set alone of its kind, or one of two that both
   * skip through texts while their bank would read every character, is left to search alone.
   */
  static void share(List<StyleRule> rules) {
    List<TermSet> sets = new ArrayList<>();
    for (StyleRule rule : rules) {
      sets.addAll(rule.phraseSets());
    }
    shareSets(sets);
  }

  /** {@link #share} for term sets given directly. */
  static void shareSets(List<TermSet> all) {
    Map<String, List<TermSet>> kinds = new LinkedHashMap<>();
    for (TermSet set : all) {
      if (set.bankable()) {
        kinds.computeIfAbsent(set.folding() + "/" + set.boundaries(), k -> new ArrayList<>()).add(set);
      }
    }
    for (List<TermSet> sets : kinds.values()) {
      if (sets.size() < MIN_MEMBERS) {
        continue;
      }
      TermSet first = sets.get(0);
      PhraseBank bank = new PhraseBank(sets, first.folding(), first.boundaries());
      // Two sets that each skip are worth banking only if the bank skips too.
      if (sets.size() < MIN_SKIPPING_MEMBERS && !bank.matcher.skips() && sets.stream().allMatch(TermSet::skips)) {
        continue;
      }
      for (int m = 0; m < sets.size(); m++) {
        sets.get(m).share(new Slot(bank, m));
      }
    }
  }

  /** How many term sets share this bank. */
  int members() {
    return members;
  }

  /**
   * The matches of {@code member}'s phrases in {@code folded}, as its own {@link PhraseMatcher#findAll}
   * would give them (phrase indexes its own), found once for every member while {@code context}'s
   * article is checked.
   */
  List<PhraseMatcher.Match> matches(FoldedText folded, RuleContext context, int member) {
    return context.derive(found, folded).of(member);
  }

  /**
   * Whether none of {@code member}'s phrases occurs in any prose block of {@code article} (or, with
   * {@code sentences}, in any sentence of one), each block or sentence folded and searched as a whole.
   * Worked out once an article for every member, through the folds and searches the rules share (see
   * {@link #matches}), so that a rule that reads those units and has nothing in the article skips them
   * all: in a house style of hundreds of rules, nearly every rule for nearly every article. A sentence's
   * fold is not a part of its block's (white space and word boundaries at its ends), so the two are kept
   * apart.
   */
  boolean absentFrom(Article article, RuleContext context, int member, boolean sentences) {
    return !context.derive(sentences ? inSentences : inBlocks, article).has(member);
  }

  /** Which members occur in a prose block of {@code article}, or in a sentence of one. */
  private Present present(Article article, RuleContext context, boolean sentences) {
    long[] bits = new long[(members + 63) >>> 6];
    List<Block> blocks = article.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (!b.isProse()) {
        continue;
      }
      if (!sentences) {
        addMembers(b.text(), context, bits);
        continue;
      }
      List<Sentence> all = b.sentences();
      for (int k = 0; k < all.size(); k++) {
        addMembers(all.get(k).text(), context, bits);
      }
    }
    return new Present(bits);
  }

  /** Sets in {@code bits} the members with a match in {@code text}, folded and searched as the rules do. */
  private void addMembers(String text, RuleContext context, long[] bits) {
    context.derive(found, Folds.of(context, text, folding)).addMembersTo(bits);
  }

  /** The members with a match: a bit each, never written once made. */
  private static final class Present {
    private final long[] bits;

    Present(long[] bits) {
      this.bits = bits;
    }

    boolean has(int member) {
      return (bits[member >>> 6] & 1L << member) != 0;
    }
  }

  /** {@link #matches} without a context to share through: for tests. */
  List<PhraseMatcher.Match> matches(FoldedText folded, int member) {
    return findAll(folded).of(member);
  }

  private Found findAll(FoldedText folded) {
    List<PhraseMatcher.Match> all = matcher.findAll(folded);
    if (all.isEmpty()) {
      return Found.NONE;
    }
    // Grouped by member, each member's in the order found (a counting sort, which keeps it).
    int[] from = new int[members + 1];
    for (int i = 0; i < all.size(); i++) {
      from[owner[all.get(i).phrase()] + 1]++;
    }
    for (int m = 0; m < members; m++) {
      from[m + 1] += from[m];
    }
    int[] next = Arrays.copyOf(from, members);
    PhraseMatcher.Match[] byMember = new PhraseMatcher.Match[all.size()];
    for (int i = 0; i < all.size(); i++) {
      PhraseMatcher.Match m = all.get(i);
      int p = m.phrase();
      byMember[next[owner[p]]++] = new PhraseMatcher.Match(m.start(), m.end(), local[p]);
    }
    return new Found(byMember, from);
  }

  /** Every member's matches in one text. */
  private static final class Found {
    static final Found NONE = new Found(new PhraseMatcher.Match[0], null);

    private final PhraseMatcher.Match[] byMember;
    // Member m's matches are byMember[from[m], from[m + 1]); null when there are none at all.
    private final int @Nullable [] from;

    Found(PhraseMatcher.Match[] byMember, int @Nullable [] from) {
      this.byMember = byMember;
      this.from = from;
    }

    /** Sets the bit of each member with a match in {@code bits}. */
    void addMembersTo(long[] bits) {
      int[] f = from;
      if (f == null) {
        return;
      }
      for (int m = 0; m + 1 < f.length; m++) {
        if (f[m] != f[m + 1]) {
          bits[m >>> 6] |= 1L << m;
        }
      }
    }

    List<PhraseMatcher.Match> of(int member) {
      int[] f = from;
      if (f == null || f[member] == f[member + 1]) {
        return List.of();
      }
      return Arrays.asList(byMember).subList(f[member], f[member + 1]);
    }
  }
}
