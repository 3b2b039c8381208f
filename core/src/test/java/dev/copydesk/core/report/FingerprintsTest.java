package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The words around a finding that its fingerprint keeps: runs of letters and digits after NFKC. */
class FingerprintsTest {

  @Test
  void contextWordsAreRunsOfLettersAndDigitsAfterCompatibilityNormalization() {
    String text = "One, two; THREE-four \u4E94\u516D x\u00B2 \uD835\uDC00\uD835\uDC01 end.";
    // NFKC makes the superscript two a digit and the mathematical bold capitals plain letters.
    assertEquals("four \u4E94\u516D x2 ab end", Fingerprints.lastWords(text, 5));
    assertEquals("one two three", Fingerprints.firstWords(text, 3));
    assertEquals("one two three four \u4E94\u516D x2 ab end", Fingerprints.lastWords(text, 50), "all of them when there are fewer");
    assertEquals("", Fingerprints.lastWords(" \u2014 ", 5));
  }
}
