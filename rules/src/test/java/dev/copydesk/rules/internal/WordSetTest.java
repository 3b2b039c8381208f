package dev.copydesk.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

  @Test
  void answersAsTheSetItWasBuiltFromDoes() {
    Set<String> words = Set.of("experts", "analysts", "a", "", "été", "x-ray", "supercalifragilisticexpialidocious-ly", "añejo", "ex");
    WordSet set = WordSet.of(words);
    List<String> asked = List.of("experts", "expert", "analysts", "analyst", "a", "b", "", "été", "éte", "x-ray", "x-rays",
        "supercalifragilisticexpialidocious-ly", "supercalifragilisticexpialidocious-lz", "Experts", "7", "añejo", "anejo", "añ", "ex", "ez", "e");
    for (String w : asked) {
      assertEquals(words.contains(w), set.contains(w), w);
    }
    Random rnd = new Random(3);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = rnd.nextInt(9);
      for (int k = 0; k < n; k++) {
        sb.append("aeilnprstxéñ".charAt(rnd.nextInt(12)));
      }
      String w = sb.toString();
      assertEquals(words.contains(w), set.contains(w), w);
    }
  }
}
