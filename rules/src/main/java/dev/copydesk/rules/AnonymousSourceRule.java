package dev.copydesk.rules;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.rules.internal.Attribution;
import dev.copydesk.rules.internal.Lexicon;
import dev.copydesk.rules.internal.WordMatcher;
import dev.copydesk.rules.internal.WordSet;
import dev.copydesk.rules.internal.Views;
import dev.copydesk.rules.internal.Words;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An anonymous source ("a source said", "people familiar with the matter") with no reason given for
 * the anonymity in the same or the next sentence.
 *
 * <p>Stateless and thread-safe.
 */
@RuleInfo(
    id = "anonymous-source",
    summary = "An anonymous source is quoted with no reason given for the anonymity",
    severity = Severity.INFO,
    category = Category.SOURCING,
    tags = {"sourcing", "attribution", "anonymity"},
    description =
        """
        Flags anonymous sources: "a source said", "sources told", "according to sources", "people \
        familiar with the matter", "a person close to", "an official who asked not to be named", \
        "speaking on condition of anonymity". Style guides (AP, Reuters, BBC) allow them when the story \
        says why the source cannot be named.

        Not flagged when the same or the next sentence gives a reason: "because they were not authorized \
        to speak publicly", "to discuss private deliberations", "for fear of reprisal".
        """)
public final class AnonymousSourceRule implements ArticleRule {

  private static final WordSet SOURCE_NOUNS = WordSet.of(Lexicon.words("anonymous-source-nouns.txt"));
  private static final WordSet PERSON_NOUNS = WordSet.of(Lexicon.words("anonymous-source-persons.txt"));
  private static final WordMatcher QUALIFIERS = WordMatcher.of(Lexicon.words("anonymous-source-qualifiers.txt"));
  private static final WordMatcher ANONYMITY = WordMatcher.of(Lexicon.words("anonymous-source-anonymity.txt"));
  private static final WordMatcher REASONS = WordMatcher.of(Lexicon.words("anonymous-source-reasons.txt"));
  private static final Set<String> NOT_AFTER = Lexicon.words("anonymous-source-not-after.txt");
  private static final int VERB_WINDOW = 3;
  /** Determiners that make a source one already mentioned: "the source told the paper". */
  private static final Set<String> BACK_REFERENCES = Set.of("the", "this", "that", "these", "those", "our");

  @Override
  public void check(Article article, RuleContext context) {
    List<Block> blocks = article.mainContentProseBlocks();
    // Whether an anonymous source came before: "the source" after it is the same one again.
    boolean seen = false;
    for (int bi = 0; bi < blocks.size(); bi++) {
      Block b = blocks.get(bi);
      if (b.kind() == BlockKind.HEADING) {
        continue;
      }
      for (int si = 0; si < b.sentences().size(); si++) {
        Sentence s = b.sentences().get(si);
        Words w = context.derive(Views.WORDS, s);
        if (!mentionsTrigger(w)) {
          continue;
        }
        int[] m = find(w);
        if (m == null) {
          continue;
        }
        boolean again = seen && m[0] > 0 && BACK_REFERENCES.contains(w.lower(m[0] - 1));
        seen = true;
        if (again || givesReason(w) || givesReason(next(blocks, bi, si, context))
            || context.derive(Views.QUOTATIONS, b).contains(w.startOffset(m[0]))) {
          continue;
        }
        int base = s.textStart();
        String phrase = s.text().substring(w.startOffset(m[0]) - base, w.endOffset(m[1]) - base);
        context.report(
            b,
            w.startOffset(m[0]),
            w.endOffset(m[1]),
            "\u201C" + phrase + "\u201D: say why the source cannot be named (for example, not authorized to "
                + "speak publicly), or name them.");
      }
    }
  }

