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
  private static final Pattern POSITIVE =
      Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|"
              + "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|menu",
          Pattern.CASE_INSENSITIVE);

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

  @Test
  void classWeightsAreWhatTheRegularExpressionsGave() {
    // "hid" as a word at either end, between spaces, before a final line terminator, or inside a word.
    List<String> pieces = List.of("hid", "HID", "Hid", " ", "den", "hidden", "x", "-", "\n", "\r", "\r\n", "\u0085",
        "\u2028", "\u2029", "\t", "main", "Article", "nav", "FOOT", "post", "h-entry", "share", "\u0130", "\u212A", "blog",
        "media", "story", "tool");
    Random rnd = new Random(23);
    int[] seen = new int[3];
    for (int round = 0; round < 60_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0, n = 1 + rnd.nextInt(5); k < n; k++) {
        sb.append(pieces.get(rnd.nextInt(pieces.size())));
      }
      String s = sb.toString();
      int expected = (NEGATIVE.matcher(s).find() ? -25 : 0) + (POSITIVE.matcher(s).find() ? 25 : 0);
      assertEquals(expected, MainContentFinder.classWeight(s), s.replace("\n", "\\n").replace("\r", "\\r"));
      seen[expected / 25 + 1]++;
    }
    assertEquals(true, seen[0] > 5_000 && seen[1] > 5_000 && seen[2] > 5_000, java.util.Arrays.toString(seen));
    for (String s : List.of("hid", "hid\n", "hid\r\n", "a hid", "a hid\u2028", "hid b", "a hid b", "HID")) {
      assertEquals(true, MainContentFinder.hasHidWord(MainContentFinder.asciiLowerCase(s)), s);
    }
    for (String s : List.of("hidx", "xhid", "hid\n\n", "a hid\tb", "a\nhid", "hid\r\r")) {
      assertEquals(false, MainContentFinder.hasHidWord(s), s);
    }
  }
}
