package dev.copydesk.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ScrapinghubSectionTest {

  @Test
  void tokensAreCountedAsMultisetsSplitOnWhiteSpace() {
    // Shared: one "b" (the gold has one) and "c": 2 of the 4 predicted, 2 of the 3 gold.
    assertArrayEquals(new double[] {0.5, 2.0 / 3}, ScrapinghubSection.score("a b\nb  c", "b c d"), 1e-9);
    assertArrayEquals(new double[] {1.0, 1.0}, ScrapinghubSection.score("", ""), 1e-9);
    assertArrayEquals(new double[] {0.0, 0.0}, ScrapinghubSection.score("", "gold text"), 1e-9);
  }

  /**
   * Main-content selection on the Scrapinghub article-extraction benchmark: recall 0.984, F1 0.896 when
   * written (the whole page's text, the benchmark's html-text baseline, scores 0.667). It keeps the
   * chrome inside the article element on purpose, which costs precision.
   */
  @Test
  void mainContentSelectionKeepsTheGoldBody() throws IOException {
    String dir = System.getProperty("copydesk.corpus");
    Path corpus = dir == null ? null : Path.of(dir, "scrapinghub-article-extraction-benchmark");
    Assumptions.assumeTrue(corpus != null && Files.isRegularFile(corpus.resolve("ground-truth.json")), "Scrapinghub corpus absent");
    Map<String, Object> gold = CorpusJson.object(CorpusJson.parse(Files.readString(corpus.resolve("ground-truth.json"), StandardCharsets.UTF_8)));
    Map<String, Object> full = CorpusJson.object(CorpusJson.object(
        CorpusJson.parse(Files.readString(corpus.resolve("output/html-text.json"), StandardCharsets.UTF_8))).get("output"));

    ScrapinghubSection.Extraction e = ScrapinghubSection.extraction(corpus, gold, full);

    assertTrue(e.pages() >= 180, "pages " + e.pages());
    assertTrue(e.ours()[1] >= 0.96, "recall " + e.ours()[1]);
    assertTrue(ScrapinghubSection.f1(e.ours()) >= 0.87, "F1 " + ScrapinghubSection.f1(e.ours()));
    assertTrue(ScrapinghubSection.f1(e.ours()) > ScrapinghubSection.f1(e.baseline()) + 0.15, "well above the whole page's text");
  }
}
