package dev.copydesk.rules.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.parse.SourceDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The documents of the shared corpus ({@code copydesk.corpus}) as the linter meets them: plain files
 * (BBC text, trafilatura and L3S pages) are linted from disk through {@link Linter#lint(Path)}; the
 * gzipped Scrapinghub pages and the FakeNewsNet texts (a "text" field in JSON records) are unwrapped
 * and linted as sources in memory.
 */
final class CorpusDocs {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** One document: a file to lint from disk, or a source to lint in memory. */
  record Doc(String corpus, String id, @Nullable Path file, @Nullable String source, Format format) {

    /**
     * Lints the document. A file that is not UTF-8 gets the encoding diagnostic first, and is then
     * read again as windows-1252 (the encoding of the few old pages and the one BBC file that are not
     * UTF-8) through {@code latin}.
     */
    LintResult lint(Linter utf8, Linter latin) {
      if (file == null) {
        return utf8.lint(source, format, id);
      }
      LintResult r = utf8.lint(file);
      return isNotUtf8(r) ? latin.lint(file) : r;
    }
  }

  /** Whether a file was refused only because it is not UTF-8. */
  static boolean isNotUtf8(LintResult r) {
    return !r.isLinted() && r.diagnostics().size() == 1 && r.diagnostics().get(0).code().equals("io.encoding");
  }

  private CorpusDocs() {}

  static @Nullable Path root() {
    String dir = System.getProperty("copydesk.corpus");
    Path root = dir == null ? null : Path.of(dir);
    return root != null && Files.isDirectory(root) ? root : null;
  }

  /** Every document of every corpus folder present, in a fixed order. */
  static List<Doc> all(Path root) throws IOException {
    List<Doc> docs = new ArrayList<>();
    files(root, "bbc-news-greene-cunningham/bbc", ".txt").forEach(p -> docs.add(file("BBC News", root, p, Format.TEXT)));
    for (Path p : files(root, "fakenewsnet-v1-buzzfeed-politifact/Data", ".json")) {
      String text = jsonText(p);
      if (text != null) {
        docs.add(new Doc("FakeNewsNet", root.relativize(p).toString(), null, text, Format.TEXT));
      }
    }
    for (Path p : files(root, "scrapinghub-article-extraction-benchmark/html", ".html.gz")) {
      docs.add(new Doc("Scrapinghub", root.relativize(p).toString(), null, gunzipText(p), Format.HTML));
    }
    files(root, "trafilatura-eval-en-sample/pages", ".html").forEach(p -> docs.add(file("trafilatura", root, p, Format.HTML)));
    files(root, "l3s-gn1-boilerplate-sample/original", ".html").forEach(p -> docs.add(file("L3S-GN1 original", root, p, Format.HTML)));
    files(root, "l3s-gn1-boilerplate-sample/annotated", ".html").forEach(p -> docs.add(file("L3S-GN1 annotated", root, p, Format.HTML)));
    return docs;
  }

  private static Doc file(String corpus, Path root, Path p, Format format) {
    return new Doc(corpus, root.relativize(p).toString(), p, null, format);
  }

  private static List<Path> files(Path root, String folder, String suffix) throws IOException {
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static @Nullable String jsonText(Path p) throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    if (bytes.length == 0) {
      return null; // two records are empty files upstream
    }
    JsonNode text = JSON.readTree(bytes).get("text");
    return text != null && text.isTextual() ? text.asText() : null;
  }

  private static String gunzipText(Path p) {
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SourceDecoder.Decoded d = SourceDecoder.utf8().decode(bytes);
    if (!d.ok()) {
      d = new SourceDecoder(WINDOWS_1252).decode(bytes);
    }
    if (!d.ok()) {
      throw new IllegalStateException(p + ": " + d.diagnostic());
    }
    return d.text();
  }
}
