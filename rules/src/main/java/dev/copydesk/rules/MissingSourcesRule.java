package dev.copydesk.rules;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Link;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.OptionType;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.RuleOption;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.rules.internal.Attribution;
import dev.copydesk.rules.internal.Views;
import dev.copydesk.rules.internal.Words;
import java.util.List;
import java.util.Optional;

/**
 * An article past a length threshold that has no link, no quotation and no named attribution at all.
 *
 * <p>Stateless and thread-safe.
 */
@RuleInfo(
    id = "missing-sources",
    summary = "A long article cites no source at all: no link, no quotation, no named attribution",
    severity = Severity.WARNING,
    category = Category.SOURCING,
    tags = {"sourcing", "attribution"},
    description =
        """
        Flags an article longer than `min-words` words that gives the reader no way to check it: no link, \
        no quotation of three words or more, and no named attribution ("Smith said", "said the Treasury", \
        "according to the BBC"). News copy without a single source is opinion or rewrite; either say so or \
        source it. Reported once per article, on its first paragraph. In an HTML page linted whole \
        (html content: page), the article the page holds is judged: its navigation links are no sources.
        """,
    options = {
      @RuleOption(
          name = "min-words",
          type = OptionType.INTEGER,
          defaultValue = "250",
          description = "Articles with fewer words than this are not checked.")
    })
public final class MissingSourcesRule implements ArticleRule {

  @Override
  public void check(Article article, RuleContext context) {
    // The article the source holds: in an HTML page linted whole, its navigation links are no sources,
    // and its menus and footer no part of the article's length.
    Optional<Span> content = article.mainContent();
    for (Link l : article.links()) {
      if (content.isEmpty() || content.get().contains(l.span())) {
        return;
      }
    }
    List<Block> blocks = article.mainContentProseBlocks();
    // A quotation anywhere is enough, and is found by reading a block's quotation marks, where a named
    // speaker is looked for word by word: every block's quotations first, then the sentences.
    for (int bi = 0; bi < blocks.size(); bi++) {
      if (context.derive(Views.QUOTATIONS, blocks.get(bi)).any()) {
        return;
      }
    }
    Sentence first = null;
    Block firstBlock = null;
    for (int bi = 0; bi < blocks.size(); bi++) {
      Block b = blocks.get(bi);
      List<Sentence> sentences = b.sentences();
      for (int si = 0; si < sentences.size(); si++) {
        Sentence s = sentences.get(si);
        Words w = context.derive(Views.WORDS, s);
        if (Attribution.hasNamedSpeaker(w) || Attribution.hasNamedAccordingTo(w)) {
          return;
        }
      }
      if (first == null && b.kind() != BlockKind.HEADING && !b.sentences().isEmpty()) {
        first = b.sentences().get(0);
        firstBlock = b;
      }
    }
    // Counted last: nearly every article quotes or names someone, and is done with before this.
    int words = article.mainContentWordCount();
    if (first == null || firstBlock == null || words < context.options().getInt("min-words")) {
      return;
    }
    context.report(
        first.span(),
        "This " + words + "-word article cites no source: no link, no quotation and no named attribution. "
            + "Say who said or found what, quote them, or link the source.");
  }
}
