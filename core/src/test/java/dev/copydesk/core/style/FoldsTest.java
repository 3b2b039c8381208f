package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.core.rule.Derivation;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleOptions;
import dev.copydesk.core.rule.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    SharingContext context = new SharingContext(article);
    StyleRule chatty = Defs.rule(CHATTY);
    StyleRule filler = Defs.rule(FILLER);
    chatty.check(article, context);
    filler.check(article, context);
    assertEquals(List.of("Delete 'As an AI language model'.", "Delete 'Lorem ipsum'."), context.messages);
    // Three blocks, each folded by the first rule and found folded by the second.
    assertEquals(3, context.computed);
    assertEquals(6, context.asked);
  }

  /** The engine's sharing, as RuleContext.derive promises it, with the work counted. */
  private static final class SharingContext implements RuleContext {
    final Article article;
    final Map<Derivation<?, ?>, Map<Object, Object>> derived = new HashMap<>();
    final List<String> messages = new ArrayList<>();
    int computed;
    int asked;

    SharingContext(Article article) {
      this.article = article;
    }

    @Override
    public Article article() {
      return article;
    }

    @Override
    public RuleOptions options() {
      return new RuleOptions("test", Map.of());
    }

    @Override
    public List<List<String>> posTags(Sentence sentence) {
      return List.of();
    }

    @Override
    public <I, T> T derive(Derivation<I, T> derivation, I input) {
      asked++;
      Map<Object, Object> values = derived.computeIfAbsent(derivation, d -> new IdentityHashMap<>());
      @SuppressWarnings("unchecked") // stored under this derivation by the line below only
      T value = (T) values.get(input);
      if (value == null) {
        computed++;
        value = derivation.compute(input);
        values.put(input, value);
      }
      return value;
    }

    @Override
    public FindingBuilder at(Span span) {
      return new FindingBuilder() {
        String message = "";

        @Override
        public FindingBuilder message(String m) {
          message = m;
          return this;
        }

        @Override
        public FindingBuilder severity(Severity severity) {
          return this;
        }

        @Override
        public FindingBuilder fix(String replacement) {
          return this;
        }

        @Override
        public FindingBuilder fix(Fix fix) {
          return this;
        }

        @Override
        public void report() {
          messages.add(message);
        }
      };
    }
  }
}
