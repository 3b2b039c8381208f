package dev.copydesk.core.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Comment;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Metadata;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.model.TextMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SuppressionsTest {

  /** An article whose comments and paragraphs are found with a regex, as a Markdown parser would. */
  private static Article article(String src, Metadata metadata) {
    List<Comment> comments = new ArrayList<>();
    Matcher m = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL).matcher(src);
    while (m.find()) {
      comments.add(new Comment(m.group(1).strip(), new Span(m.start(), m.end())));
    }
    List<Block> blocks = new ArrayList<>();
    Matcher p = Pattern.compile("(?m)^[A-Z][^\\n]*(\\n[^\\n<][^\\n]*)*").matcher(src);
    while (p.find()) {
      blocks.add(new Block(blocks.size(), BlockKind.PARAGRAPH, 0, new Span(p.start(), p.end()), p.group(), TextMap.verbatim(p.start(), p.group().length()), List.of()));
    }
    return new Article("a.md", Format.MARKDOWN, src, metadata, blocks, List.of(), comments, null, null);
  }

  private static Span at(String src, String text) {
    int i = src.indexOf(text);
    return new Span(i, i + text.length());
  }

  @Test
  void regionsRunFromDisableToEnable() {
    String src = "One.\n\n<!-- copydesk-disable rule-a, rule-b -->\n\nTwo.\n\n<!-- copydesk-enable -->\n\nThree.\n";
    Suppressions s = Suppressions.of(article(src, Metadata.empty()));
    assertFalse(s.suppresses("rule-a", at(src, "One.")));
    assertTrue(s.suppresses("rule-a", at(src, "Two.")));
    assertTrue(s.suppresses("rule-b", at(src, "Two.")));
    assertFalse(s.suppresses("rule-c", at(src, "Two.")));
    assertFalse(s.suppresses("rule-a", at(src, "Three.")));
  }

  @Test
  void anUnclosedRegionRunsToTheEndAndNoIdsMeansEveryRule() {
    String src = "One.\n\n<!-- copydesk-disable -- imported archive -->\n\nTwo.\n";
    Suppressions s = Suppressions.of(article(src, Metadata.empty()));
    assertFalse(s.suppresses("x", at(src, "One.")));
    assertTrue(s.suppresses("x", at(src, "Two.")));
  }

  @Test
  void nextLineCoversTheWholeParagraphStartingThere() {
    String src = "<!-- copydesk-disable-next-line vague-date -->\nLast week the vote\nhappened at last.\n\nLast week again.\n";
    Suppressions s = Suppressions.of(article(src, Metadata.empty()));
    assertTrue(s.suppresses("vague-date", at(src, "Last week the")));
    assertTrue(s.suppresses("vague-date", at(src, "happened")));
    assertFalse(s.suppresses("vague-date", at(src, "Last week again")));
    assertFalse(s.suppresses("other", at(src, "Last week the")));
  }

  @Test
  void frontMatterDisablesRulesForTheWholeFile() {
    String src = "One.\n\nTwo.\n";
    Metadata meta = Metadata.builder().field("copydesk", Map.of("disable", List.of("hedging"))).build();
    Suppressions s = Suppressions.of(article(src, meta));
    assertTrue(s.suppresses("hedging", at(src, "Two.")));
    assertFalse(s.suppresses("vague-date", at(src, "Two.")));
  }
}
