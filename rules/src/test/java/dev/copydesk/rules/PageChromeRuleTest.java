package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.HtmlContent;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.testing.RuleTester;
import java.util.List;
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
    List<Finding> found = tester.assertFlags(
        Format.TEXT,
        "Budget passes\n\nThe council approved the budget on Monday after a long debate.\n\n"
            + "«Related posts\n\nMayor opens new library\n\nSchools to get more teachers»\n\n"
            + "The vote was 7 to 2, and the budget takes effect in April.\n");
    assertEquals(
        "\"Related posts\" and the 2 items under it are a related-content list, page chrome rather than article text:"
            + " delete them from the body.",
        found.get(0).message());
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

  private static final String INTRO = "Budget passes\n\nThe council approved the budget on Monday after a long debate.\n\n";

  @Test
  void flagsCommentCountsAndCommentSectionHeadings() {
    tester.assertFlags(
        Format.TEXT,
        INTRO + "«12 Comments»\n\n«No Comments»\n\n«One thought on \u201CBudget passes\u201D»\n\n«Comments (3)»\n\n«View all 40 comments»\n\n"
            + "«Be the first to comment on this story.»\n");
  }

  @Test
  void leavesCountsOfThoughtsAndCommentsInProseAlone() {
    tester.assertClean(
        Format.TEXT,
        INTRO + "Two thoughts on the budget dominated the meeting.\n\nNo comments were made at the hearing.\n\n"
            + "Three replies came from residents.\n\n\u201CNo comment.\u201D\n");
  }

  @Test
  void flagsShareButtonsAndBarsOfThem() {
    tester.assertFlags(
        Format.TEXT,
        INTRO + "«Share on WhatsApp»\n\n«Facebook Twitter Email»\n\n«Print this article»\n\n«Share this with LinkedIn»\n\n"
            + "«%d bloggers like this:»\n");
  }

  @Test
  void leavesSentencesAboutSharingAndPrintingAlone() {
    tester.assertClean(
        Format.TEXT,
        INTRO + "Print and email copies were sent to every member.\n\nShare prices fell by 5% after the vote on Monday.\n\n"
            + "Facebook and Twitter both declined to comment.\n");
  }

  @Test
  void flagsCookieConsentAndPrivacyChoiceLinks() {
    tester.assertFlags(
        Format.TEXT,
        INTRO + "«Your Privacy Choices»\n\n«Online tracking choices»\n\n"
            + "«By clicking \u201CAccept\u201D, you agree to the storing of cookies on your device.»\n\n"
            + "«We value your privacy. We and our partners store and access information on your device.»\n");
  }

  @Test
  void leavesHowToHeadingsAndSentencesAboutConsentAlone() {
    tester.assertClean(
        Format.MARKDOWN,
        "# Set up your phone\n\n## Privacy settings\n\nOpen the settings app.\n\n"
            + "By clicking the link, readers can see the full report.\n");
  }

  @Test
  void flagsTagAndCategoryLines() {
    tester.assertFlags(
        Format.TEXT,
        INTRO + "«Tags: budget, council, schools»\n\n«Posted in Local News»\n\n«Filed Under: Politics, Budget»\n");
  }

  @Test
  void leavesSentencesThatStartLikeTagLinesAlone() {
    tester.assertClean(
        Format.TEXT,
        INTRO + "Posted in the town hall was a notice about the vote.\n\nFiled under protest, the appeal was heard in May.\n");
  }

  @Test
  void flagsOffersOfARegularDigest() {
    tester.assertFlags(
        Format.TEXT,
        INTRO + "«Don't have time to read every post? Receive a daily list of must-read stories.»\n\n"
            + "«Get our weekly roundup of the best reads.»\n");
  }

  @Test
  void leavesDigestsMentionedInProseAlone() {
    tester.assertClean(
        Format.TEXT,
        INTRO + "Members receive a daily list of cases from the court clerk.\n\n"
            + "The clerk said she would get a weekly summary of the cases to the council.\n");
  }

  @Test
  void takesInTheHeadlinesUnderFurtherHeadings() {
    tester.assertFlags(
        Format.MARKDOWN,
        "# Budget passes\n\nThe council approved the budget on Monday after a long debate.\n\n"
            + "## «Further reading\n\nMayor opens new library\n\nSchools to get more teachers»\n");
  }

  @Test
  void judgesEachLinkOfABarOfLinksInHtml() {
    tester.assertFlags(
        Format.HTML,
        "<article><h1>Stir-fried okra</h1><p>Okra is best cooked fast, over a high flame, with little oil.</p>"
            + "<div><a href=\"#recipe\">Jump to Recipe</a><a href=\"#print\">«Print Recipe»</a></div>"
            + "<p>Wash the okra and dry it well before you cut it.</p></article>");
  }

  @Test
  void flagsSiteFurnitureLinksStandingAloneInHtmlAsOneRun() {
    List<Finding> found = RuleTester.forRule(new PageChromeRule()).htmlContent(HtmlContent.PAGE).assertFlags(
        Format.HTML,
        "<body><article><h1>Budget passes</h1><p>The council approved the budget on Monday after a long debate.</p>"
            + "<p>The vote was seven to two.</p></article>"
            + "<footer><ul><li><a href=\"/privacy\">«Privacy Policy</a></li><li><a href=\"/terms\">Terms of Use</a></li>"
            + "<li><a href=\"/contact\">Contact Us»</a></li></ul></footer></body>");
    assertEquals(
        "\"Privacy Policy\" and the 2 links after it: each is a site-furniture link (legal, account, contact or feed"
            + " link), page chrome rather than article text: delete them from the body.",
        found.get(0).message());
  }

  @Test
  void flagsSiteFurnitureLinksInsideTheArticleElement() {
    tester.assertFlags(
        Format.HTML,
        "<article><h1>Budget passes</h1><p>The council approved the budget on Monday after a long debate.</p>"
            + "<p>The vote was seven to two.</p><p><a href=\"/privacy\">«Privacy</a> | <a href=\"/rss\">RSS»</a></p></article>");
  }

  @Test
  void leavesFurnitureWordsAloneWhenTheyAreNotALinkStandingAlone() {
    tester.assertClean(
        Format.HTML,
        "<article><h1>Our privacy policy</h1><h2>Privacy Policy</h2><p>We collect your email address only.</p>"
            + "<p>Read our <a href=\"/privacy\">Privacy Policy</a> before you sign up for an account.</p>"
            + "<p><a href=\"/news/library\">Mayor opens new library</a></p><h2>Contact us</h2>"
            + "<p>Write to the editor at the address below.</p></article>");
    tester.assertClean(
        Format.MARKDOWN,
        "# Help\n\nOur office answers questions.\n\n[Contact us](/contact)\n\n- [Privacy Policy](/privacy)\n");
  }
}
