package dev.copydesk.core.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Guards the main-content choice against the corpus's gold labels (skipped when the corpus is absent):
 * the Scrapinghub benchmark's human article bodies, and trafilatura's "with" segments that the main
 * text must hold. The floors sit a little under the measured figures, so a change that makes the
 * choice worse fails here.
 */
class MainContentBenchmarkTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Path corpus(String folder) {
    String dir = System.getProperty("copydesk.corpus");
    Path p = dir == null ? null : Path.of(dir, folder);
    assumeTrue(p != null && Files.isDirectory(p), "corpus folder absent: " + p);
    return p;
  }

  private static String mainText(Article a) {
    StringBuilder sb = new StringBuilder();
    for (Block b : a.blocks()) {
      sb.append(b.text()).append('\n');
    }
    return sb.toString();
  }

  private static Map<String, Integer> words(String s) {
    Map<String, Integer> m = new HashMap<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        m.merge(w, 1, Integer::sum);
      }
    }
    return m;
  }

  @Test
  void scrapinghubGoldBodiesAreFound() throws IOException {
    Path root = corpus("scrapinghub-article-extraction-benchmark");
    JsonNode gold = JSON.readTree(root.resolve("ground-truth.json").toFile());
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    int n = 0;
    for (Map.Entry<String, JsonNode> e : gold.properties()) {
      Path page = root.resolve("html/" + e.getKey() + ".html.gz");
      if (!Files.exists(page)) {
        continue;
      }
      String html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Map<String, Integer> got = words(mainText(Parsed.PARSER.parse(e.getKey(), html, Format.HTML).article()));
      Map<String, Integer> want = words(e.getValue().get("articleBody").asText());
      int common = 0;
      int wanted = 0;
      int found = 0;
      for (Map.Entry<String, Integer> w : want.entrySet()) {
        wanted += w.getValue();
        common += Math.min(w.getValue(), got.getOrDefault(w.getKey(), 0));
      }
      for (int c : got.values()) {
        found += c;
      }
      double p = found == 0 ? 0 : (double) common / found;
      double r = wanted == 0 ? 0 : (double) common / wanted;
      precision += p;
      recall += r;
      f1 += p + r == 0 ? 0 : 2 * p * r / (p + r);
      n++;
    }
    System.out.printf(Locale.ROOT, "main content, Scrapinghub (%d pages): word precision %.3f, recall %.3f, F1 %.3f%n", n, precision / n, recall / n, f1 / n);
    assertTrue(n > 100, "pages: " + n);
    assertTrue(recall / n >= 0.97, "recall " + recall / n);
    assertTrue(f1 / n >= 0.86, "F1 " + f1 / n);
  }

  @Test
  void trafilaturaMainTextHoldsTheWithSegments() throws IOException {
    Path root = corpus("trafilatura-eval-en-sample");
    JsonNode records = JSON.readTree(root.resolve("evaldata-subset.json").toFile());
    int with = 0;
    int withFound = 0;
    int chrome = 0;
    int chromeKept = 0;
    for (JsonNode r : records) {
      byte[] bytes = Files.readAllBytes(root.resolve("pages/" + r.get("file").asText()));
      SourceDecoder.Decoded d = SourceDecoder.utf8().decode(bytes);
      String html = d.ok() ? d.text() : new String(bytes, Charset.forName("windows-1252"));
      String text = normalize(mainText(Parsed.PARSER.parse("t", html, Format.HTML).article()));
      String page = normalize(Jsoup.parse(html).text());
      for (JsonNode w : r.get("with")) {
        with++;
        if (text.contains(normalize(w.asText()))) {
          withFound++;
        }
      }
      for (JsonNode w : r.get("without")) {
        String s = normalize(w.asText());
        if (page.contains(s)) {
          chrome++;
          if (text.contains(s)) {
            chromeKept++;
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "main content, trafilatura: %d of %d main-text segments found; %d of %d chrome segments kept for the rules%n",
        withFound, with, chromeKept, chrome);
    assertTrue(withFound >= 0.88 * with, withFound + " of " + with);
  }

  private static String normalize(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
