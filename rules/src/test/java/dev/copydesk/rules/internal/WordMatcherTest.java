package dev.copydesk.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.parse.ArticleParser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordMatcherTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  private final WordMatcher matcher =
      WordMatcher.of(List.of("there are concerns that", "there are", "it is believed", "critics"), Set.of("also", "widely"), 2);

  @Test
  void findsLeftmostLongestMatchesWithFillers() {
    Words w = words("Critics say there are also concerns that it is widely believed to be late.");
    List<WordMatcher.Match> all = matcher.findAll(w);
    assertEquals(List.of("critics", "there are concerns that", "it is believed"), all.stream().map(WordMatcher.Match::phrase).toList());
    assertEquals(2, all.get(1).start());
    assertEquals(7, all.get(1).end());
  }

  @Test
  void findFirstIsTheFirstOfAllMatches() {
    for (String text :
        List.of(
            "There are reasons, and there are concerns that it is believed.",
            "Nothing here matches at all.",
            "It is, they say, believed by critics.",
            "Widely there are also widely concerns that the critics are right.")) {
      Words w = words(text);
      List<WordMatcher.Match> all = matcher.findAll(w);
      assertEquals(all.isEmpty() ? null : all.get(0), matcher.findFirst(w), text);
    }
    assertNull(matcher.findFirst(words("No phrase of the list is in this sentence.")));
  }

  private static Words words(String text) {
    Sentence s = PARSER.parse("t.txt", text, Format.TEXT).article().blocks().get(0).sentences().get(0);
    return Words.of(s);
  }
}
