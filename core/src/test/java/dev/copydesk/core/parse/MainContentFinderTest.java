package dev.copydesk.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MainContentFinderTest {

  // What page furniture was, as regular expressions ignoring ASCII case: the words are looked for now
  // without them, and must be found exactly where these find them.
  private static final Pattern UNLIKELY =
      Pattern.compile(
          "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|"
              + "related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|"
              + "pagination|pager|popup|yom-remote",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow", Pattern.CASE_INSENSITIVE);

  @Test
  void furnitureMarksAreFoundAsTheRegularExpressionsIgnoringAsciiCaseFoundThem() {
    // Pieces of real class names, capitals, and look-alikes that only Unicode case would fold: the
    // dotted capital I, the Kelvin sign, the long s.
    List<String> pieces = List.of("Footer", "SIDEBAR", "side", "bar", "-", "ad", "-ad-", "Main", "content", "nav", " ", "x",
        "\u0130", "\u212A", "\u017F", "hadow", "s", "COMMENT", "comm", "ent", "menu", "Pager", "pag", "ination", "rss", "Rss",
        "body", "BO", "dy", "and", "AND", "\u00E9", "related", "yom-remote", "cover-wrap", "SHOUTBOX");
    Random rnd = new Random(17);
    int furniture = 0;
    for (int round = 0; round < 30_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0, n = rnd.nextInt(7); k < n; k++) {
        sb.append(pieces.get(rnd.nextInt(pieces.size())));
      }
      String marks = sb.toString();
      boolean expected = UNLIKELY.matcher(marks).find() && !MAYBE.matcher(marks).find();
      assertEquals(expected, MainContentFinder.furnitureMarks(marks), marks);
      furniture += expected ? 1 : 0;
    }
    assertEquals(true, furniture > 3_000, "furniture " + furniture);
    assertEquals(false, MainContentFinder.furnitureMarks("\u017Fidebar"), "the long s is not an ASCII s");
    assertEquals(true, MainContentFinder.furnitureMarks("Site-FOOTER"));
    assertEquals(false, MainContentFinder.furnitureMarks("footer main-column"));
  }

  @Test
  void asciiLowerCaseLeavesEverythingButAsciiCapitalsAsItIs() {
    assertEquals("abc-\u0130\u212A\u00C9z", MainContentFinder.asciiLowerCase("ABC-\u0130\u212A\u00C9Z"));
    String lower = "already lower";
    assertEquals(true, lower == MainContentFinder.asciiLowerCase(lower), "no copy when nothing changes");
  }
}
