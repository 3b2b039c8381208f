package dev.copydesk.core.segment;

/**
 * The part-of-speech taggers Copydesk ships.
 *
 * <p>Thread-safe: a static factory without state.
 */
public final class PosTaggers {

  private PosTaggers() {}

  /**
   * LanguageTool's English tagger: Penn Treebank tags, every reading the dictionary gives a word. It
   * is loaded on the first call to {@link PosTagger#tag}, not by this method, so that runs whose
   * rules never ask for tags never pay for it; a failure to load it surfaces then, as an {@link
   * IllegalStateException}. The returned tagger is shared and thread-safe; one LanguageTool tagger
   * serves all threads (see {@link LanguageToolEnglishTagger} for why that is safe).
   */
  public static PosTagger lazyEnglish() {
    return LanguageToolEnglishTagger.INSTANCE;
  }
}
