package dev.copydesk.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.rules.internal.BlockSegments.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockSegmentsTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  private static Block onlyBlock(String text) {
    List<Block> blocks = PARSER.parse("test", text, Format.TEXT).article().blocks();
    assertEquals(1, blocks.size(), () -> "one block expected from " + text);
    return blocks.get(0);
  }

  private static List<String> texts(List<Segment> segments) {
    List<String> out = new ArrayList<>();
    for (Segment s : segments) {
      out.add(s.text());
    }
    return out;
  }

  @Test
  void barCellsAreSplitOnlyInTheLinesThatHaveBars() {
    Block b = onlyBlock("Home | News | Sport\nThe minister resigned on Tuesday.\nShare | Tweet");
    assertEquals(
        List.of("Home", "News", "Sport", "The minister resigned on Tuesday.", "Share", "Tweet"),
        texts(BlockSegments.withBarCells(b, true)));
  }

  @Test
  void aBlockWithoutBarsIsItsSegments() {
    Block b = onlyBlock("Related stories\nLeave a Reply\nA pipe|without spaces is no bar");
    assertEquals(texts(BlockSegments.of(b, true)), texts(BlockSegments.withBarCells(b, true)));
    assertEquals(List.of("Related stories", "Leave a Reply", "A pipe|without spaces is no bar"),
        texts(BlockSegments.withBarCells(b, true)));
  }

  @Test
  void aBarBetweenLinesBelongsToNeither() {
    // The first line ends with " |" and the next starts after the line break: no cell is cut.
    Block b = onlyBlock("Tags: politics |\n| economy\nMore | Less");
    assertEquals(List.of("Tags: politics |", "| economy", "More", "Less"), texts(BlockSegments.withBarCells(b, true)));
  }

  /** Cells as found by searching each segment from its own start: what withBarCells must return. */
  private static List<String> reference(Block block, boolean splitLines) {
    String t = block.text();
    List<String> out = new ArrayList<>();
    for (Segment s : BlockSegments.of(block, splitLines)) {
      int from = s.start();
      while (from < s.end()) {
        int cut = t.indexOf(" | ", from);
        int to = cut < 0 || cut >= s.end() ? s.end() : cut;
        String cell = t.substring(from, to).strip();
        if (!cell.isEmpty()) {
          out.add(cell);
        }
        from = to + 3;
      }
    }
    return out;
  }

  @Test
  void matchesASearchFromEverySegmentOnRandomBlocks() {
    Random random = new Random(20261129);
    String[] pieces = {"Home", " | ", "news", "\n", "Sport ", "|", " ", "The end.", "a", " |  | ", "\n\n"};
    for (int round = 0; round < 2_000; round++) {
      StringBuilder sb = new StringBuilder("Start");
      int n = 1 + random.nextInt(30);
      for (int k = 0; k < n; k++) {
        String p = pieces[random.nextInt(pieces.length)];
        sb.append(p.equals("\n\n") ? "\n" : p);
      }
      sb.append(" end");
      // A line of spaces is a blank line in plain text: such a text is several blocks.
      for (Block b : PARSER.parse("test", sb.toString(), Format.TEXT).article().blocks()) {
        for (boolean splitLines : new boolean[] {true, false}) {
          List<String> expected = reference(b, splitLines);
          List<String> actual = texts(BlockSegments.withBarCells(b, splitLines));
          assertEquals(expected, actual, () -> "block " + b.text().replace("\n", "\\n"));
        }
      }
    }
  }

  @Test
  void aBarIsFoundWhereStringIndexOfFindsIt() {
    Random rnd = new Random(29);
    int found = 0;
    for (int n = 0; n < 20000; n++) {
      StringBuilder t = new StringBuilder();
      for (int k = rnd.nextInt(12); k > 0; k--) {
        t.append(" |a".charAt(rnd.nextInt(3)));
      }
      String text = t.toString();
      int from = rnd.nextInt(text.length() + 3) - 1;
      int expected = text.indexOf(" | ", from);
      assertEquals(expected, BlockSegments.bar(text, from), () -> "'" + text + "' from " + from);
      found += expected >= 0 ? 1 : 0;
    }
    org.junit.jupiter.api.Assertions.assertTrue(found > 1000, "bars found: " + found);
  }
}
