package dev.copydesk.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Metadata;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.testing.CollectingContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The grammar rule on articles whose blocks carry the text maps of parsed Markdown and HTML (built by
 * {@link SimulatedParse}, so these tests do not depend on the parsers): findings land on the exact
 * source characters, markup and code are never checked, configuration turns LanguageTool rules off.
 * {@link MarkupPositionsTest} runs such fixtures through the real parsers and the engine.
 */
class GrammarRuleTest {

  private static final GrammarRule RULE = new GrammarRule();

  private static List<CollectingContext.Reported> run(Article article, Map<String, Object> options) {
    return CollectingContext.run(RULE, article, options);
  }

  private static void assertMarkdownFlags(String marked) {
    Marked m = Marked.parse(marked);
    assertSpans(m, run(SimulatedParse.markdown(m.source(), Metadata.empty()), Map.of()));
  }

  private static void assertHtmlFlags(String marked) {
    Marked m = Marked.parse(marked);
    assertSpans(m, run(SimulatedParse.html(m.source(), Metadata.empty()), Map.of()));
  }

  private static void assertSpans(Marked m, List<CollectingContext.Reported> reported) {
    List<Span> actual = reported.stream().map(CollectingContext.Reported::span).sorted().toList();
    assertEquals(
        m.describe(m.spans()),
        m.describe(actual),
        () -> "messages: " + reported.stream().map(CollectingContext.Reported::message).toList());
  }

  @Test
  void findingInsideMarkdownLinkTextLandsOnTheWordNotTheBrackets() {
    assertMarkdownFlags("The council approved [«a» apple orchard](https://example.com/a-apple) on Monday.\n");
  }

  @Test
  void findingInsideMarkdownEmphasisLandsInsideTheMarks() {
    assertMarkdownFlags("The mayor said he *«go»* to Brussels every week.\n\nShe said he **«go»** there too.\n");
  }

  @Test
  void findingAcrossEmphasisCoversTheMarkupBetweenButOffersNoFixThatWouldDeleteIt() {
    Marked m = Marked.parse("The report was on «the *the»* table.\n");
    List<CollectingContext.Reported> r = run(SimulatedParse.markdown(m.source(), Metadata.empty()), Map.of());
    assertSpans(m, r);
    assertEquals(List.of(), r.get(0).fixes(), "a fix over 'the *the' would delete the emphasis mark");
  }

  @Test
  void findingInPlainTextCarriesSuggestionsAsFixesAndTheLanguageToolIdInBrackets() {
    Marked m = Marked.parse("The report was on «the the» table.\n");
    List<CollectingContext.Reported> r = run(SimulatedParse.markdown(m.source(), Metadata.empty()), Map.of());
    assertSpans(m, r);
    assertEquals(List.of(Fix.replace(m.spans().get(0), "the")), r.get(0).fixes());
    assertTrue(r.get(0).message().endsWith(" [ENGLISH_WORD_REPEAT_RULE]"), r.get(0).message());
    assertTrue(!r.get(0).message().contains("<suggestion>"), r.get(0).message());
  }

  @Test
  void findingsInsideHtmlElementsLandOnTheSourceCharacters() {
    assertHtmlFlags(
        "<html><head><title>He go home</title></head><body>"
            + "<h1>Council budget</h1>"
            + "<p>The mayor resigned after <a href=\"/story\">«a»</a> apple scandal.</p>"
            + "<p>Profits &amp; losses rose, and he <em>«go»</em> to Brussels.</p>"
            + "</body></html>");
  }

  @Test
  void entitiesReadAsTheirCharactersAndStayWholeInSpans() {
    // "&amp;" reads as "&": without it LanguageTool would see "Profits amp losses" or "Profits & losses" shifted.
    assertHtmlFlags("<p>Smith&nbsp;&amp;&nbsp;Jones said he «go» to work.</p>");
  }

  @Test
  void frontMatterAndCodeBlocksAreNeverChecked() {
    assertMarkdownFlags(
        "---\ntitle: He go home with a apple\nauthor: the the\n---\n"
            + "The mayor said he «go» to Brussels.\n\n"
            + "```\nhe go home with a apple and the the\n```\n\n"
            + "The council met on Monday.\n");
  }

  @Test
  void inlineCodeUrlsAndAddressesAreNeverChecked() {
    // The same errors outside code are flagged; inside code, URLs and addresses they are not.
    assertMarkdownFlags("Type «a» apple to start.\n");
    assertMarkdownFlags("Type `a apple` to start.\n");
    assertMarkdownFlags("Type ``he go home`` to start.\n");
    assertMarkdownFlags("See https://example.com/he-go/the-the/a-apple for details.\n");
    assertMarkdownFlags("Write to the.the@example.com or see www.example.com/a/apple today.\n");
    assertHtmlFlags("<p>Type <code>a apple</code> or <kbd>he go</kbd> to start.</p>");
  }

