package dev.copydesk.rules;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.testing.RuleTester;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnonymousSourceRuleTest {

  private final RuleTester tester = RuleTester.forRule(new AnonymousSourceRule());

  private static final String TITLE = "Merger talks\n\n";

  @Test
  void flagsAnonymousSourcesWithNoReason() {
    tester.assertFlags(Format.TEXT, TITLE + "The deal is close, «a source said». Shares rose.\n");
    tester.assertFlags(Format.TEXT, TITLE + "«Sources familiar with» the matter said talks had stalled. Shares fell.\n");
    tester.assertFlags(Format.TEXT, TITLE + "«A Labour source told» the BBC the vote would be close. Shares fell.\n");
    tester.assertFlags(Format.TEXT, TITLE + "Talks stalled, according to «people familiar with» the plans. Shares fell.\n");
    tester.assertFlags(Format.TEXT, TITLE + "«An official, who declined to be named», said the bid was dead. Shares fell.\n");
  }

  @Test
  void leavesSourcesWhoseAnonymityIsExplainedAlone() {
    tester.assertClean(
        Format.TEXT,
        TITLE + "A source said the deal was close. The source asked not to be named because the talks are private.\n");
    tester.assertClean(
        Format.TEXT,
        TITLE + "People familiar with the matter, who spoke on condition of anonymity because they were not authorized "
            + "to speak publicly, said talks had stalled.\n");
  }

  @Test
  void leavesThingsAndNamesCalledSourcesAlone() {
    tester.assertClean(Format.TEXT, TITLE + "Wind is a source of energy. Energy sources, said the report, are changing.\n");
    tester.assertClean(Format.TEXT, TITLE + "The Open Source Development Labs said Linux was growing.\n");
    tester.assertClean(Format.TEXT, TITLE + "Experts say renewable sources will grow.\n");
  }

  @Test
  void blocksWithoutATriggerAreSkippedBeforeAnyWordIsRead() {
    assertTrue(AnonymousSourceRule.mentionsTrigger(dev.copydesk.core.text.FoldedText.of("an official, who declined to be named, said")));
    assertTrue(AnonymousSourceRule.mentionsTrigger(dev.copydesk.core.text.FoldedText.of("unnamed officials said")));
    assertTrue(AnonymousSourceRule.mentionsTrigger(dev.copydesk.core.text.FoldedText.of("people close to the talks")));
    assertTrue(AnonymousSourceRule.mentionsTrigger(dev.copydesk.core.text.FoldedText.of("he spoke anonymously")));
    assertTrue(AnonymousSourceRule.mentionsTrigger(dev.copydesk.core.text.FoldedText.of("sources")));
    assertFalse(AnonymousSourceRule.mentionsTrigger(dev.copydesk.core.text.FoldedText.of("the minister said the talks had stalled.")));
    assertFalse(AnonymousSourceRule.mentionsTrigger(dev.copydesk.core.text.FoldedText.of("closely watched")));
    assertFalse(AnonymousSourceRule.mentionsTrigger(dev.copydesk.core.text.FoldedText.of("")));
  }
}
