package dev.copydesk.rules;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.HtmlContent;
import dev.copydesk.core.model.Token;
import dev.copydesk.core.segment.PosTagger;
import dev.copydesk.core.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TruncatedTextRuleTest {

  private final RuleTester tester = RuleTester.forRule(new TruncatedTextRule());

  private static final String INTRO = "Council budget\n\nThe council approved the budget on Tuesday.\n\n";

  // --- the end of the body

  @Test
  void flagsALastParagraphWithoutTerminalPunctuation() {
    tester.assertFlags(Format.TEXT, INTRO + "It said spending would rise. «The mayor welcomed the decision»\n");
  }

  @Test
  void theMessageQuotesTheEndOfTheTextAsWritten() {
    // A symbol after the last word is part of what was written: quoted, not left out.
    var found = tester.assertFlags(Format.TEXT, INTRO + "Exports rose by 14%. «In 2003, the economy expanded by 1.3%»\n");
    org.junit.jupiter.api.Assertions.assertTrue(
        found.get(0).message().startsWith("The article's last paragraph ends without terminal punctuation at"
            + " \u201C\u20262003, the economy expanded by 1.3%\u201D"),
        found.get(0).message());
    // A cut on a comma quotes the words and names the comma apart.
    var comma = tester.assertFlags(Format.TEXT, INTRO + "It said spending would rise. «The mayor welcomed the decision,»\n");
    org.junit.jupiter.api.Assertions.assertTrue(
        comma.get(0).message().contains("\u201CThe mayor welcomed the decision\u201D: it stops on \u201C,\u201D"), comma.get(0).message());
  }

  @Test
  void leavesAFinishedLastParagraphAlone() {
    tester.assertClean(Format.TEXT, INTRO + "It said spending would rise. The mayor welcomed the decision.\n");
  }

  @Test
  void aNoBreakSpaceAfterTheFullStopDoesNotHideIt() {
    tester.assertClean(
        Format.HTML,
        "<article><h1>Council budget</h1><p>The council approved the budget on Tuesday.</p>"
            + "<p><em>It said spending would rise. The mayor welcomed the decision.&nbsp;</em></p></article>");
    tester.assertClean(Format.TEXT, INTRO + "It said spending would rise. The mayor welcomed the decision.\u00A0\n");
  }

  // A page linted whole: its end is the footer, not the end of its article.
  private static final String PAGE_HEAD =
      "<html><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>"
          + "<form><p>Search for</p></form><article><h1>Council budget</h1>"
          + "<p>The council approved the budget on Tuesday, its leader said.</p>";
  private static final String PAGE_FOOT =
      "</article><footer><p>Advanced search</p><p>Hosted by</p></footer></body></html>";

  @Test
  void aPageLintedWholeIsJudgedByItsArticleNotItsMenusAndFooter() {
    RuleTester page = RuleTester.forRule(new TruncatedTextRule()).htmlContent(HtmlContent.PAGE);

    page.assertClean(Format.HTML, PAGE_HEAD + "<p>It said spending would rise.</p>" + PAGE_FOOT);
    page.assertFlags(Format.HTML, PAGE_HEAD + "<p>It said spending would rise. «The mayor welcomed the»</p>" + PAGE_FOOT);
  }

  @Test
  void thePagesChromeIsNoPartOfTheArticle() {
    // A cookie banner with its buttons, as long as a paragraph and not ended: not the article's last.
    String banner = "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can"
        + " opt-out if you wish. Accept Read More\n";
    tester.assertClean(Format.TEXT, INTRO + "It said spending would rise.\n\n" + banner);
    // After a share bar, the article has ended: a short line there is not where it was cut.
    tester.assertClean(Format.TEXT, INTRO + "It said spending would rise.\n\nShare this:\n\nFacebook Twitter Google+\n");
    // A cut before the chrome is still found.
    tester.assertFlags(Format.TEXT, INTRO + "It said spending would rise. «The mayor welcomed the»\n\nShare this:\n\n" + banner);
  }

  @Test
  void aRowOfLinksAndWhatFollowsItAreNoPartOfTheArticle() {
    String article = "<article><h1>Council budget</h1><p>The council approved the budget on Tuesday.</p>";
    String row = "<p><a href=\"/a\">MP3 Player Stick</a> \u00B7 <a href=\"/b\">Gold price chart and history</a>"
        + " \u00B7 <a href=\"/c\">Hotelbewertungen</a></p>";
    // A row of links, then a box's title: neither is where the article was cut.
    tester.assertClean(Format.HTML, article + "<p>It said spending would rise.</p>" + row + "<p>Tools</p></article>");
    // A cut paragraph before the row is still found; a short open line there reads as an entry of it.
    tester.assertFlags(
        Format.HTML,
        article + "<p>It said spending would rise. «The mayor, who had argued for a freeze on every fee and charge in"
            + " the borough until the spring, welcomed the»</p>" + row + "</article>");
    // A link inside a sentence does not make it a row of links.
    tester.assertFlags(
        Format.HTML, article + "<p>«It said spending would rise, <a href=\"/a\">the report</a> shows»</p></article>");
  }

  @Test
  void theSameFooterEndsAnArticleThatIsAllThereIs() {
    // No element holds an article apart from the rest: the footer's open line is the body's last.
    tester.assertFlags(Format.TEXT, INTRO + "It said spending would rise.\n\n«Hosted by»\n");
  }

  @Test
  void flagsACutBeforeTrailingBylineBioAndChrome() {
    tester.assertFlags(
        Format.TEXT,
        INTRO
            + "China provides support with reservations. «The evolving dynamics between North Korean»\n\n"
            + "By Aiden Johnson\n\n"
            + "As a content writer at example.com, I have a passion for crafting engaging articles that captivate "
            + "readers and keep them coming back for more, whatever the topic and whatever the day.\n\n"
            + "Leave a Reply\n");
  }

  @Test
  void leavesTrailingLinesThatAreNotSentencesAlone() {
    tester.assertClean(
        Format.TEXT,
        INTRO
            + "The mayor welcomed the decision.\n\n"
            + "By Aiden Johnson\n\n"
            + "Featured image via Getty Images\n\n"
            + "Editing by Jane Smith\n\n"
            + "\u2014 Reuters\n\n"
            + "Source: City Hall\n\n"
            + "https://example.com/budget\n\n"
            + "Leave a Reply\n\n"
            + "Related posts\n");
  }

  @Test
  void leavesTitleCaseCapitalsLabelsAndNumbersAtTheEndAlone() {
    tester.assertClean(Format.TEXT, INTRO + "The mayor welcomed it.\n\nSchool Of Rock\n");
    tester.assertClean(Format.TEXT, INTRO + "The mayor welcomed it.\n\nHEAD TO HEAD\n");
    tester.assertClean(Format.TEXT, INTRO + "The side was unchanged. Not used: Fury, Brooks\n");
    tester.assertClean(Format.TEXT, INTRO + "The crowd was large.\n\n78,000\n");
    tester.assertClean(Format.TEXT, INTRO + "The game was quick.\n\n(seeds in brackets)\n");
  }

  @Test
  void leavesContributorNotesAndFootersAlone() {
    tester.assertClean(Format.TEXT, INTRO + "It went well.\n\nSimon Perry is the editor of the Digital Lifestyles website\n");
    tester.assertClean(Format.TEXT, INTRO + "It plays well.\n\nHalf-Life 2 is out now for the PC\n");
  }

  @Test
  void flagsTitleCaseThatEndsOnAMinorWordOrOpensWithAComma() {
    tester.assertFlags(Format.TEXT, INTRO + "The mayor welcomed it.\n\n«Production in»\n");
    tester.assertFlags(Format.TEXT, INTRO + "The mayor welcomed it. «However, Band»\n");
  }

  @Test
  void flagsAnEllipsisAfterAWordNoSentenceEndsOn() {
    tester.assertFlags(Format.TEXT, INTRO + "Subscribers get more. «All the...»\n");
    tester.assertClean(Format.TEXT, INTRO + "And then there was silence...\n");
  }

  @Test
  void flagsAQuotationLeftOpenAtTheEnd() {
    tester.assertFlags(Format.TEXT, INTRO + "The mayor said: «\u201CWe will not raise taxes this year.»\n");
    tester.assertClean(Format.TEXT, INTRO + "The mayor said: \u201CWe will not raise taxes this year.\u201D\n");
  }

  @Test
  void flagsABracketLeftOpenAtTheEnd() {
    tester.assertFlags(Format.TEXT, INTRO + "«The vote passed (by a wide margin.»\n");
    tester.assertClean(Format.TEXT, INTRO + "The side was G Thomas (Toulouse (capt); H Luscombe (Dragons).\n");
  }

  // --- paragraphs followed by more content

  @Test
  void flagsAParagraphThatStopsOnAFunctionWordBeforeMoreContent() {
    tester.assertFlags(
        Format.TEXT,
        INTRO + "«The council said it would consult residents before the»\n\nSpending will rise by 3% next year.\n");
  }

  @Test
  void leavesAParagraphWhoseSentenceCarriesOnInTheNextBlockAlone() {
    tester.assertClean(Format.TEXT, INTRO + "Promising hurdler\n\nclocked a new record of 7.98 seconds.\n");
    tester.assertClean(Format.TEXT, INTRO + "The government had claimed tobacco firms\n\n - targeted teenagers\n - lied\n");
    tester.assertClean(Format.TEXT, INTRO + "The proposals include:\n\nA new tax on sugar\n\nMore money for schools\n");
  }

  @Test
  void leavesAParagraphWithoutAFullStopInsideTheBodyAlone() {
    tester.assertClean(Format.TEXT, INTRO + "The winner last year was Belleville Rendezvous\n\nThis year the prize is larger.\n");
  }

  @Test
  void leavesListItemsAndDatelinesAlone() {
    tester.assertClean(Format.TEXT, INTRO + "The plan:\n\n- more money for schools and\n");
    tester.assertClean(Format.TEXT, INTRO + "LONDON (Reuters) -\n\nThe pound rose.\n");
  }

  @Test
  void judgesMarkdownParagraphsButNotHeadingsOrListItems() {
    tester.assertFlags(
        Format.MARKDOWN, "# Budget\n\nThe council approved the **budget**. «The mayor welcomed the»\n\n## Related\n");
    tester.assertClean(Format.MARKDOWN, "# Budget\n\nThe council approved the budget.\n\n## What happens next\n\n- more money for\n");
  }

  @Test
  void usesPartOfSpeechTagsForAttributiveAdjectives() {
    PosTagger tagger = tokens -> tokens.stream().map(TruncatedTextRuleTest::tag).toList();
    RuleTester tagged = RuleTester.forRule(new TruncatedTextRule()).posTagger(tagger);
    tagged.assertFlags(Format.TEXT, INTRO + "«It has a very important»\n\nSpending will rise next year.\n");
    tagged.assertClean(Format.TEXT, INTRO + "It is very important\n\nSpending will rise next year.\n");
  }

  private static final Map<String, List<String>> TAGS =
      Map.of("a", List.of("DT"), "very", List.of("RB"), "important", List.of("JJ"), "is", List.of("VBZ"), "has", List.of("VBZ"));

  private static List<String> tag(Token t) {
    return TAGS.getOrDefault(t.text().toLowerCase(java.util.Locale.ROOT), List.of());
  }
}
