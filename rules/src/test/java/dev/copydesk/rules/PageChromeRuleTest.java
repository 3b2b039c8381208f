package dev.copydesk.rules;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PageChromeRuleTest {

  private final RuleTester tester = RuleTester.forRule(new PageChromeRule());

  @Test
  void flagsACommentFormHeading() {
    tester.assertFlags(Format.TEXT, "Budget passes\n\nThe council approved the budget.\n\n«Leave a Reply»\n");
  }

  @Test
  void leavesPhrasesInsideSentencesAlone() {
    tester.assertClean(Format.TEXT, "Budget passes\n\nShe did not leave a reply to the council's letter.\n");
  }

  @Test
  void flagsABlockThatStartsWithAChromePhrase() {
    tester.assertFlags(
        Format.TEXT,
        "Budget passes\n\nThe council approved the budget.\n\n"
            + "«Your email address will not be published. Required fields are marked *»\n");
  }

  @Test
  void flagsShareCountsAndAdvertisementMarkers() {
    tester.assertFlags(
        Format.TEXT,
        "Budget passes\n\n«7k SHARES SHARE THIS STORY»\n\nThe council approved the budget on Monday.\n\n"
            + "«Advertisement - story continues below»\n\nIt takes effect in April.\n");
  }

  @Test
  void flagsNewsletterPromptsByShape() {
    tester.assertFlags(
        Format.TEXT,
        "Budget passes\n\nThe council approved the budget.\n\n"
            + "«Never miss the latest news by signing up to our newsletter.»\n\n"
            + "«Filter out the noise and nurture your inbox with advice from our editors.»\n");
  }

  @Test
  void takesInTheHeadlinesUnderARelatedHeading() {
    tester.assertFlags(
        Format.TEXT,
        "Budget passes\n\nThe council approved the budget on Monday after a long debate.\n\n"
            + "«Related posts\n\nMayor opens new library\n\nSchools to get more teachers»\n\n"
            + "The vote was 7 to 2, and the budget takes effect in April.\n");
  }

  @Test
  void judgesLinesOfPlainTextOnTheirOwn() {
    tester.assertFlags(
        Format.TEXT,
        "Budget passes\n\nThe council approved the budget.\n«Share this:»\n«Click to share on Twitter (Opens in new window)»\n");
  }

  @Test
  void leavesWrappedProseLinesAlone() {
    tester.assertClean(
        Format.TEXT,
        "Budget passes\n\nThe council approved the budget after a debate that ran until\n"
            + "comments from the public were heard, and then adjourned.\n");
  }

  @Test
  void flagsCookieNoticesAndCopyrightFooters() {
    tester.assertFlags(
        Format.TEXT,
        "Budget passes\n\nThe council approved the budget.\n\n"
            + "«Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.»\n\n"
            + "«© 2020 CBS Interactive Inc. All Rights Reserved.»\n");
  }

  @Test
  void leavesArticleTextThatMentionsNewslettersAlone() {
    tester.assertClean(
        Format.TEXT,
        "Budget passes\n\nThe council's newsletter, sent to 40,000 homes, said the budget would pass. Follow us to"
            + " stay up to date on industry trends.\n\nRead the full report on the council's website before the"
            + " vote on Tuesday.\n");
  }

  @Test
  void flagsChromeInMarkdownParagraphs() {
    tester.assertFlags(Format.MARKDOWN, "# Budget passes\n\nThe council approved the budget.\n\n«Related Articles»\n");
  }
}
