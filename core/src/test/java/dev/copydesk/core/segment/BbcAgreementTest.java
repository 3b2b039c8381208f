package dev.copydesk.core.segment;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Copydesk's sentences against LanguageTool's on every paragraph of the BBC News corpus (2,225
 * articles, about 12,800 paragraphs and 31,000 boundaries inside them; no sampling). Skipped when
 * the shared corpus is absent. LanguageTool's splitter takes a few seconds for it.
 *
 * <p>Agreement is defined in {@link BoundaryAgreement}: boundaries inside paragraphs, compared as
 * offsets. Both recall (LanguageTool's boundaries that we find) and precision (ours that
 * LanguageTool also finds) must reach 99.5%; the disagreements that remain are mostly LanguageTool's
 * mistakes, listed by the benchmark.
 */
class BbcAgreementTest {

  @Test
  void agreesWithLanguageToolOnTheBbcCorpus() {
    Optional<BbcCorpus> corpus = BbcCorpus.locate();
    assumeTrue(corpus.isPresent(), "BBC corpus not found under copydesk.corpus or ../shared/corpus");
    assumeTrue(corpus.get().files().size() > 2000, "BBC corpus incomplete: " + corpus.get().root());
    BoundaryAgreement agreement = new BoundaryAgreement();
    for (BbcCorpus.Paragraph p : corpus.get().allParagraphs()) {
      agreement.add(
          p.source(), p.text(), SentenceSegmenter.english().split(p.text()), LanguageToolSentences.split(p.text()));
    }
    String summary = agreement.summary();
    System.out.println("[BbcAgreementTest] " + summary);
    assertTrue(agreement.referenceBoundaries() > 25_000, summary);
    assertTrue(agreement.recall() >= 0.995, summary);
    assertTrue(agreement.precision() >= 0.995, summary);
    assertTrue(agreement.f1() >= 0.995, summary);
  }
}
