package dev.copydesk.core.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The BBC News corpus (Greene and Cunningham, 2006) in the shared corpus folder, read as paragraphs.
 * Used by the segmentation tests here and, through the test jar, by the benchmarks.
 *
 * <p>Immutable and thread-safe.
 */
public final class BbcCorpus {

  /** The corpus's folder under the shared corpus root. */
  public static final String FOLDER = "bbc-news-greene-cunningham/bbc";

  private static final Pattern BLANK_LINE = Pattern.compile("\\R[\\h]*\\R\\s*");

  private final Path root;
  private final List<Path> files;

  private BbcCorpus(Path root, List<Path> files) {
    this.root = root;
    this.files = files;
  }

  /**
   * The corpus under the shared corpus root named by the system property {@code copydesk.corpus}
   * (surefire sets it), or else {@code ../shared/corpus} from the working directory and its parent;
   * empty when it is not there.
   */
  public static Optional<BbcCorpus> locate() {
    List<Path> candidates = new ArrayList<>();
    String property = System.getProperty("copydesk.corpus");
    if (property != null && !property.isBlank()) {
      candidates.add(Path.of(property));
    }
    candidates.add(Path.of("..", "shared", "corpus"));
    candidates.add(Path.of("..", "..", "shared", "corpus"));
    for (Path corpus : candidates) {
      Path bbc = corpus.resolve(FOLDER);
      if (Files.isDirectory(bbc)) {
        return Optional.of(open(bbc));
      }
    }
    return Optional.empty();
  }

  /** The corpus in folder {@code bbc}, which holds one folder per topic of {@code NNN.txt} files. */
  public static BbcCorpus open(Path bbc) {
    try (Stream<Path> walk = Files.walk(bbc, 2)) {
      List<Path> files =
          walk.filter(p -> p.getFileName().toString().matches("\\d+\\.txt") && Files.isRegularFile(p))
              .sorted()
              .toList();
      return new BbcCorpus(bbc, files);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + bbc, e);
    }
  }

  public Path root() {
    return root;
  }

  /** The article files, sorted by path. */
  public List<Path> files() {
    return files;
  }

  /** One article's paragraphs (the headline is the first), as they come: UTF-8, else Latin-1. */
  public static List<String> paragraphs(Path file) {
    List<String> out = new ArrayList<>();
    for (String p : BLANK_LINE.split(read(file))) {
      String paragraph = p.strip();
      if (!paragraph.isEmpty()) {
        out.add(paragraph);
      }
    }
    return out;
  }

  /**
   * The text of {@code file}: UTF-8, or Latin-1 when it is not valid UTF-8 (one file of the corpus,
   * {@code sport/199.txt}, has a Latin-1 pound sign).
   */
  public static String read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
      } catch (CharacterCodingException e) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Every paragraph of every article, in file order, with the file it came from. */
  public List<Paragraph> allParagraphs() {
    List<Paragraph> out = new ArrayList<>();
    for (Path f : files) {
      String id = root.relativize(f).toString().replace('\\', '/');
      for (String p : paragraphs(f)) {
        out.add(new Paragraph(id, p));
      }
    }
    return out;
  }

  /**
   * One paragraph of the corpus.
   *
   * @param source the article's path relative to the corpus folder, such as {@code business/001.txt}
   * @param text the paragraph, stripped of surrounding white space
   */
  public record Paragraph(String source, String text) {}
}
