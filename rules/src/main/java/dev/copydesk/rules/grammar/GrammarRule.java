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
 * Grammar, usage, punctuation and style errors found by LanguageTool's English rules: every LanguageTool
 * rule except its spelling dictionary (that is the {@link SpellingRule spelling} rule). Off by default.
 *
 * <p>Positions land on the exact source characters (see {@link AnnotatedSource}); code, URLs and front
 * matter are never checked. Each finding's message ends with the LanguageTool rule id in brackets, the
 * id to list under {@code disable-rules} to silence it.
 *
 * <p>Thread-safe and stateless from the engine's point of view: an instance holds only the project's
 * default English variant. The LanguageTool checkers it uses are pooled by configuration, one per thread
 * at a time (see {@link LanguageToolPool}), and load on the first check.
 */
@RuleInfo(
    id = "grammar",
    summary = "Grammar, usage and punctuation errors found by LanguageTool (opt-in)",
    severity = Severity.WARNING,
    category = Category.GRAMMAR,
    tags = {"languagetool", "grammar"},
    enabledByDefault = false,
    description =
        "Runs LanguageTool's English grammar, usage, punctuation and style rules over the article's prose"
            + " (not its spelling dictionary: that is the `spelling` rule). Markup is passed to LanguageTool as"
            + " markup, so findings land on the exact characters of the Markdown or HTML source; code, URLs,"
            + " e-mail addresses and front matter are never checked. Each message ends with LanguageTool's"
            + " rule id in brackets: list it under `disable-rules` to turn that check off. The English variant"
            + " is the one the article's metadata names (`lang: en-GB`), else the `language` option, else the"
            + " project's `languagetool.language`, else en-US; articles in another language are skipped."
            + " Off by default: LanguageTool loads (a few seconds) only when this rule or `spelling` is on.",
    options = {
      @RuleOption(
          name = "language",
          type = OptionType.STRING,
          defaultValue = "",
          description =
              "English variant for articles whose metadata names none: en-US, en-GB, en-AU, en-CA, en-NZ or"
                  + " en-ZA; empty uses the project's languagetool.language, else en-US"),
      @RuleOption(
          name = "disable-rules",
          type = OptionType.STRING_LIST,
          defaultValue = "",
          description = "LanguageTool rule ids to turn off, e.g. EN_QUOTES, as shown in brackets in messages"),
      @RuleOption(
          name = "enable-rules",
          type = OptionType.STRING_LIST,
          defaultValue = "",
          description =
              "LanguageTool rule ids to turn on: rules off by default, in a disabled category, or in"
                  + " Copydesk's news baseline"),
      @RuleOption(
          name = "disable-categories",
          type = OptionType.STRING_LIST,
          defaultValue = "",
          description = "LanguageTool category ids to turn off, e.g. TYPOGRAPHY, STYLE, REDUNDANCY"),
      @RuleOption(
          name = "enable-categories",
          type = OptionType.STRING_LIST,
          defaultValue = "",
          description = "LanguageTool category ids to turn on that are off by default, e.g. PLAIN_ENGLISH")
    })
public final class GrammarRule implements ArticleRule {

  private final EnglishVariant projectDefault;

  /** A grammar rule whose default variant is en-US. */
  public GrammarRule() {
    this(EnglishVariant.DEFAULT);
  }

  GrammarRule(EnglishVariant projectDefault) {
    this.projectDefault = Objects.requireNonNull(projectDefault);
  }

  @Override
  public void check(Article article, RuleContext context) {
    RuleOptions o = context.options();
    EnglishVariant variant = LanguageChoice.forArticle(article, o.getString("language"), projectDefault);
    if (variant == null) {
      return;
    }
    CheckerSettings settings =
        CheckerSettings.grammar(
            variant,
            o.getStringList("disable-rules"),
            o.getStringList("enable-rules"),
            o.getStringList("disable-categories"),
            o.getStringList("enable-categories"));
    LanguageToolCheck.run(article, context, settings, GrammarReporting.INSTANCE);
  }

  /** Reports every match with LanguageTool's own message. */
  private enum GrammarReporting implements LanguageToolCheck.Reporting {
    INSTANCE;

    @Override
    public boolean reports(RuleMatch match, String flagged) {
      return true;
    }

    @Override
    public String message(RuleMatch match, String flagged) {
      return LanguageToolCheck.plainMessage(match.getMessage());
    }
  }
}
