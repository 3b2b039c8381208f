package dev.copydesk.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSegmenterTest {

  private static final SentenceSegmenter SEGMENTER = SentenceSegmenter.english();

  /**
   * A paragraph and the sentences it must split into. {@code sameAsLanguageTool} is false where
   * Copydesk deliberately differs from LanguageTool, and the reason says why.
   */
  record Case(String text, List<String> sentences, boolean sameAsLanguageTool, String reason) {
    @Override
    public String toString() {
      return text.replace("\n", "\\n");
    }
  }

  private static Case split(String text, String... sentences) {
    return new Case(text, List.of(sentences), true, "");
  }

  private static Case whole(String text) {
    return new Case(text, List.of(text.strip()), true, "");
  }

  private static Case unlikeLanguageTool(String reason, String text, String... sentences) {
    return new Case(text, List.of(sentences), false, reason);
  }

  static Stream<Case> cases() {
    return Stream.of(
        // Sentences that end.
        split("He left. She stayed.", "He left.", "She stayed."),
        split("Is it over? Yes! It is.", "Is it over?", "Yes!", "It is."),
        split("What?! No way.", "What?!", "No way."),
        split("He said \"no.\" Then he left.", "He said \"no.\"", "Then he left."),
        split("He said \u201Cno.\u201D Then he left.", "He said \u201Cno.\u201D", "Then he left."),
        split("(He left.) Then she came.", "(He left.)", "Then she came."),
        split("He waited... Then he left.", "He waited...", "Then he left."),
        split("He waited\u2026 Then he left.", "He waited\u2026", "Then he left."),
        split("The vote ended at 5 p.m. The count began.", "The vote ended at 5 p.m.", "The count began."),
        split("Profits rose to $1.13bn. Sales fell.", "Profits rose to $1.13bn.", "Sales fell."),
        split("It was done.The next day came.", "It was done.", "The next day came."),
        split("  Leading and trailing space.  Two.  ", "Leading and trailing space.", "Two."),
        split("Prices rose 5%. Growth slowed.", "Prices rose 5%.", "Growth slowed."),
        split("Bring tea, coffee, etc. The rest is here.", "Bring tea, coffee, etc.", "The rest is here."),
        split("He is in the No. 2 spot. He won.", "He is in the No. 2 spot.", "He won."),
        split("I said no. I meant it.", "I said no.", "I meant it."),
        split("Call it plan b. Then wait.", "Call it plan b.", "Then wait."),
        // Sentences that go on.
        whole("Mr. Smith met Dr. Jones and Mrs. Brown at St. Paul's."),
        whole("The U.S. Senate and the U.K. government agreed."),
        whole("The U.S.A. is large."),
        whole("It rose 3.5% to $1,130.25 in 2004."),
        whole("J. K. Rowling wrote it."),
        whole("George W. Bush spoke."),
        whole("The meeting starts at 3 p.m. on Monday."),
        whole("It happened in Sept. last year and again on Jan. 5."),
        whole("He lives at No. 10 Downing Street."),
        whole("Acme Inc. and Widget Corp. merged with Smith & Co. today."),
        whole("Barclays Ltd. said profits rose."),
        whole("Spain vs. France ended 1-1."),
        whole("Some fruit, e.g. apples, is sweet."),
        whole("It is small, i.e. tiny."),
        whole("Bring tea, coffee, etc. and cake."),
        whole("\"Yes!\" he said."),
        whole("\u201CIs it over?\u201D she asked."),
        whole("He hesitated... and then spoke."),
        whole("Smith et al. found it."),
        whole("See Fig. 3 and Vol. II for details."),
        whole("It weighs approx. 5 kg."),
        whole("Write to bob.Smith@example.com today."),
        whole("Version 2.0 ships."),
        whole("Gov. Schwarzenegger and Sen. Kerry and Gen. Jackson met."),
        whole("He said (!) that it was fine."),
        whole("A. B. Smith came."),
        whole("The U.S. Army and U.S. In-Q-Tel met on Sept. 11 at Apple Inc. headquarters."),
        whole("Mr. The Rock is a title, not a sentence."),
        whole("Some papers, e.g. The Times, agreed."),
        // Where Copydesk differs from LanguageTool, on purpose.
        unlikeLanguageTool(
            "LanguageTool keeps a quote, period and quote together ('.\") to protect quoted periods",
            "He said: 'that's not right'.\" And he left.", "He said: 'that's not right'.\"", "And he left."),
        unlikeLanguageTool(
            "LanguageTool does not split before a line break that follows a space",
            "It was a chest X-ray. \n- People came.", "It was a chest X-ray.", "- People came."),
        unlikeLanguageTool(
            "LanguageTool's title rule needs a space after the period",
            "It got to be Mr.Benn. The end.", "It got to be Mr.Benn.", "The end."),
        unlikeLanguageTool(
            "LanguageTool never splits after two initials",
            "He flew to Washington D.C. He met them.", "He flew to Washington D.C.", "He met them."),
        unlikeLanguageTool(
            "LanguageTool never splits after a single initial",
            "He admired Malcolm X. He said so.", "He admired Malcolm X.", "He said so."),
        unlikeLanguageTool(
            "LanguageTool never splits after company suffixes",
            "He founded Acme Inc. The firm grew.", "He founded Acme Inc.", "The firm grew."),
        unlikeLanguageTool(
            "LanguageTool never splits after month abbreviations",
            "It opened in Sept. In Oct. it closed.", "It opened in Sept.", "In Oct. it closed."),
        split("Headline\n\nBody text", "Headline", "Body text"),
        split("One\u2029two", "One", "two"),
        whole("A line\nbreak alone ends nothing"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void splitsAsExpected(Case c) {
    assertEquals(c.sentences(), texts(c.text(), SEGMENTER.split(c.text())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void agreesWithLanguageToolExceptWhereDocumented(Case c) {
    List<String> languageTool = texts(c.text(), LanguageToolSentences.split(c.text()));
    if (c.sameAsLanguageTool()) {
      assertEquals(c.sentences(), languageTool, "LanguageTool splits this case differently");
    } else {
      assertNotEquals(c.sentences(), languageTool, "LanguageTool now agrees; drop the exception: " + c.reason());
    }
  }

  @Test
  void emptyAndBlankTextsHaveNoSentences() {
    assertEquals(List.of(), SEGMENTER.split(""));
    assertEquals(List.of(), SEGMENTER.split(" \n\t\u00A0 "));
  }

  @Test
  void rangesPointIntoTheText() {
    String text = "  One.  Two?  ";
    assertEquals(List.of(new TextRange(2, 6), new TextRange(8, 12)), SEGMENTER.split(text));
  }

  @Test
  void acceptsAnyCharSequence() {
    StringBuilder text = new StringBuilder("One. Two.");
    assertEquals(2, SEGMENTER.split(text).size());
  }

  static Stream<String> hostileInputs() {
    return Stream.of(
        "...",
        "?!?!?!",
        ". . . .",
        "\"",
        ")",
        ".\"",
        "Hi \uD83D\uDE00. Bye \uD83D\uDC4B! \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67.",
        "\u0645\u0631\u062D\u0628\u0627. \u0643\u064A\u0641 \u062D\u0627\u0644\u0643\u061F \u05E9\u05DC\u05D5\u05DD. \u05DE\u05D4 \u05E0\u05E9\u05DE\u05E2?",
        "\u202EThis is reversed. \u202CNormal again.",
        "Lone \uD800. \uDC00 High and low. \uDBFF",
        "\uDC00\uD800.\uD800A.",
        "End.\uD835\uDC00bc",
        "Tab\tseparated.\tNext.",
        "\r\n\r\n",
        "Line\r\n\r\nbreaks.",
        "\u2029\u2029",
        "www.Example.com and mailto:a.B@c.Dd and https://x.Yz/A.Bc",
        "(!)",
        "(?!) ",
        "No. ",
        "Mr.",
        "e.g.",
        "a.");
  }

  @ParameterizedTest
  @MethodSource("hostileInputs")
  void hostileInputsGiveValidSentences(String text) {
    assertValid(text, SEGMENTER.split(text));
  }

  @Test
  void randomTextsGiveValidSentences() {
    String[] alphabet = {
      ".", "!", "?", "\u2026", "\"", "'", "\u201D", ")", "(", " ", " ", "\n", "\u00A0", "A", "b", "Mr",
      "U", "S", "1", "@", ":", "/", "\uD800", "\uDC00", "\uD83D\uDE00", "\u2029", "p.m", "e.g", "No", "et al"
    };
    Random random = new Random(20240229);
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String t = text.toString();
      assertValid(t, SEGMENTER.split(t));
    }
  }

  /**
   * Linear time, checked without a clock: the segmenter may read each character only a bounded
   * number of times, on 1 MB inputs built to provoke look-back and look-ahead.
   */
  @ParameterizedTest
  @MethodSource("megabyteInputs")
  void readsEachCharacterABoundedNumberOfTimes(String pattern) {
    String text = pattern.repeat(1_000_000 / pattern.length());
    CountingSequence counting = new CountingSequence(text);
    List<TextRange> sentences = SEGMENTER.split(counting);
    assertValid(text, sentences);
    assertTrue(
        counting.reads <= 12L * text.length(),
        "read " + counting.reads + " characters of a text of " + text.length());
  }

  static Stream<String> megabyteInputs() {
    return Stream.of(
        "a",
        "a.",
        "A.",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.Ab",
        "x.Ab",
        "://a.Bc",
        "Mr. ",
        "U.S. ",
        ". ",
        "...",
        "IIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIII",
        "No. IIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIIII",
        " \n \n",
        "\uD83D\uDE00.",
        "\uD800");
  }

  @Test
  void oneMegabyteWithoutSpacesIsOneSentence() {
    String text = "abc".repeat(350_000);
    assertEquals(List.of(new TextRange(0, text.length())), SEGMENTER.split(text));
  }

  /** Sentences in order, inside the text, not empty, trimmed, and only white space between them. */
  static void assertValid(String text, List<TextRange> sentences) {
    int previousEnd = 0;
    for (TextRange r : sentences) {
      assertTrue(r.start() >= previousEnd, () -> "overlap or disorder at " + r + " in " + sentences);
      assertTrue(r.end() <= text.length(), () -> r + " lies outside a text of length " + text.length());
      assertTrue(r.end() > r.start(), () -> "empty sentence " + r);
      assertFalse(SentenceSegmenter.isSpace(text.charAt(r.start())), () -> "untrimmed start " + r);
      assertFalse(SentenceSegmenter.isSpace(text.charAt(r.end() - 1)), () -> "untrimmed end " + r);
      for (int i = previousEnd; i < r.start(); i++) {
        assertTrue(SentenceSegmenter.isSpace(text.charAt(i)), "text outside any sentence at " + i);
      }
      previousEnd = r.end();
    }
    for (int i = previousEnd; i < text.length(); i++) {
      assertTrue(SentenceSegmenter.isSpace(text.charAt(i)), "text outside any sentence at " + i);
    }
  }

  static List<String> texts(String text, List<TextRange> ranges) {
    List<String> out = new ArrayList<>();
    for (TextRange r : ranges) {
      out.add(text.substring(r.start(), r.end()));
    }
    return out;
  }

  /** A text that counts how many characters are read from it. */
  private static final class CountingSequence implements CharSequence {
    private final String text;
    long reads;

    CountingSequence(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      reads += end - start;
      return text.substring(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
