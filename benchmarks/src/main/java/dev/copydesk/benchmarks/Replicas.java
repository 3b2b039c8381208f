package dev.copydesk.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a corpus's articles to disk again and again, round-robin, until there are as many files as
 * asked for: {@code copy-000/business/001.txt}, {@code copy-001/business/001.txt}, ... A large
 * content repository made from a small corpus, for whole-run figures. Copies are identical to their
 * original; files are written as UTF-8.
 *
 * <p>Stateless; thread-safe as long as two callers do not write into the same folder.
 */
public final class Replicas {

  private Replicas() {}

  /** Writes {@code count} files under {@code dir} and returns them in the order written. */
  public static List<Path> write(Corpus corpus, int count, Path dir) throws IOException {
    if (corpus.size() == 0) {
      throw new IllegalArgumentException("empty corpus " + corpus.name());
    }
    List<Path> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Corpus.Article a = corpus.articles().get(i % corpus.size());
      String copy = String.format(Locale.ROOT, "copy-%03d", i / corpus.size());
      Path f = dir.resolve(copy).resolve(a.id());
      Files.createDirectories(f.getParent());
      Files.writeString(f, a.text(), StandardCharsets.UTF_8);
      out.add(f);
    }
    return out;
  }
}
