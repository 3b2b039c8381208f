package dev.copydesk.rules.grammar;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.OptionType;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.RuleOption;
import dev.copydesk.core.rule.RuleOptions;
import dev.copydesk.core.rule.Severity;
import java.util.Objects;
import org.languagetool.rules.RuleMatch;

/**
 * Words LanguageTool's English spelling dictionary does not know, unless the project's vocabulary, the
 * rule's {@code accept} option or the article's own author names accept them. Off by default.
 *
 * <p>Severity info: in news copy most unknown words are names of people, places and companies, so a
 * finding is a question for the writer rather than an error; raise it to warning once the project's
 * vocabulary holds its recurring names.
 *
 * <p>Thread-safe and stateless from the engine's point of view: an instance holds only the project's
 * default English variant and its immutable vocabulary. The LanguageTool checkers it uses are pooled by
 * configuration, one per thread at a time (see {@link LanguageToolPool}), and load on the first check.
 */
@RuleInfo(
    id = "spelling",
    summary = "Words not in LanguageTool's English dictionary nor the project vocabulary (opt-in)",
    severity = Severity.INFO,
    category = Category.SPELLING,
    tags = {"languagetool", "spelling"},
    enabledByDefault = false,
    description =
        "Flags words that LanguageTool's spelling dictionary for the article's English variant does not"
            + " know, with its first suggestions as fixes. Words in the project vocabulary (`vocabulary: {path:"
            + " .copydesk/vocabulary.txt}`), in the `accept` option and in the article's author names are"
            + " accepted. Positions land on the exact characters of the Markdown or HTML source; code, URLs,"
            + " e-mail addresses and front matter are never checked. The English variant is chosen as for"
            + " `grammar`. Severity info by default: in news copy most unknown words are names. Off by"
            + " default: LanguageTool loads only when this rule or `grammar` is on.",
    options = {
      @RuleOption(
          name = "language",
          type = OptionType.STRING,
          defaultValue = "",
          description =
              "English variant for articles whose metadata names none: en-US, en-GB, en-AU, en-CA, en-NZ or"
                  + " en-ZA; empty uses the project's languagetool.language, else en-US"),
      @RuleOption(
          name = "accept",
          type = OptionType.STRING_LIST,
          defaultValue = "",
          description =
              "More accepted words or names, beside the vocabulary file (lower case accepts any case)")
    })
public final class SpellingRule implements ArticleRule {

  private final EnglishVariant projectDefault;
  private final Vocabulary vocabulary;

  /** A spelling rule whose default variant is en-US, with no project vocabulary. */
  public SpellingRule() {
    this(EnglishVariant.DEFAULT, Vocabulary.EMPTY);
  }

  SpellingRule(EnglishVariant projectDefault, Vocabulary vocabulary) {
    this.projectDefault = Objects.requireNonNull(projectDefault);
    this.vocabulary = Objects.requireNonNull(vocabulary);
  }

  @Override
  public void check(Article article, RuleContext context) {
    RuleOptions o = context.options();
    EnglishVariant variant = LanguageChoice.forArticle(article, o.getString("language"), projectDefault);
    if (variant == null) {
      return;
    }
    Vocabulary configured = Vocabulary.of(o.getStringList("accept"));
    Vocabulary authors = Vocabulary.of(article.metadata().authors());
    LanguageToolCheck.Reporting reporting =
        new LanguageToolCheck.Reporting() {
          @Override
          public boolean reports(RuleMatch match, String flagged) {
            return !vocabulary.accepts(flagged) && !configured.accepts(flagged) && !authors.accepts(flagged);
          }

          @Override
          public String message(RuleMatch match, String flagged) {
            return "\"" + flagged + "\" is not in the " + variant.code() + " dictionary: correct it, or add it to"
                + " the project vocabulary if it is right.";
          }
        };
    LanguageToolCheck.run(article, context, CheckerSettings.spelling(variant), reporting);
  }
}
