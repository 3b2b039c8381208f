package dev.copydesk.core.rule;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Span;
import java.util.List;

/**
 * The one way a rule reports, and its view of the configuration for the article at hand. The engine
 * creates one context per rule per article; a context is confined to the thread running that rule.
 */
public interface RuleContext {

  /** The article being checked. */
  Article article();

  /** The rule's options for this article (configured values over defaults). */
  RuleOptions options();

  /** Starts a finding at the exact source characters {@code span}. */
  FindingBuilder at(Span span);

  /** Starts a finding at the range {@code [textStart, textEnd)} of {@code block}'s text. */
  default FindingBuilder at(Block block, int textStart, int textEnd) {
    return at(block.toSource(textStart, textEnd));
  }

  /** Reports {@code message} at {@code span} with the rule's severity. */
  default void report(Span span, String message) {
    at(span).message(message).report();
  }

  /** Reports {@code message} at a range of {@code block}'s text with the rule's severity. */
  default void report(Block block, int textStart, int textEnd, String message) {
    at(block, textStart, textEnd).message(message).report();
  }

  /**
   * Part-of-speech tags (Penn Treebank tags as LanguageTool's English tagger gives them, e.g. {@code
   * DT}, {@code IN}, {@code NNP}) of each token of {@code sentence}, in token order; a token the tagger
   * does not know has an empty list. The tagger loads on the first call in the process, so rules that
   * never ask never pay for it.
   */
  List<List<String>> posTags(Sentence sentence);

  /**
   * The tags {@link #posTags(Sentence)} gives token {@code token} of {@code sentence}, for a rule that
   * needs a few tokens' tags (a sentence's last words, say): a token's tags depend on it alone, and
   * the rest of the sentence need not be tagged.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= token < sentence.tokens().size()}
   */
  default List<String> posTags(Sentence sentence, int token) {
    return posTags(sentence).get(token);
  }

  /**
   * The view {@code derivation} gives of {@code input} (a block or sentence of this article), computed
   * on the first request of the article and shared with every rule that asks for the same derivation
   * and input while the article is checked. By default it is computed on every call.
   */
  default <I, T> T derive(Derivation<I, T> derivation, I input) {
    return derivation.compute(input, this);
  }

  /** A finding being described. Not thread-safe; use it once. */
  interface FindingBuilder {
    FindingBuilder message(String message);

    /**
     * Reports this finding at {@code severity} instead of the rule's default. A severity set in
     * configuration for the rule still wins.
     */
    FindingBuilder severity(Severity severity);

    /** Suggests replacing the finding's span with {@code replacement}. */
    FindingBuilder fix(String replacement);

    FindingBuilder fix(Fix fix);

    /** Hands the finding to the engine. */
    void report();
  }
}
