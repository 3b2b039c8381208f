package dev.copydesk.core.engine;

import dev.copydesk.core.model.Format;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a folder holds, said when none of its files was selected to lint: a run over a folder of
 * {@code .pdf} scans, of {@code .adoc} files, or whose include patterns match nothing would
 * otherwise report "0 files" and pass, and the user would not learn why.
 *
 * <p>Stateless and thread-safe.
 */
public final class FolderSurvey {

  /**
   * Folders a walk for articles does not enter, as Prettier and ESLint leave them out: version control's
   * own ({@code .git}, {@code .hg}, {@code .svn}) and installed packages ({@code node_modules}, whose
   * packages' README files are no articles of the repository's).
   */
  public static final Set<String> NOT_SEARCHED = Set.of(".git", ".hg", ".svn", "node_modules");

  /**
   * Whether a walk for articles leaves the folder {@code dir} out (see {@link #NOT_SEARCHED}); never the
   * folder the walk starts from, which was asked for.
   */
  public static boolean isNotSearched(Path dir, Path start) {
    Path name = dir.getFileName();
    return name != null && NOT_SEARCHED.contains(name.toString()) && !dir.equals(start);
  }

  /** Extensions named in a description, most common first. */
  private static final int NAMED = 3;

  private FolderSurvey() {}

  /**
   * Why nothing in {@code dir} was linted, as the end of a sentence: "it holds no files", "its 181
   * files are none of them an article by name (181 .pdf); articles are named .md, …", "of its 9 files,
   * the 4 articles (Markdown, HTML or text by name) are all left out by the include and exclude
   * patterns". Walks {@code dir} (without following links, and not into the folders a walk for
   * articles leaves out); a folder that cannot be listed is said to be so.
   */
  public static String whyNothingIn(Path dir) {
    return whyNothingIn(dir, List.of());
  }

  /**
   * {@link #whyNothingIn(Path)} for a walk that also leaves out the folders {@code alsoNotSearched}
   * (absolute: a build's output, say) that lie inside {@code dir}.
   */
  public static String whyNothingIn(Path dir, List<Path> alsoNotSearched) {
    int[] files = new int[2]; // all regular files; those of a known format by name
    Map<String, Integer> others = new HashMap<>();
    java.util.TreeSet<String> skipped = new java.util.TreeSet<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attributes) {
          if (isNotSearched(d, dir) || !d.equals(dir) && alsoNotSearched.contains(d.toAbsolutePath().normalize())) {
            skipped.add(d.getFileName().toString());
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (!attributes.isRegularFile() || file.getFileName() == null) {
            return FileVisitResult.CONTINUE;
          }
          String name = file.getFileName().toString();
          files[0]++;
          if (Format.fromFileName(name).isPresent()) {
            files[1]++;
          } else {
            others.merge(extension(name), 1, Integer::sum);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      return "it cannot be listed (" + e.getMessage() + ")";
    }
    if (files[0] == 0) {
      return skipped.isEmpty() ? "it holds no files"
          : "it holds no files outside " + String.join(" and ", skipped) + ", which are not searched (name such a folder to lint it)";
    }
    StringBuilder out = new StringBuilder();
    if (files[1] > 0) {
      out.append(files[1] == files[0] ? "its " : "of its " + count(files[0], "file") + ", ")
          .append(files[1] == 1 ? "the one article" : "the " + files[1] + " articles")
          .append(" (Markdown, HTML or text by name) ")
          .append(files[1] == 1 ? "is" : "are all").append(" left out by the include and exclude patterns");
      return out.toString();
    }
    out.append("its ").append(count(files[0], "file")).append(files[0] == 1 ? " is not" : " are none of them")
        .append(" an article by name (").append(extensions(others)).append("); articles are named ")
        .append(String.join(", ", knownExtensions())).append(", gzip-compressed or not (.html.gz)");
    return out.toString();
  }

  /** ".md", ".markdown", … ".txt", ".text": every extension a format is known by. */
  private static List<String> knownExtensions() {
    List<String> out = new ArrayList<>();
    for (Format f : Format.values()) {
      for (String e : f.extensions()) {
        out.add("." + e);
      }
    }
    return out;
  }

  /** "181 .pdf, 3 .json, 1 with no extension, and 2 others", most common first. */
  private static String extensions(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    List<String> named = new ArrayList<>();
    int rest = 0;
    for (int i = 0; i < sorted.size(); i++) {
      Map.Entry<String, Integer> e = sorted.get(i);
      if (i < NAMED) {
        named.add(e.getValue() + (e.getKey().isEmpty() ? " with no extension" : " " + e.getKey()));
      } else {
        rest += e.getValue();
      }
    }
    return String.join(", ", named) + (rest == 0 ? "" : ", " + rest + " other" + (rest == 1 ? "" : "s"));
  }

  /** ".pdf" for "scan.pdf", ".json.gz" for "feed.json.gz", "" for "README". */
  private static String extension(String name) {
    int end = Format.isCompressed(name) ? name.length() - 3 : name.length();
    int dot = name.lastIndexOf('.', end - 1);
    return dot <= 0 ? name.substring(end).toLowerCase(Locale.ROOT) : name.substring(dot).toLowerCase(Locale.ROOT);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
