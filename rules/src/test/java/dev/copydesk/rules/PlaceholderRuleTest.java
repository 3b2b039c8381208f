package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.model.TextMap;
import dev.copydesk.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholderRuleTest {

  private final RuleTester tester = RuleTester.forRule(new PlaceholderRule());

  @Test
  void flagsBracketedBlanksFillerAndTk() {
    tester.assertFlags(
        Format.TEXT,
        "Budget passes\n\nThe council, led by «[Your Name]», met on «[date]». The budget is «TK» million.\n\n"
            + "«Lorem ipsum» «dolor sit amet», the plan says. Contact «{{ reporter_email }}».\n\n"
            + "«INSERT QUOTE FROM MAYOR HERE»\n\nSee «<Insert link>».\n");
  }

  @Test
  void leavesEditorialInsertionsNamesAndTemplatingAlone() {
    tester.assertClean(
        Format.TEXT,
        "Budget passes\n\n\u201c[The mayor] will sign it,\u201d she said. Shoppers at TK Maxx and TK-421 agreed.\n\n"
            + "Read the [report](https://example.org/report). The <title> tag is fine.\n");
    tester.assertClean(Format.MARKDOWN, "# Budget\n\nSee {{< figure src=\"a.png\" >}} and {{ site.title }}.\n");
  }

  @Test
  void theQuickLookSaysWhatFiveSearchesForTheOpeningsSay() {
    java.util.Random rnd = new java.util.Random(7);
    String[] pieces = {"a", "T", "K", "I", "N", "INSERT", "INSER", "{", "{{", "[", "<", " ", "TK", "\u00E9", "\u2014", "Tk", "}", "S", "E", "R", "UK", "KT", "KK"};
    for (int round = 0; round < 5000; round++) {
      StringBuilder t = new StringBuilder();
      for (int k = rnd.nextInt(8); k > 0; k--) {
        t.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String text = t.toString();
      boolean expected = text.indexOf('[') >= 0 || text.indexOf('<') >= 0 || text.indexOf("{{") >= 0
          || text.indexOf("TK") >= 0 || text.indexOf("INSERT") >= 0;
      assertEquals(expected, PlaceholderRule.mayHoldShape(block(text)), text);
    }
    for (String no : new String[] {"", "T", "I", "{", "The INSER", "ends in T", "IN SERT", "{ {", "UK KT", "K T", "INSERt"}) {
      assertEquals(false, PlaceholderRule.mayHoldShape(block(no)), no);
    }
    for (String yes : new String[] {"[", "<", "{{", "TK", "INSERT", "ends in TK", "x{{y", "an INSERT", "UK TKT", "KKTK"}) {
      assertEquals(true, PlaceholderRule.mayHoldShape(block(yes)), yes);
    }
  }

  private static Block block(String text) {
    return new Block(0, BlockKind.PARAGRAPH, 0, new Span(0, text.length()), text, TextMap.verbatim(0, text.length()), List.of());
  }
}
