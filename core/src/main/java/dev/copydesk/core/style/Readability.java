package dev.copydesk.core.style;

import dev.copydesk.core.model.Token;
import java.util.List;
import java.util.Locale;

/**
 * Counts for readability formulas: sentences, words and English syllables (a vowel-group heuristic that
 * drops a silent final "e" and the "-es"/"-ed" endings that add no syllable; about right on average,
 * which is what the formulas need).
 *
 * <p>Stateless; thread-safe.
 */
final class Readability {

  /** Sentences (with at least one word), words and syllables of some text. */
  record Counts(int sentences, int words, int syllables) {
    Counts plus(Counts o) {
      return new Counts(sentences + o.sentences, words + o.words, syllables + o.syllables);
    }

    /** Flesch reading ease: 206.835 - 1.015 (words / sentences) - 84.6 (syllables / words). */
    double fleschReadingEase() {
      return 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
    }

    /** Flesch-Kincaid grade level: 0.39 (words / sentences) + 11.8 (syllables / words) - 15.59. */
    double fleschKincaidGrade() {
      return 0.39 * ((double) words / sentences) + 11.8 * ((double) syllables / words) - 15.59;
    }
  }

  static final Counts NONE = new Counts(0, 0, 0);

  private Readability() {}

  static Counts count(List<List<Token>> sentences) {
    int s = 0;
    int w = 0;
    int y = 0;
    for (List<Token> sentence : sentences) {
      int words = 0;
      for (Token t : sentence) {
        if (t.isWord()) {
          words++;
          y += syllables(t.text());
        }
      }
      if (words > 0) {
        s++;
        w += words;
      }
    }
    return new Counts(s, w, y);
  }

  /** Syllables in an English word; at least one. */
  static int syllables(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = Character.toLowerCase(word.charAt(i));
      if (c >= 'a' && c <= 'z') {
        sb.append(c);
      } else if (Character.isLetter(c)) {
        // Accented vowels count as vowels; other letters as consonants.
        sb.append("\u00e0\u00e1\u00e2\u00e4\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f2\u00f3\u00f4\u00f6\u00f9\u00fa\u00fb\u00fc".indexOf(c) >= 0 ? 'a' : 'b');
      }
    }
    String w = sb.toString().toLowerCase(Locale.ROOT);
    if (w.length() <= 3) {
      return 1;
    }
    if (w.endsWith("es") || w.endsWith("ed")) {
      char before = w.charAt(w.length() - 3);
      // "makes", "liked" lose a syllable; "passes", "wanted", "needed" keep it.
      boolean keeps = w.endsWith("ed") ? before == 't' || before == 'd' : "sxzhcg".indexOf(before) >= 0 || isVowel(before);
      if (!keeps) {
        w = w.substring(0, w.length() - 2);
      }
    } else if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && !w.endsWith("ye")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.startsWith("y")) {
      w = w.substring(1);
    }
    int groups = 0;
    boolean inVowel = false;
    for (int i = 0; i < w.length(); i++) {
      boolean v = isVowel(w.charAt(i));
      if (v && !inVowel) {
        groups++;
      }
      inVowel = v;
    }
    return Math.max(1, groups);
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }
}
