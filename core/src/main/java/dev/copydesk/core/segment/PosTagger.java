package dev.copydesk.core.segment;

import dev.copydesk.core.model.Token;
import java.util.List;

/**
 * Part-of-speech tags for tokens. Implementations must be thread-safe.
 */
public interface PosTagger {

  /**
   * The possible tags of each token, in token order (Penn Treebank tags, e.g. {@code DT}, {@code IN},
   * {@code NNP}); an empty list for a token the tagger does not know.
   */
  List<List<String>> tag(List<Token> tokens);

  /**
   * A hint that tags will be asked for soon: a tagger that loads something on first use may start
   * loading it now, without waiting for it. Returns at once; by default it does nothing.
   */
  default void prepare() {}

  /** A tagger that knows no word; for tests and for rules that only want to run without tags. */
  static PosTagger none() {
    return tokens -> tokens.stream().map(t -> List.<String>of()).toList();
  }
}
