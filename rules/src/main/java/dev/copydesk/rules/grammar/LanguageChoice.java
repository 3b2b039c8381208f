package dev.copydesk.rules.grammar;

import dev.copydesk.core.model.Article;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Which English variant checks an article. Stateless and thread-safe. */
final class LanguageChoice {

  private LanguageChoice() {}

  /**
   * The variant for {@code article}: the one its metadata names ({@code lang: en-GB} in front matter,
   * {@code <html lang="en-GB">}), else the rule's {@code language} option, else the project default.
   * Null when the metadata names a language other than English: such an article is not checked.
   *
   * @param option the rule's {@code language} option; blank means not set
   * @throws IllegalArgumentException when the option names no variant LanguageTool checks
   */
  static @Nullable EnglishVariant forArticle(Article article, String option, EnglishVariant projectDefault) {
    Optional<String> declared = article.metadata().language();
    if (declared.isPresent()) {
      if (!EnglishVariant.isEnglish(declared.get())) {
        return null;
      }
      EnglishVariant v = EnglishVariant.fromTag(declared.get());
      if (v != null) {
        return v;
      }
    }
    return option.isBlank() ? projectDefault : EnglishVariant.parse(option);
  }
}
