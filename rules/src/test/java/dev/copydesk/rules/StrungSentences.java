package dev.copydesk.rules;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.rules.internal.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sentences strung together at random from pieces (a rule's own word lists and the words around
 * them), parsed as plain text: for tests that hold a rule's fast path to what its patterns find.
 */
final class StrungSentences {

  private StrungSentences() {}

  /**
   * The words of every sentence of {@code articles} articles of three sentences each, each sentence of
   * one to {@code maxPieces} pieces, the first capitalized; the same for the same {@code seed}.
   */
  static List<Words> of(List<String> pieces, long seed, int articles, int maxPieces) {
    Random random = new Random(seed);
    ArticleParser parser = ArticleParser.create();
    List<Words> out = new ArrayList<>();
    for (int article = 0; article < articles; article++) {
      StringBuilder text = new StringBuilder("Title\n\n");
      for (int sentence = 0; sentence < 3; sentence++) {
        int n = 1 + random.nextInt(maxPieces);
        for (int k = 0; k < n; k++) {
          String piece = pieces.get(random.nextInt(pieces.size()));
          text.append(k == 0 ? Character.toUpperCase(piece.charAt(0)) + piece.substring(1) : piece).append(' ');
        }
        text.setLength(text.length() - 1);
        text.append(". ");
      }
      for (var b : parser.parse("t", text.toString(), Format.TEXT).article().blocks()) {
        for (var s : b.sentences()) {
          out.add(Words.of(s));
        }
      }
    }
    return out;
  }
}
