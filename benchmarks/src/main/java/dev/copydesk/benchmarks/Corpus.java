package dev.copydesk.benchmarks;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.parse.SourceDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Articles held in memory for the benchmarks: the files of a folder (Markdown, HTML and text, by
 * extension), decoded once, so that timings measure parsing and linting and not the disk.
 *
 * <p>The shared corpus has plain text (BBC News) and HTML pages (trafilatura's and L3S-GN1's
 * samples) but no Markdown; {@link #asMarkdown()} writes each plain-text article as the Markdown file
 * a content repository would hold (YAML front matter with the title, one paragraph per block), so that
 * the Markdown parser is timed on the same words as the text parser.
 *
 * <p>Immutable and thread-safe.
 */
public final class Corpus {

  /** The BBC folder under the shared corpus root. */
  public static final String BBC = "bbc-news-greene-cunningham/bbc";

  /** HTML pages of the shared corpus: whole saved web pages, chrome included. */
  public static final List<String> HTML = List.of("trafilatura-eval-en-sample/pages", "l3s-gn1-boilerplate-sample/original");

  private static final Pattern BLANK_LINE = Pattern.compile("\\R[\\h]*\\R\\s*");

  /**
   * One article.
   *
   * @param id its path relative to the folder it was read from, forward slashes
   * @param format its format, from the extension
   * @param text the decoded source
   * @param bytes the size of the source as UTF-8, the unit of every MB/s figure
   */
  public record Article(String id, Format format, String text, int bytes) {
    static Article of(String id, Format format, String text) {
      return new Article(id, format, text, text.getBytes(StandardCharsets.UTF_8).length);
    }
  }

  private final String name;
  private final List<Article> articles;
  private final long bytes;

  private Corpus(String name, List<Article> articles) {
    this.name = name;
    this.articles = List.copyOf(articles);
    this.bytes = articles.stream().mapToLong(Article::bytes).sum();
  }

  /**
   * The shared corpus root: the system property {@code copydesk.corpus} (the benchmark profile sets
   * it), else {@code ../shared/corpus} from the working directory or its parent.
   */
  public static Optional<Path> sharedRoot() {
    List<Path> candidates = new ArrayList<>();
    String property = System.getProperty("copydesk.corpus");
    if (property != null && !property.isBlank()) {
      candidates.add(Path.of(property));
    }
    candidates.add(Path.of("..", "shared", "corpus"));
    candidates.add(Path.of("..", "..", "shared", "corpus"));
    return candidates.stream().filter(Files::isDirectory).findFirst();
  }

  /** A folder of the shared corpus, or a clear error naming where it was looked for. */
  public static Path shared(String folder) {
    Path root =
        sharedRoot()
            .orElseThrow(() -> new IllegalStateException(
                "shared corpus not found; set -Dcopydesk.corpus=/path/to/shared/corpus"));
    Path dir = root.resolve(folder);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(dir + " is not a folder");
    }
    return dir;
  }

  /** The BBC News corpus: 2,225 plain-text articles. */
  public static Corpus bbc() {
    return read(shared(BBC));
  }

  /** The HTML pages of the shared corpus. */
  public static Corpus html() {
    List<Article> all = new ArrayList<>();
    for (String folder : HTML) {
      all.addAll(read(shared(folder)).articles());
    }
    return new Corpus("HTML pages (" + String.join(", ", HTML) + ")", all);
  }

  /**
   * Every Markdown, HTML and text file under {@code dir}, sorted by path. Files that are not valid
   * text in UTF-8 (one BBC article has a Latin-1 pound sign) are read as Latin-1, as an editor would
   * show them.
   */
  public static Corpus read(Path dir) {
    List<Path> files = files(dir);
    List<Article> out = new ArrayList<>(files.size());
    SourceDecoder decoder = SourceDecoder.utf8();
    for (Path f : files) {
      try {
        byte[] raw = Files.readAllBytes(f);
        SourceDecoder.Decoded d = decoder.decode(raw);
        String text = d.ok() ? d.text() : new String(raw, StandardCharsets.ISO_8859_1);
        out.add(Article.of(id(dir, f), format(f), text));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f, e);
      }
    }
    return new Corpus(dir.toString(), out);
  }

  /** The Markdown, HTML and text files under {@code dir}, sorted by path. */
  public static List<Path> files(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> Format.fromFileName(p.getFileName().toString()).isPresent())
          .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.TXT"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  static String id(Path dir, Path file) {
    return dir.relativize(file).toString().replace('\\', '/');
  }

  static Format format(Path file) {
    return Format.fromFileName(file.getFileName().toString()).orElse(Format.TEXT);
  }

  /**
   * This corpus's plain-text articles as Markdown files: the first paragraph becomes the {@code title}
   * of YAML front matter, the rest stay paragraphs; ids end in {@code .md}.
   */
  public Corpus asMarkdown() {
    List<Article> out = new ArrayList<>();
    for (Article a : articles) {
      if (a.format() != Format.TEXT) {
        continue;
      }
      out.add(Article.of(a.id().replaceFirst("\\.txt$", ".md"), Format.MARKDOWN, markdown(a.text())));
    }
    return new Corpus(name + " as Markdown", out);
  }

  /** One plain-text article as a Markdown file with front matter. */
  public static String markdown(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String p : BLANK_LINE.split(text)) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip());
      }
    }
    StringBuilder md = new StringBuilder(text.length() + 64);
    int first = 0;
    if (!paragraphs.isEmpty() && paragraphs.get(0).length() <= 150 && paragraphs.get(0).indexOf('\n') < 0) {
      md.append("---\ntitle: \"").append(paragraphs.get(0).replace("\\", "\\\\").replace("\"", "\\\""))
          .append("\"\n---\n\n");
      first = 1;
    }
    for (int i = first; i < paragraphs.size(); i++) {
      md.append(paragraphs.get(i)).append("\n\n");
    }
    return md.toString();
  }

  public String name() {
    return name;
  }

  public List<Article> articles() {
    return articles;
  }

  public int size() {
    return articles.size();
  }

  /** The total size of the sources as UTF-8. */
  public long bytes() {
    return bytes;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%s: %,d articles, %.2f MB", name, size(), bytes / 1e6);
  }
}