  @Test
  void disabledRuleIdsAndCategoriesAreNotReported() {
    Marked m = Marked.parse("The mayor said he «go» to Brussels with «a» apple.\n");
    Article a = SimulatedParse.markdown(m.source(), Metadata.empty());
    assertSpans(m, run(a, Map.of()));

    List<CollectingContext.Reported> withoutAgreement = run(a, Map.of("disable-rules", List.of("HE_VERB_AGR")));
    assertEquals(List.of("a"), withoutAgreement.stream().map(r -> r.text(m.source())).toList());

    List<CollectingContext.Reported> withoutGrammarCategory = run(a, Map.of("disable-categories", List.of("GRAMMAR")));
    assertEquals(List.of("a"), withoutGrammarCategory.stream().map(r -> r.text(m.source())).toList());

    // An explicitly enabled rule wins over its disabled category.
    List<CollectingContext.Reported> reenabled =
        run(a, Map.of("disable-categories", List.of("GRAMMAR"), "enable-rules", List.of("HE_VERB_AGR")));
    assertEquals(List.of("go", "a"), reenabled.stream().map(r -> r.text(m.source())).toList());
  }

  @Test
  void newsBaselineRulesAreOffUnlessEnabled() {
    // A quotation running over paragraphs opens each paragraph without closing it: news convention.
    Article a = SimulatedParse.markdown("The minister said: \"We will act.\n\n\"Nobody doubts it.\"\n", Metadata.empty());
    assertEquals(List.of(), run(a, Map.of()));
    List<CollectingContext.Reported> enabled = run(a, Map.of("enable-rules", List.of("EN_UNPAIRED_QUOTES")));
    assertEquals(1, enabled.size(), enabled.toString());
    assertTrue(enabled.get(0).message().endsWith("[EN_UNPAIRED_QUOTES]"), enabled.get(0).message());
  }

  @Test
  void caseSpecificIdsShownInMessagesCanBeDisabled() {
    // EN_COMPOUNDS reports each compound under an id of its own, which LanguageTool cannot turn off.
    Article a = SimulatedParse.markdown("The firm sells anti-virus software to banks.\n", Metadata.empty());
    List<CollectingContext.Reported> compounds = run(a, Map.of("enable-rules", List.of("EN_COMPOUNDS")));
    assertEquals(1, compounds.size(), compounds.toString());
    assertTrue(compounds.get(0).message().endsWith("[EN_COMPOUNDS_ANTI_VIRUS]"), compounds.get(0).message());
    assertEquals(
        List.of(),
        run(a, Map.of("enable-rules", List.of("EN_COMPOUNDS"), "disable-rules", List.of("EN_COMPOUNDS_ANTI_VIRUS"))));
  }

  @Test
  void spellingMistakesAreLeftToTheSpellingRule() {
    assertMarkdownFlags("The councl approved the budjet on Monday.\n");
  }

  @Test
  void articlesInAnotherLanguageAreSkipped() {
    Metadata french = Metadata.builder().language("fr").build();
    Article a = SimulatedParse.markdown("The mayor said he go to Brussels.\n", french);
    assertEquals(List.of(), run(a, Map.of()));
  }

  @Test
  void longArticlesAreCheckedInChunksWithTheSamePositions() {
    StringBuilder sb = new StringBuilder("---\ntitle: Chunks\n---\n");
    for (int i = 0; i < 30; i++) {
      sb.append(OPENINGS[i % OPENINGS.length]).append(", paragraph ").append(i).append(" says, the *council* met.\n\n");
      if (i % 7 == 3) {
        sb.append("The mayor said he *«go»* to [Brussels](https://example.com) often.\n\n");
      }
    }
    Marked m = Marked.parse(sb.toString());
    Article a = SimulatedParse.markdown(m.source(), Metadata.empty());
    assertTrue(AnnotatedSource.of(a, 200).chunks().size() > 5);
    CheckerSettings settings = CheckerSettings.grammar(EnglishVariant.US, List.of(), List.of(), List.of(), List.of());
    List<CollectingContext.Reported> chunked =
        CollectingContext.collect(RULE, a, ctx -> LanguageToolCheck.run(a, ctx, settings, reportAll(), 200));
    assertSpans(m, chunked);
    assertEquals(run(a, Map.of()), chunked);
  }

  private static final String[] OPENINGS = {"On Monday", "Officials said", "Later", "Critics argued", "Meanwhile", "Residents said", "Earlier"};

  private static LanguageToolCheck.Reporting reportAll() {
    return new LanguageToolCheck.Reporting() {
      @Override
      public boolean reports(org.languagetool.rules.RuleMatch match, String flagged) {
        return true;
      }

      @Override
      public String message(org.languagetool.rules.RuleMatch match, String flagged) {
        return LanguageToolCheck.plainMessage(match.getMessage());
      }
    };
  }
}
