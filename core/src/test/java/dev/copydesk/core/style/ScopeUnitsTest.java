package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.parse.ArticleParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeUnitsTest {

  private static final Article ARTICLE =
      ArticleParser.create().parse("a.md", "# Budget\n\nThe vote passed. It was close.\n\nTurnout fell.\n", Format.MARKDOWN).article();

  private static List<String> texts(String... selectors) throws Exception {
    List<Scope.Selector> parsed = new ArrayList<>();
    for (String s : selectors) {
      parsed.add(Scope.parse(s));
    }
    List<String> out = new ArrayList<>();
    for (Unit u : Scope.of(parsed).units(ARTICLE)) {
      out.add(u.text());
    }
    return out;
  }

  @Test
  void oneSelectorGivesItsUnitsInSourceOrder() throws Exception {
    assertEquals(List.of("The vote passed. It was close.", "Turnout fell."), texts("paragraph"));
    assertEquals(List.of("Budget", "The vote passed.", "It was close.", "Turnout fell."), texts("sentence"));
  }

  @Test
  void overlappingSelectorsGiveEachUnitOnceInSourceOrder() throws Exception {
    assertEquals(List.of("Budget", "The vote passed. It was close.", "Turnout fell."), texts("paragraph", "text", "heading"));
    assertEquals(List.of("The vote passed. It was close.", "Turnout fell."), texts("paragraph", "paragraph"));
  }

  @Test
  void negationsLeaveBlocksOut() throws Exception {
    assertEquals(List.of("The vote passed. It was close.", "Turnout fell."), texts("text", "~heading"));
  }
}