  /**
   * Whether {@code w} holds a word without which {@link #find} finds nothing, a cheap look at each
   * word before the patterns are tried: nearly every sentence has none. Each way find has to succeed
   * needs a whole word of some list: an anonymity phrase, a source noun ("source", "insider"), or a
   * qualifier after a person ("familiar with", "close to"). So a source noun, or any one word of each
   * phrase, will do; the longest is taken, the least common as a rule ("anonymity", "familiar",
   * "briefed").
   */
  static boolean mentionsTrigger(Words w) {
    for (int i = 0, n = w.size(); (i = TRIGGERS.nextMayContain(w, i, n)) < n; i++) {
      if (TRIGGERS.contains(w, i)) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet TRIGGERS = WordSet.of(triggers());

  /** The source nouns, and the longest word of each anonymity phrase and each qualifier. */
  static Set<String> triggers() {
    Set<String> out = new HashSet<>(Lexicon.words("anonymous-source-nouns.txt"));
    for (String list : List.of("anonymous-source-anonymity.txt", "anonymous-source-qualifiers.txt")) {
      for (String phrase : Lexicon.words(list)) {
        String longest = "";
        // Split as WordMatcher splits a phrase into its words.
        for (String word : Lexicon.normalize(phrase).strip().split("\\s+")) {
          if (word.length() >= longest.length()) {
            longest = word;
          }
        }
        out.add(longest);
      }
    }
    return Set.copyOf(out);
  }

  /** Words {@code [start, end)} of the first anonymous source, or {@code null}. */
  static int @Nullable [] find(Words w) {
    for (int i = 0; i < w.size(); i++) {
      WordMatcher.Match anon = ANONYMITY.matchAt(w, i);
      if (anon != null) {
        return new int[] {anon.start(), anon.end()};
      }
      boolean source = SOURCE_NOUNS.contains(w, i);
      boolean person = PERSON_NOUNS.contains(w, i);
      // "Open Source Development Labs", "Apple Insider": part of a name; "open source", "energy sources": a thing.
      if ((!source && !person) || (i > 0 && w.isCapitalized(i)) || (i > 0 && NOT_AFTER.contains(w.lower(i - 1)))) {
        continue;
      }
      int start = determinerStart(w, i);
      WordMatcher.Match q = i + 1 < w.size() ? QUALIFIERS.matchAt(w, i + 1) : null;
      if (q != null) {
        return new int[] {start, q.end()};
      }
      if (!source || (i + 1 < w.size() && w.lower(i + 1).equals("of"))) {
        continue;
      }
      for (int j = i + 1; j < Math.min(w.size(), i + 1 + VERB_WINDOW); j++) {
        if (Attribution.isSpeechVerb(w.lower(j))) {
          return new int[] {start, j + 1};
        }
      }
      // "said a source.", "according to one senior source"
      if (start > 0) {
        String before = w.lower(start - 1);
        if (Attribution.isSpeechVerb(before) && isEndOfClause(w, i)) {
          return new int[] {start - 1, i + 1};
        }
        if (before.equals("to") && start > 1 && w.lower(start - 2).equals("according")) {
          return new int[] {start - 2, i + 1};
        }
      }
      if (start > 0 && (w.lower(start - 1).equals("unnamed") || w.lower(start - 1).equals("anonymous"))) {
        return new int[] {start - 1, i + 1};
      }
      if (start < i && (w.lower(i - 1).equals("unnamed") || w.lower(i - 1).equals("anonymous"))) {
        return new int[] {start, i + 1};
      }
    }
    return null;
  }

  /** "said a source." or "said a source, adding": the source noun closes the clause. */
  private static boolean isEndOfClause(Words w, int i) {
    if (i + 1 >= w.size()) {
      return true;
    }
    String text = w.sentence().text();
    int base = w.sentence().textStart();
    int after = w.token(i).end() - base;
    while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    return after < text.length() && ",;.:)".indexOf(text.charAt(after)) >= 0;
  }

  private static int determinerStart(Words w, int i) {
    int start = i;
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (Attribution.punctuationAfter(w, k) != 0) {
        break;
      }
      String p = w.lower(k);
      if (p.equals("a") || p.equals("an") || p.equals("one") || p.equals("two") || p.equals("three")
          || p.equals("several") || p.equals("some") || p.equals("another") || p.equals("other")) {
        return k;
      }
      if (!w.isCapitalized(k) && !p.equals("senior") && !p.equals("government") && !p.equals("unnamed")
          && !p.equals("anonymous") && !p.equals("party") && !p.equals("industry") && !p.equals("security")) {
        break;
      }
      start = k;
    }
    return start;
  }

  private static @Nullable Words next(List<Block> blocks, int bi, int si, RuleContext context) {
    Block b = blocks.get(bi);
    if (si + 1 < b.sentences().size()) {
      return context.derive(Views.WORDS, b.sentences().get(si + 1));
    }
    if (bi + 1 < blocks.size() && !blocks.get(bi + 1).sentences().isEmpty()) {
      return context.derive(Views.WORDS, blocks.get(bi + 1).sentences().get(0));
    }
    return null;
  }

  private static boolean givesReason(@Nullable Words w) {
    return w != null && !REASONS.findAll(w).isEmpty();
  }
}
