package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Metadata;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.RuleOptions;
import dev.copydesk.core.testing.CollectingContext;
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
    CollectingContext context = new CollectingContext(a, RuleOptions.defaults(rule.metadata()));
    rule.check(a, context);
    context.reported().forEach(r -> out.add(r.text(SOURCE)));
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
