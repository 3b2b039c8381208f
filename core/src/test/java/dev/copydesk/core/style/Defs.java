package dev.copydesk.core.style;

import dev.copydesk.core.testing.RuleTester;

/** Rules from definitions written in a test. */
final class Defs {

  private Defs() {}

  /** The single rule {@code yaml} defines. */
  static StyleRule rule(String yaml) {
    StyleSet set = StyleLoader.parse(yaml, "test.yml");
    if (set.rules().size() != 1) {
      throw new AssertionError("expected one rule, got " + set.rules());
    }
    return set.rules().get(0);
  }

  static RuleTester tester(String yaml) {
    return RuleTester.forRule(rule(yaml));
  }
}
