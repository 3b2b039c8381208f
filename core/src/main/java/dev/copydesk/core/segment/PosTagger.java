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

  /** A tagger that knows no word; for tests and for rules that only want to run without tags. */
  static PosTagger none() {
    return tokens -> tokens.stream().map(t -> List.<String>of()).toList();
  }
}
