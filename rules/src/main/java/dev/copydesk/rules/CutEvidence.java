package dev.copydesk.rules;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.rules.internal.Lexicon;
import dev.copydesk.rules.internal.Quotations;
import dev.copydesk.rules.internal.Words;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Evidence that an unpunctuated sentence was cut off rather than merely left without a full stop: it
 * stops on a word after which no sentence can end (a determiner, a preposition, a conjunction, a
 * possessive, an attributive adjective), on "between X" with no "and", inside an open bracket or
 * quotation, or on a comma or dash.
 *
 * <p>Stateless and thread-safe.
 */
final class CutEvidence {

  private static final Set<String> FINAL_WORDS = Lexicon.words("truncated-text-final-words.txt");
  private static final Set<String> CAN_END = Lexicon.words("truncated-text-can-end.txt");
  /** Penn tags of words that cannot end a sentence. */
  private static final Set<String> CUT_TAGS = Set.of("DT", "PDT", "PRP$", "WP$", "CC", "IN", "TO", "WDT");
  private static final Set<String> ADJECTIVE_TAGS = Set.of("JJ", "JJR", "JJS");
  private static final Set<String> ADVERB_TAGS = Set.of("RB", "RBR", "RBS");
  private static final Set<String> PRE_ADJECTIVE_TAGS = Set.of("DT", "PRP$", "POS", "JJ", "JJR", "JJS", "CD", "PDT");
  private static final Set<String> PRONOUN_STEMS =
      Set.of("it", "that", "he", "she", "what", "there", "here", "who", "let", "where", "how", "one", "everyone",
          "everybody", "someone", "somebody", "nobody", "this", "which", "why", "when");

  private CutEvidence() {}

  /**
   * What shows that {@code sentence} (the last of {@code block}, without terminal punctuation) was cut,
   * phrased for the writer, or {@code null} when nothing does beyond the missing punctuation.
   *
   * @param quotations the block's quotations
   * @param tags the part-of-speech tags of the sentence's token at an index (an empty list when
   *     unknown): asked only of its last words, and only when nothing cheaper has told
   * @param joinerCounts whether a trailing comma or dash counts as evidence
   */
  static @Nullable String of(Block block, Quotations quotations, Sentence sentence, Words w, TextEnding ending, IntFunction<List<String>> tags, boolean joinerCounts) {
    if (joinerCounts && ending.endsOnJoiner()) {
      return "it stops on \u201C" + ending.last() + "\u201D";
    }
    String bracket = openBracket(sentence.text());
    if (bracket != null) {
      return bracket;
    }
    List<Quotations.Quote> quotes = quotations.all();
    for (int j = 0; j < quotes.size(); j++) {
      Quotations.Quote q = quotes.get(j);
      if (!q.closed() && q.start() >= sentence.textStart() && q.words() >= 1) {
        return "a quotation opened in it is never closed";
      }
    }
    if (w.size() == 0) {
      return null;
    }
    int last = w.size() - 1;
    String word = w.lower(last);
    if (FINAL_WORDS.contains(word)) {
      return "no sentence ends on \u201C" + w.text(last) + "\u201D";
    }
    int between = -1;
    for (int i = 0; i < w.size(); i++) {
      String l = w.lower(i);
      if (l.equals("between")) {
        between = i;
      } else if (between >= 0 && (l.equals("and") || l.equals("&"))) {
        between = -1;
      }
    }
    if (between >= 0) {
      return "\u201Cbetween\u201D has no \u201Cand\u201D";
    }
    if (isPossessive(w, last)) {
      return "it stops on the possessive \u201C" + w.text(last) + "\u201D";
    }
    List<String> lastTags = tagsOf(tags, w, last);
    if (!lastTags.isEmpty() && !CAN_END.contains(word)) {
      if (CUT_TAGS.containsAll(lastTags)) {
        return "no sentence ends on \u201C" + w.text(last) + "\u201D";
      }
      if (ADJECTIVE_TAGS.containsAll(lastTags) && last > 0 && !w.isCapitalized(last)) {
        // Past adverbs ("a very important"), a determiner or another adjective makes it attributive.
        int k = last - 1;
        while (k > 0 && !tagsOf(tags, w, k).isEmpty() && ADVERB_TAGS.containsAll(tagsOf(tags, w, k))) {
          k--;
        }
        // "the rich", "the fizzy": after "the" an adjective may stand for its noun
        List<String> before = tagsOf(tags, w, k);
        if (!before.isEmpty() && PRE_ADJECTIVE_TAGS.containsAll(before) && !w.lower(k).equals("the")) {
          return "it stops on the adjective \u201C" + w.text(last) + "\u201D, before its noun";
        }
      }
    }
    return null;
  }

  private static List<String> tagsOf(IntFunction<List<String>> tags, Words w, int word) {
    return tags.apply(w.tokenIndex(word));
  }

  private static boolean isPossessive(Words w, int i) {
    String l = w.lower(i);
    if (!l.endsWith("'s") || l.length() < 3) {
      return false;
    }
    return !PRONOUN_STEMS.contains(l.substring(0, l.length() - 2));
  }

  /** An opening bracket counts when a word follows it: ":-(" is a face, not a parenthesis. */
  private static @Nullable String openBracket(String text) {
    int round = 0;
    int square = 0;
    for (int i = 0; i < text.length(); i++) {
      boolean opens = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
      switch (text.charAt(i)) {
        case '(' -> round += opens ? 1 : 0;
        case ')' -> round = Math.max(0, round - 1);
        case '[' -> square += opens ? 1 : 0;
        case ']' -> square = Math.max(0, square - 1);
        default -> { }
      }
    }
    return round > 0 || square > 0 ? "a bracket opened in it is never closed" : null;
  }
}
