package dev.copydesk.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast folding loop gives exactly what the plain definition gives, on any input. */
class FoldedTextTest {

  /** The definition: every character through isSpace, fold and foldKeepingCase, one by one. */
  private static String[] reference(String text, int from, int to, Folding folding) {
    StringBuilder out = new StringBuilder();
    int[] map = new int[to - from];
    boolean pendingSpace = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (FoldedText.isSpace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        map[out.length()] = i - 1;
        out.append(' ');
        pendingSpace = false;
      }
      map[out.length()] = i;
      out.append(folding == Folding.IGNORE_CASE ? FoldedText.fold(c) : FoldedText.foldKeepingCase(c));
    }
    return new String[] {out.toString(), Arrays.toString(Arrays.copyOf(map, out.length()))};
  }

  private static void assertSame(String text, int from, int to, Folding folding) {
    FoldedText f = FoldedText.of(text, from, to, folding);
    String[] want = reference(text, from, to, folding);
    assertEquals(want[0], f.folded(), text);
    int[] map = new int[f.length()];
    for (int i = 0; i < map.length; i++) {
      map[i] = f.start(i);
    }
    assertEquals(want[1], Arrays.toString(map), text);
    for (int i = 0; i <= f.length(); i++) {
      int expected = i == 0 ? (f.length() == 0 ? 0 : map[0]) : map[i - 1] + 1;
      assertEquals(expected, f.end(i), text + " end(" + i + ")");
    }
  }

  @Test
  void keepsOffsetsOfTextFoldedInPlace() {
    // No run of white space and none at the ends: every character stays where it was.
    FoldedText f = FoldedText.of("xx The \u201CBudget\u201D passes.", 3, 22, Folding.IGNORE_CASE);
    assertEquals("the \"budget\" passes", f.folded());
    assertEquals(3, f.start(0));
    assertEquals(21, f.start(f.length() - 1));
    assertEquals(22, f.end(f.length()));
    org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> f.start(f.length()));
  }

  @Test
  void matchesTheDefinitionOnRandomText() {
    char[] alphabet = (" \t\n\r\u000B\f\u001C\u00A0\u2007\u200B\uFEFF\u3000\u0000\u007F`'\"-.AZaz09"
        + "\u00C9\u00E9\u0130\u0131\u00DF\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u00AB\u00BB\u00B4\u2212"
        + "\u0416\u03A3\uD83D\uDE00").toCharArray();
    Random random = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      char[] t = new char[random.nextInt(40)];
      for (int i = 0; i < t.length; i++) {
        t[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String text = new String(t);
      int from = text.isEmpty() ? 0 : random.nextInt(text.length());
      int to = from + random.nextInt(text.length() - from + 1);
      for (Folding folding : Folding.values()) {
        assertSame(text, from, to, folding);
        assertSame(text, 0, text.length(), folding);
      }
    }
  }

  @Test
  void foldsEightCharactersAtATimeAsOneByOne() {
    // The in-place pass folds plain ASCII eight characters at a time: every Latin-1 character at every
    // place of a chunk, the first, the last and the next chunk's first, in texts of capitals and small
    // letters, with a space before or after it (a doubled space inside a chunk or across two).
    String[] bases = {"ABCDEFGHIJKLMNOPQRSTUVWX", "abcdefgh ijklmno pqrstuvw", "Zebra At Noon, Quietly", "        "};
    for (String base : bases) {
      for (int at = 0; at < base.length(); at++) {
        for (char c = 0; c < 256; c++) {
          char[] t = base.toCharArray();
          t[at] = c;
          String text = new String(t);
          for (Folding folding : Folding.values()) {
            assertSame(text, 0, text.length(), folding);
            assertSame(text, 1, text.length(), folding);
          }
        }
      }
    }
  }

  @Test
  void matchesTheDefinitionOnRandomAsciiText() {
    // Mostly printable ASCII, as prose is, so that most chunks of eight take the arithmetic path and
    // the rare others (white space but a space, '?', '`', Latin-1 and beyond) fall among them.
    char[] rare = "\t\n?`\u00A0\u00C9\u00E9\u2019\u0416".toCharArray();
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      char[] t = new char[random.nextInt(80)];
      for (int i = 0; i < t.length; i++) {
        int r = random.nextInt(100);
        t[i] = r < 15 ? ' ' : r < 17 ? rare[random.nextInt(rare.length)] : (char) (0x21 + random.nextInt(0x5E));
      }
      String text = new String(t);
      int from = text.isEmpty() ? 0 : random.nextInt(text.length());
      for (Folding folding : Folding.values()) {
        assertSame(text, 0, text.length(), folding);
        assertSame(text, from, from + random.nextInt(text.length() - from + 1), folding);
      }
    }
  }

  @Test
  void foldsAsDocumented() {
    FoldedText f = FoldedText.of("  \u201CSHARE\u00A0 this\u201D \u2014 now\u2026 ");
    assertEquals("\"share this\" - now.", f.folded());
    assertEquals(2, f.start(0));
    assertEquals(22, f.end(f.length()), "just past the ellipsis");
    assertArrayEquals(new char[] {'a'}, FoldedText.of("A", Folding.IGNORE_CASE).folded().toCharArray());
  }

  @Test
  void noCharacterButWhiteSpaceFoldsToASpace() {
    // The in-place pass takes a folded space for white space.
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      if (!FoldedText.isSpace(ch)) {
        assertNotEquals(' ', FoldedText.fold(ch), () -> "U+" + Integer.toHexString(ch));
        assertNotEquals(' ', FoldedText.foldKeepingCase(ch), () -> "U+" + Integer.toHexString(ch));
      }
    }
  }

  @Test
  void foldsLongAndShortTextsInTurnOnSeveralThreads() throws Exception {
    // The in-place fold works on the text's Latin-1 bytes: long texts and short ones in turn, and threads
    // folding at once, each get their own text; a '?' in them is a question mark, not a stand-in.
    Random random = new Random(41);
    String[] words = {"The", "minister", "SAID", "\u00C9t\u00E9", "1,000", "it's", "done?", "?"};
    List<String> texts = new java.util.ArrayList<>();
    for (int length : new int[] {70_000, 3, 65_537, 120, 0, 65_536, 40, 1}) {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < length) {
        sb.append(words[random.nextInt(words.length)]).append(' ');
      }
      texts.add(sb.substring(0, length));
    }
    List<String> expected = texts.stream().map(t -> reference(t, 0, t.length(), Folding.IGNORE_CASE)[0]).toList();
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(expected.get(i), FoldedText.of(texts.get(i)).folded());
      assertEquals(texts.get(i).strip(), FoldedText.of(texts.get(i), Folding.MATCH_CASE).folded(), "one space apart: as written");
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        runs.add(pool.submit(() -> {
          Random r = new Random(seed);
          int checked = 0;
          for (int k = 0; k < 400; k++) {
            int i = r.nextInt(texts.size());
            assertEquals(expected.get(i), FoldedText.of(texts.get(i)).folded());
            checked++;
          }
          return checked;
        }));
      }
      for (java.util.concurrent.Future<Integer> run : runs) {
        assertEquals(400, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void countsTheOriginalsWordsFromAFoldOfIt() {
    // Folded in place (its bytes counted) or not (the original counted): the words of the range
    // folded, as countWords counts them in the original, up to the cap alike.
    String[] words = {"The", "minister's", "\u201Csaid\u201D", "\u00C9t\u00E9", "1,000", "\u2014", "\u00AA\u00BA", "\u00B2", "x\u00B4y", "\u0416\u0443"};
    String[] gaps = {" ", " ", " ", "  ", "\u00A0", "\n", " - ", "\u00BF"};
    Random random = new Random(43);
    int inPlace = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder(random.nextInt(6) == 0 ? " " : "");
      for (int k = 1 + random.nextInt(20); k > 0; k--) {
        sb.append(words[random.nextInt(words.length)]).append(random.nextInt(3) == 0 ? gaps[random.nextInt(gaps.length)] : " ");
      }
      String text = sb.toString();
      int from = random.nextInt(3) == 0 ? random.nextInt(text.length()) : 0;
      int to = random.nextInt(3) == 0 ? from + random.nextInt(text.length() - from + 1) : text.length();
      int cap = random.nextInt(30);
      for (Folding folding : Folding.values()) {
        FoldedText f = FoldedText.of(text, from, to, folding);
        assertEquals(FoldedText.countWords(text, from, to, cap), f.originalWords(cap), "'" + text.substring(from, to) + "' up to " + cap);
        inPlace += f.folded().length() == to - from ? 1 : 0;
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(inPlace > 5_000 && inPlace < 35_000, "both kinds of fold: " + inPlace);
  }

  @Test
  void aCharacterOutsideLatin1IsNoQuestionMark() {
    // Encoded to Latin-1 bytes, a character outside it is a '?' (a surrogate pair one '?' for two
    // characters): each is folded as the definition says, wherever it stands.
    for (String odd : new String[] {"\u2019", "\uD835\uDC00", "\u0416", "?"}) {
      for (String text : new String[] {odd, "Is it" + odd, odd + " said Mr Smith", "Why? " + odd + " Now?", "a" + odd + "b"}) {
        for (Folding folding : Folding.values()) {
          assertSame(text, 0, text.length(), folding);
          assertSame("xx " + text + " yy", 3, 3 + text.length(), folding);
        }
      }
    }
  }

  @Test
  void matchesTheDefinitionOnProseLikeText() {
    // Words one space apart, sometimes a doubled or leading or trailing space: both the in-place pass
    // and the general one, and the switch from one to the other, on text shaped like a block's.
    // Some outside Latin-1, which the in-place pass hands to the general one.
    String[] words = {"The", "minister", "\u201Csaid\u201D", "\u00C9t\u00E9", "1,000", "\u2014", "it\u2019s", "DONE.", "\u0416\u0443\u043A\u043E\u0432"};
    String[] gaps = {" ", " ", " ", " ", " ", " ", "  ", "\u00A0", "\n", " \t "};
    Random random = new Random(29);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      if (random.nextInt(8) == 0) {
        sb.append(gaps[random.nextInt(gaps.length)]);
      }
      int n = 1 + random.nextInt(12);
      for (int k = 0; k < n; k++) {
        if (k > 0) {
          sb.append(random.nextInt(4) == 0 ? gaps[random.nextInt(gaps.length)] : " ");
        }
        sb.append(words[random.nextInt(words.length)]);
      }
      if (random.nextInt(8) == 0) {
        sb.append(gaps[random.nextInt(gaps.length)]);
      }
      String text = sb.toString();
      for (Folding folding : Folding.values()) {
        assertSame(text, 0, text.length(), folding);
        int from = random.nextInt(text.length());
        assertSame(text, from, from + random.nextInt(text.length() - from + 1), folding);
      }
    }
  }

  @Test
  void countsTheWordsOfMostlyAsciiTextEightCharactersAtATime() {
    // The count of a fold in place reads ASCII eight characters at a time: words of every length across
    // the chunks, every ASCII character and some beyond it between them, and caps anywhere.
    String between = " ,.;:-'\"!?()[]/_@#$%^&*+=<>{}|~\u00A0\u00BF\u00E9\u00B2\u00D7";
    Random random = new Random(47);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        for (int c = 1 + random.nextInt(12); c > 0; c--) {
          int r = random.nextInt(62);
          sb.append((char) (r < 10 ? '0' + r : r < 36 ? 'A' + r - 10 : 'a' + r - 36));
        }
        sb.append(random.nextInt(4) == 0 ? between.charAt(random.nextInt(between.length())) : ' ');
      }
      String text = sb.toString().strip();
      int cap = random.nextInt(4) == 0 ? Integer.MAX_VALUE : random.nextInt(40);
      for (Folding folding : Folding.values()) {
        FoldedText f = FoldedText.of(text, folding);
        assertEquals(FoldedText.countWords(text, 0, text.length(), cap), f.originalWords(cap), "'" + text + "' up to " + cap);
      }
    }
  }

  /** The definition: a word starts at each letter or digit after a character that is neither. */
  private static int referenceWords(String s, int from, int to, int cap) {
    int n = 0;
    for (int i = from; i < to && n <= cap; i++) {
      if (Character.isLetterOrDigit(s.charAt(i)) && (i == from || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
        n++;
      }
    }
    return n;
  }

  @Test
  void countsWordsAsDefinedUpToTheCap() {
    assertEquals(5, FoldedText.countWords("It's 2,000 caf\u00E9s.", 0, 17, 100), "It, s, 2, 000, caf\u00E9s");
    assertEquals(0, FoldedText.countWords("  -- ", 0, 5, 100));
    assertEquals(3, FoldedText.countWords("one two three four five", 0, 23, 2), "stops once past the cap");
    char[] alphabet = " a Z 9 - . \u00E9\u0416\u00A0\u2019\u0661".replace(" ", "").toCharArray();
    Random random = new Random(17);
    for (int round = 0; round < 20_000; round++) {
      char[] t = new char[random.nextInt(30)];
      for (int i = 0; i < t.length; i++) {
        t[i] = random.nextInt(3) == 0 ? ' ' : alphabet[random.nextInt(alphabet.length)];
      }
      String text = new String(t);
      int from = text.isEmpty() ? 0 : random.nextInt(text.length());
      int to = from + random.nextInt(text.length() - from + 1);
      int cap = random.nextInt(8);
      assertEquals(referenceWords(text, from, to, cap), FoldedText.countWords(text, from, to, cap), text);
    }
  }
}
