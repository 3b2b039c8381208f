package dev.copydesk.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DerivationTest {

  @Test
  void computesWithItsFunctionAndNamesItselfWhenTheFunctionGivesNull() {
    Derivation<String, Integer> length = Derivation.of("text length", String::length);
    assertEquals(5, length.compute("words"));
    Derivation<String, Integer> broken = Derivation.of("broken view", s -> null);
    NullPointerException e = assertThrows(NullPointerException.class, () -> broken.compute("words"));
    assertEquals("derivation 'broken view' returned null", e.getMessage());
  }
}
