package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.core.rule.RuleOptions;
import dev.copydesk.core.testing.CollectingContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldsTest {

  private static final String CHATTY =
      """
      chatty:
        type: existence
        summary: Chatbot leftovers
        message: "Delete '{match}'."
        tokens: [as an ai language model]
      """;

  private static final String FILLER =
      """
      filler:
        type: existence
        summary: Filler
        message: "Delete '{match}'."
        tokens: [lorem ipsum]
      """;

  @Test
  void styleRulesReadingTheSameBlocksFoldEachOnce() {
    Article article = ArticleParser.create()
        .parse("a.txt", "Title\n\nAs an AI language model, I cannot.\n\nLorem ipsum dolor.\n", Format.TEXT)
        .article();
    StyleRule chatty = Defs.rule(CHATTY);
    StyleRule filler = Defs.rule(FILLER);
    CollectingContext context = new CollectingContext(article, RuleOptions.defaults(chatty.metadata()));
    chatty.check(article, context);
    filler.check(article, context);
    assertEquals(List.of("Delete 'As an AI language model'.", "Delete 'Lorem ipsum'."),
        context.reported().stream().map(CollectingContext.Reported::message).toList());
    // Three blocks, each folded by the first rule and found folded by the second.
    assertEquals(3, context.derivationsComputed());
    assertEquals(6, context.derivationsAsked());
  }

  @Test
  void theFunctionFormFoldsThroughTheContextAsTheDirectFormDoes() {
    Article article = ArticleParser.create().parse("a.txt", "Title\n\nSome Text.\n", Format.TEXT).article();
    CollectingContext context = new CollectingContext(article, RuleOptions.defaults(Defs.rule(FILLER).metadata()));
    String text = article.blocks().get(1).text();
    java.util.function.Function<dev.copydesk.core.text.Folding, dev.copydesk.core.text.FoldedText> fold = Folds.of(context, text);
    dev.copydesk.core.text.FoldedText ignoring = fold.apply(dev.copydesk.core.text.Folding.IGNORE_CASE);
    assertEquals("some text.", ignoring.folded());
    org.junit.jupiter.api.Assertions.assertSame(ignoring, Folds.of(context, text, dev.copydesk.core.text.Folding.IGNORE_CASE));
    assertEquals("Some Text.", fold.apply(dev.copydesk.core.text.Folding.MATCH_CASE).folded());
    assertEquals(2, context.derivationsComputed(), "one folding of each kind");
  }
}
