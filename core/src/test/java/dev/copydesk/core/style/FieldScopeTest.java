package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Metadata;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleOptions;
import dev.copydesk.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The title and front-matter scopes place findings on the exact characters of the front matter. */
class FieldScopeTest {

  private static final String SOURCE =
      "---\ntitle: Council passes the budget\ndescription: \"A very unique budget\"\ntags: [budget, very unique]\n---\n\nBody.\n";

  private static Article article() {
    Metadata m =
        Metadata.builder()
            .title("Council passes the budget")
            .field("title", "Council passes the budget")
            .field("description", "A very unique budget")
            .field("tags", List.of("budget", "very unique"))
            .build();
    int fmEnd = SOURCE.indexOf("---\n\n") + 3;
    return new Article("a.md", Format.MARKDOWN, SOURCE, m, List.of(), List.of(), List.of(), new Span(0, fmEnd), new Span(fmEnd, SOURCE.length()));
  }

  private static List<String> run(String yaml) {
    StyleRule rule = Defs.rule(yaml);
    List<String> out = new ArrayList<>();
    Article a = article();
    rule.check(a, new RuleContext() {
      @Override
      public Article article() {
        return a;
      }

      @Override
      public RuleOptions options() {
        return RuleOptions.defaults(rule.metadata());
      }

      @Override
      public List<List<String>> posTags(Sentence sentence) {
        return List.of();
      }

      @Override
      public FindingBuilder at(Span span) {
        return new FindingBuilder() {
          @Override
          public FindingBuilder message(String message) {
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
            out.add(span.of(SOURCE));
          }
        };
      }
    });
    return out;
  }

  @Test
  void frontMatterFieldValuesArePlacedExactly() {
    assertEquals(List.of("very unique", "very unique"), run("house-unique:\n  type: existence\n  tokens: [very unique]\n  scope: [front-matter.description, front-matter.tags]\n"));
  }

  @Test
  void titleFromFrontMatter() {
    assertEquals(
        List.of("Council passes the budget"),
        run("house-title-case:\n  type: capitalization\n  match: title\n  scope: title\n"));
  }

  @Test
  void absentFieldsSelectNothing() {
    assertEquals(List.of(), run("house-unique:\n  type: existence\n  tokens: [very unique]\n  scope: front-matter.summary\n"));
  }
}
