package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RequiredTextTest {

  @Test
  void findsTheStringsInAnyCase() {
    RequiredText r = RequiredText.of(List.of(List.of("newsletter", "inbox"), List.of("subscribe")));
    assertTrue(r.mayMatch("Sign up to our NEWSLETTER"));
    assertTrue(r.mayMatch("straight to your Inbox"));
    assertTrue(r.mayMatch("Subscribe"));
    assertFalse(r.mayMatch("news letter, in box, subscrib"));
    assertFalse(r.mayMatch(""));
    // The Kelvin sign and the long s fold with k and s, as RE2 folds them.
    RequiredText k = RequiredText.of(List.of(List.of("kiosk")));
    assertTrue(k.mayMatch("the \u212Aio\u017Fk"));
  }

  /**
   * A filter of several owners' strings tells which owners' strings a text holds, reading past the first
   * it finds, in any case and whether the strings are skipped through or read character by character.
   */
  @Test
  void tellsWhoseStringsATextHolds() {
    RequiredText r = RequiredText.anyOf(List.of(List.of("Newsletter", "inbox"), List.of("daily digest"), List.of("\u00A9", "(c)", "copyright")));
    assertTrue(r.skips());
    assertEquals(0b000, r.holders("The council met on Monday."));
    assertEquals(0b001, r.holders("Sign up to our NEWSLETTER"));
    assertEquals(0b011, r.holders("Our Daily Digest, straight to your inbox"));
    assertEquals(0b100, r.holders("\u00A9 2024"));
    assertEquals(0b100, r.holders("(C) 2024"));
    assertEquals(0b111, r.holders("newsletter daily digest copyright"));
    // One string owned twice counts for both owners.
    RequiredText shared = RequiredText.anyOf(List.of(List.of("inbox"), List.of("INBOX", "mail")));
    assertEquals(0b11, shared.holders("your Inbox"));
    assertEquals(0b10, shared.holders("by mail"));
    // Strings too short to skip through: read character by character.
    RequiredText short_ = RequiredText.anyOf(List.of(List.of("ab"), List.of("cd"), List.of("ef")));
    assertFalse(short_.skips());
    assertEquals(0b101, short_.holders("xAbx, xEF"));
    assertEquals(0, short_.holders("a b c d e f"));
    // A filter with no owners says 1 for any of its strings.
    assertEquals(1, RequiredText.of(List.of(List.of("inbox"))).holders("INBOX"));
    assertEquals(0, RequiredText.of(List.of(List.of("inbox"))).holders("in box"));
  }

  /** {@link RequiredText#holders} agrees with {@link RequiredText#mayMatch} on every text. */
  @Test
  void holdersAgreesWithMayMatch() {
    Random random = new Random(11);
    String[] words = {"news", "letter", "Newsletter", "inbox", "in", "box", "DAILY", "digest", "(c)", "\u00A9", "x", "the"};
    List<List<String>> owners = List.of(List.of("newsletter"), List.of("inbox", "daily digest"), List.of("(c)", "\u00A9"));
    RequiredText all = RequiredText.anyOf(owners);
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = random.nextInt(6); w >= 0; w--) {
        text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
      }
      long holders = all.holders(text.toString());
      for (int o = 0; o < owners.size(); o++) {
        boolean holds = RequiredText.anyOf(List.of(owners.get(o))).mayMatch(text.toString());
        assertEquals(holds, (holders >>> o & 1) != 0, "owner " + o + " of \"" + text + "\"");
      }
    }
  }

  /**
   * A string or two too short for the scanner's window ("sms" among share buttons, "(c)" among copyright
   * marks) are looked for on their own, so the others are still skipped through rather than every
   * character read.
   */
  @Test
  void aFewShortStringsDoNotStopTheRestFromBeingSkippedThrough() {
    RequiredText share = RequiredText.of(List.of(List.of("facebook", "twitter", "sms", "mail", "print", "share")));
    assertTrue(share.skips());
    assertTrue(share.mayMatch("Send by SMS"));
    assertTrue(share.mayMatch("Send by \u017Fms"), "the long s is an s to RE2");
    assertTrue(share.mayMatch("Sms"));
    assertTrue(share.mayMatch("Twitter"));
    assertFalse(share.mayMatch("a small message service, or smm"));
    RequiredText copyright = RequiredText.of(List.of(List.of("(c)", "copyright", "copyleft")));
    assertTrue(copyright.skips());
    assertTrue(copyright.mayMatch("(C) 2020 CBS Interactive"));
    assertTrue(copyright.mayMatch("All text (c)"));
    assertTrue(copyright.mayMatch("COPYRIGHT 2020"));
    assertFalse(copyright.mayMatch("(d) c) (c copy right"));
    // More short strings than are left out: every character is read, and the answers are the same.
    RequiredText many = RequiredText.of(List.of(List.of("ab", "cd", "ef", "gh", "ijklmn")));
    assertFalse(many.skips());
    assertTrue(many.mayMatch("xxGHxx"));
    assertFalse(many.mayMatch("a b c d"));
  }

  /** The case variants a short string is looked for by are every character whose norm is the anchor. */
  @Test
  void everyCharacterWhoseNormIsAnAsciiCharacterIsOneOfItsVariants() {
    for (char c = 0; c < 128; c++) {
      StringBuilder expected = new StringBuilder();
      for (int v = 0; v <= Character.MAX_VALUE; v++) {
        if (RequiredText.norm((char) v) == c) {
          expected.append((char) v);
        }
      }
      assertEquals(expected.toString(), new String(RequiredText.variants(c)), "variants of U+" + Integer.toHexString(c));
    }
  }

  /**
   * Long strings are found by skipping, short ones by looking at every pair: both must say what a plain
   * search of the case-folded text says, or a pattern would lose matches to its own filter.
   */
  @Test
  void agreesWithAPlainSearchOfTheFoldedText() {
    Random rnd = new Random(23);
    String alphabet = "abkisAKIS \u212A\u017F\u0130\u0131.";
    int found = 0;
    int tried = 0;
    int skipping = 0;
    for (int round = 0; round < 400; round++) {
      int shortest = round % 2 == 0 ? 2 : 4 + rnd.nextInt(6);
      List<String> strings = new ArrayList<>();
      for (int i = 1 + rnd.nextInt(round % 3 == 0 ? 30 : 6); i > 0; i--) {
        strings.add(RequiredText.norm(random(rnd, alphabet, shortest + rnd.nextInt(4))));
      }
      RequiredText r = RequiredText.of(List.of(strings));
      skipping += r.skips() ? 1 : 0;
      for (int n = 0; n < 100; n++) {
        StringBuilder t = new StringBuilder(random(rnd, alphabet, rnd.nextInt(20)));
        if (rnd.nextInt(3) == 0) {
          // A string of the list in another case, inside the text.
          String s = strings.get(rnd.nextInt(strings.size()));
          StringBuilder variant = new StringBuilder();
          for (char c : s.toCharArray()) {
            variant.append(rnd.nextBoolean() ? Character.toUpperCase(c) : c);
          }
          t.insert(rnd.nextInt(t.length() + 1), variant);
        }
        String text = t.toString();
        String folded = RequiredText.norm(text);
        boolean expected = strings.stream().anyMatch(folded::contains);
        assertEquals(expected, r.mayMatch(text), () -> strings + " in '" + text + "'");
        found += expected ? 1 : 0;
        tried++;
      }
    }
    assertTrue(skipping > 100 && skipping < 350, "lists searched by skipping: " + skipping);
    assertTrue(found > tried / 5 && found < tried * 4 / 5, "texts holding a string: " + found + " of " + tried);
  }

  /** Texts long enough that the scanner walks them from the start and the middle at once. */
  @Test
  void agreesWithAPlainSearchOnLongTexts() {
    Random rnd = new Random(47);
    String alphabet = "abkisAKIS \u212A\u017F.";
    int found = 0;
    for (int round = 0; round < 200; round++) {
      List<String> strings = new ArrayList<>();
      for (int i = 1 + rnd.nextInt(8); i > 0; i--) {
        strings.add(RequiredText.norm(random(rnd, alphabet, 5 + rnd.nextInt(5))));
      }
      RequiredText r = RequiredText.of(List.of(strings));
      assertTrue(r.skips(), strings.toString());
      for (int n = 0; n < 20; n++) {
        StringBuilder t = new StringBuilder(random(rnd, alphabet, 80 + rnd.nextInt(300)));
        if (rnd.nextBoolean()) {
          String s = strings.get(rnd.nextInt(strings.size()));
          int at = rnd.nextBoolean() ? t.length() / 2 - rnd.nextInt(s.length()) : rnd.nextInt(t.length());
          t.insert(at, s.toUpperCase(java.util.Locale.ROOT));
        }
        String text = t.toString();
        boolean expected = strings.stream().anyMatch(RequiredText.norm(text)::contains);
        assertEquals(expected, r.mayMatch(text), () -> strings + " in '" + text + "'");
        found += expected ? 1 : 0;
      }
    }
    assertTrue(found > 1000, "texts holding a string: " + found);
  }

  private static String random(Random rnd, String alphabet, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
