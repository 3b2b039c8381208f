package dev.copydesk.core.segment;

import java.util.ArrayList;
import java.util.List;
import org.languagetool.Languages;
import org.languagetool.tokenizers.SentenceTokenizer;

/**
 * LanguageTool's English sentence splitter (its SRX rules), the reference that {@link
 * SentenceSegmenter} is measured against. Loaded on first use.
 *
 * <p>Thread-safe as far as LanguageTool's {@code SRXSentenceTokenizer} is; the tests and benchmarks
 * call it from one thread.
 */
public final class LanguageToolSentences {

  private LanguageToolSentences() {}

  private static final class Holder {
    static final SentenceTokenizer TOKENIZER =
        Languages.getLanguageForShortCode("en").getSentenceTokenizer();
  }

  /** Loads the splitter now, so that a timing does not include its start-up. */
  public static void load() {
    Holder.TOKENIZER.tokenize("Warm up.");
  }

  /** LanguageTool's sentence strings of {@code text}; together they are the text. */
  public static List<String> raw(String text) {
    return Holder.TOKENIZER.tokenize(text);
  }

  /**
   * LanguageTool's sentences of {@code text} as ranges trimmed of white space, like {@link
   * SentenceSegmenter#split}'s; white-space-only pieces are dropped.
   */
  public static List<TextRange> split(String text) {
    List<TextRange> out = new ArrayList<>();
    int offset = 0;
    for (String piece : raw(text)) {
      int start = offset;
      int end = offset + piece.length();
      offset = end;
      while (start < end && SentenceSegmenter.isSpace(text.charAt(start))) {
        start++;
      }
      while (end > start && SentenceSegmenter.isSpace(text.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        out.add(new TextRange(start, end));
      }
    }
    if (offset != text.length()) {
      throw new IllegalStateException(
          "LanguageTool's sentences cover " + offset + " of " + text.length() + " characters");
    }
    return out;
  }
}
