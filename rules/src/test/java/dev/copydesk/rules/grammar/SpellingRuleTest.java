package dev.copydesk.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Metadata;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.testing.CollectingContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The spelling rule: dictionary misses flagged with fixes; vocabulary, options and authors accepted. */
class SpellingRuleTest {

  private static List<String> flagged(SpellingRule rule, Article article, Map<String, Object> options) {
    return CollectingContext.run(rule, article, options).stream().map(r -> r.text(article.source())).toList();
  }

  private static Article markdown(String source) {
    return SimulatedParse.markdown(source, Metadata.empty());
  }

  @Test
  void flagsWordsNotInTheDictionaryWithSuggestionsAsFixes() {
    Marked m = Marked.parse("The «councl» approved the *«budjet»* on Monday.\n");
    List<CollectingContext.Reported> r = CollectingContext.run(new SpellingRule(), markdown(m.source()), Map.of());
    assertEquals(m.spans(), r.stream().map(CollectingContext.Reported::span).toList());
    CollectingContext.Reported budget = r.get(1);
    assertEquals(Fix.replace(m.spans().get(1), "budget"), budget.fixes().get(0));
    assertTrue(budget.fixes().size() <= LanguageToolCheck.MAX_FIXES, budget.fixes().toString());
    assertEquals(
        "\"budjet\" is not in the en-US dictionary: correct it, or add it to the project vocabulary if it is"
            + " right. [MORFOLOGIK_RULE_EN_US]",
        budget.message());
  }

  @Test
  void leavesGrammarToTheGrammarRule() {
    assertEquals(List.of(), flagged(new SpellingRule(), markdown("The mayor said he go to Brussels with a apple.\n"), Map.of()));
  }

  @Test
  void projectVocabularyWordsAreNotFlagged() {
    Article a = markdown("Copydesk and CopyDesk check copy; COPYDESK's checks run on Zorblat and ZORBLAT.\n");
    assertEquals(List.of("Copydesk", "CopyDesk", "COPYDESK", "Zorblat", "ZORBLAT"), flagged(new SpellingRule(), a, Map.of()));
    // "Copydesk" accepts its capitals and its possessive but not another casing; lower-case "zorblat"
    // accepts any case.
    SpellingRule withVocabulary = new SpellingRule(EnglishVariant.US, Vocabulary.of(List.of("Copydesk", "zorblat")));
    assertEquals(List.of("CopyDesk"), flagged(withVocabulary, a, Map.of()));
  }

  @Test
  void acceptOptionAndAuthorNamesAreNotFlagged() {
    String source = "Grzelczyk reports that Zorblat and Quenzig met.\n";
    Article signed = SimulatedParse.markdown(source, Metadata.builder().addAuthor("Siobhan Grzelczyk").build());
    assertEquals(List.of("Grzelczyk", "Zorblat", "Quenzig"), flagged(new SpellingRule(), markdown(source), Map.of()));
    assertEquals(List.of("Zorblat", "Quenzig"), flagged(new SpellingRule(), signed, Map.of()));
    assertEquals(List.of("Quenzig"), flagged(new SpellingRule(), signed, Map.of("accept", List.of("Zorblat"))));
  }

  @Test
  void variantComesFromTheMetadataThenTheOptionThenTheProjectDefault() {
    Article british = markdown("The colour of the theatre was discussed.\n");
    Article american = markdown("The color of the theater was discussed.\n");
    assertEquals(List.of("colour", "theatre"), flagged(new SpellingRule(), british, Map.of()));
    assertEquals(List.of(), flagged(new SpellingRule(), british, Map.of("language", "en-GB")));
    assertEquals(List.of("color", "theater"), flagged(new SpellingRule(), american, Map.of("language", "en-GB")));
    assertEquals(List.of(), flagged(new SpellingRule(EnglishVariant.GB, Vocabulary.EMPTY), british, Map.of()));

    Article declaredBritish =
        SimulatedParse.markdown(british.source(), Metadata.builder().language("en_GB").build());
    assertEquals(List.of(), flagged(new SpellingRule(), declaredBritish, Map.of("language", "en-US")));
    // Plain "en" names no variant: the option decides.
    Article declaredEnglish = SimulatedParse.markdown(british.source(), Metadata.builder().language("en").build());
    assertEquals(List.of("colour", "theatre"), flagged(new SpellingRule(), declaredEnglish, Map.of()));
    Article declaredFrench = SimulatedParse.markdown("Le budjet.\n", Metadata.builder().language("fr-FR").build());
    assertEquals(List.of(), flagged(new SpellingRule(), declaredFrench, Map.of()));
  }

  @Test
  void codeUrlsHandlesAndFrontMatterAreNeverChecked() {
    Article a =
        markdown(
            "---\ntitle: Teh budjet\n---\nRun `teh --budjet` or see https://example.com/teh-budjet and @tehbudjet.\n\n"
                + "```\nteh budjet\n```\n");
    assertEquals(List.of(), flagged(new SpellingRule(), a, Map.of()));
  }

  @Test
  void htmlEntitiesAreReadDecodedAndHyphenatedNamesAcceptedWordByWord() {
    Marked m = Marked.parse("<p>The caf&eacute; &amp; «budjet» rose, Jean-Luc Zorblat&rsquo;s plan.</p>");
    Article a = SimulatedParse.html(m.source(), Metadata.empty());
    SpellingRule rule = new SpellingRule(EnglishVariant.US, Vocabulary.of(List.of("Jean-Luc Zorblat")));
    assertEquals(m.spans(), CollectingContext.run(rule, a, Map.of()).stream().map(CollectingContext.Reported::span).toList());
  }
}
