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

  @Test
  void aViewMadeFromOtherViewsDerivesThemThroughTheContextItIsGiven() {
    Derivation<String, Integer> length = Derivation.of("text length", String::length);
    Derivation<String, Integer> doubled =
        Derivation.fromViews("doubled length", (String s, RuleContext context) -> 2 * context.derive(length, s));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> doubled.compute("words"));
    assertEquals("derivation 'doubled length' is made from other views: compute it with a context", e.getMessage());
    assertThrows(IllegalStateException.class, () -> doubled.compute("words", null));
    // A context that shares nothing computes both; the default derive hands itself on.
    RuleContext plain = new RuleContext() {
      @Override
      public dev.copydesk.core.model.Article article() {
        throw new UnsupportedOperationException();
      }

      @Override
      public RuleOptions options() {
        throw new UnsupportedOperationException();
      }

      @Override
      public java.util.List<java.util.List<String>> posTags(dev.copydesk.core.model.Sentence sentence) {
        throw new UnsupportedOperationException();
      }

      @Override
      public FindingBuilder at(dev.copydesk.core.model.Span span) {
        throw new UnsupportedOperationException();
      }
    };
    assertEquals(10, plain.derive(doubled, "words"));
  }
}
