package dev.copydesk.core.parse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.copydesk.core.internal.SafeYaml;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.LineMap;
import dev.copydesk.core.model.Metadata;
import dev.copydesk.core.model.Position;
import dev.copydesk.core.model.Span;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Front matter at the very start of a Markdown file: YAML between {@code ---} lines (Jekyll, Hugo; the
 * closing line may also be {@code ...}) or TOML between {@code +++} lines (Hugo). YAML is read with
 * {@link SafeYaml}; TOML with Jackson's TOML reader. Malformed front matter becomes a warning at the
 * line and column of the problem in the file, and the body is still read.
 *
 * <p>Stateless and thread-safe.
 */
final class FrontMatter {

  /** Most characters of front matter we read; anything longer is a mistake, not metadata. */
  static final int MAX_LENGTH = 256 * 1024;

  /**
   * The TOML reader, built on first use: building it loads and sets up much of Jackson, which a run
   * whose files have no TOML front matter never needs (it cost a run over plain files a tenth of a
   * second on the thread that met the first Markdown file). Thread-safe once configured; TOML dates
   * stay strings (PARSE_JAVA_TIME is off by default).
   */
  private static final class Toml {
    static final TomlMapper MAPPER = new TomlMapper();
  }

  private FrontMatter() {}

  /**
   * What was found.
   *
   * @param span the whole front matter, delimiter lines included, or null when there is none
   * @param bodyStart where the Markdown body starts
   */
  record Result(@Nullable Span span, int bodyStart) {}

  /**
   * Reads the front matter of {@code source} starting at {@code start} (after a byte-order mark), puts
   * what it says into {@code metadata} and problems into {@code out}.
   */
  static Result read(String source, int start, Metadata.Builder metadata, ArticleAssembler out) {
    char fence;
    if (source.startsWith("---", start)) {
      fence = '-';
    } else if (source.startsWith("+++", start)) {
      fence = '+';
    } else {
      return new Result(null, start);
    }
    int openEnd = PlainTextParser.lineEnd(source, start);
    if (!isFenceLine(source, start, openEnd, fence)) {
      return new Result(null, start);
    }
    int contentStart = PlainTextParser.nextLine(source, openEnd);
    int line = contentStart;
    while (line < source.length()) {
      int end = PlainTextParser.lineEnd(source, line);
      if (isFenceLine(source, line, end, fence) || (fence == '-' && isFenceLine(source, line, end, '.'))) {
        Span span = new Span(start, end);
        if (line - contentStart > MAX_LENGTH) {
          out.diagnostic(
              warning(source, start, "front matter is longer than " + MAX_LENGTH + " characters; ignored"));
        } else {
          String text = source.substring(contentStart, line);
          Map<String, Object> fields = fence == '-' ? yaml(source, text, contentStart, out) : toml(source, text, contentStart, out);
          if (fields != null) {
            MetadataValues.applyFrontMatter(fields, metadata);
          }
        }
        return new Result(span, PlainTextParser.nextLine(source, end));
      }
      line = PlainTextParser.nextLine(source, end);
    }
    String delimiter = fence == '-' ? "---" : "+++";
    out.diagnostic(
        warning(
            source,
            start,
            "front matter opened with '" + delimiter + "' is never closed by another '" + delimiter
                + "' line; the file is read as Markdown without front matter"));
    return new Result(null, start);
  }

  /** A line of exactly three fence characters, trailing blanks allowed. */
  private static boolean isFenceLine(String s, int start, int end, char fence) {
    if (end - start < 3 || s.charAt(start) != fence || s.charAt(start + 1) != fence || s.charAt(start + 2) != fence) {
      return false;
    }
    for (int i = start + 3; i < end; i++) {
      if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  private static @Nullable Map<String, Object> yaml(String source, String text, int contentStart, ArticleAssembler out) {
    Object value;
    try {
      Node node = SafeYaml.compose(text);
      value = SafeYaml.toJava(node);
    } catch (SafeYaml.YamlException e) {
      int at = e.line() < 0 ? contentStart : offsetOf(source, contentStart, e.line(), Math.max(0, e.column()));
      out.diagnostic(warning(source, at, "front matter is not valid YAML: " + e.getMessage()));
      return null;
    }
    if (value == null) {
      return Map.of();
    }
    if (value instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) m;
      return fields;
    }
    out.diagnostic(warning(source, contentStart, "front matter is YAML but not a mapping of keys to values; ignored"));
    return null;
  }

  private static @Nullable Map<String, Object> toml(String source, String text, int contentStart, ArticleAssembler out) {
    try {
      JsonNode tree = Toml.MAPPER.readTree(text);
      if (tree == null || tree.isMissingNode()) {
        return Map.of();
      }
      if (MetadataValues.plain(tree) instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) m;
        return fields;
      }
      return Map.of();
    } catch (JacksonException e) {
      JsonLocation loc = e.getLocation();
      int at = contentStart;
      if (loc != null && loc.getLineNr() > 0) {
        at = offsetOf(source, contentStart, loc.getLineNr() - 1, Math.max(0, loc.getColumnNr() - 1));
      }
      out.diagnostic(warning(source, at, "front matter is not valid TOML: " + e.getOriginalMessage()));
      return null;
    } catch (RuntimeException | StackOverflowError e) {
      // The TOML reader is not ours: whatever it throws is the file's problem, not the run's.
      out.diagnostic(warning(source, contentStart, "front matter could not be read as TOML: " + e));
      return null;
    }
  }

  /** The source offset of 0-based {@code line} and {@code column} counted from {@code from}, clamped. */
  private static int offsetOf(String source, int from, int line, int column) {
    int at = from;
    for (int l = 0; l < line && at < source.length(); l++) {
      at = PlainTextParser.nextLine(source, PlainTextParser.lineEnd(source, at));
    }
    int end = PlainTextParser.lineEnd(source, at);
    return Math.min(at + column, end);
  }

  private static Diagnostic warning(String source, int offset, String message) {
    Position p = LineMap.of(source).position(Math.min(offset, source.length()));
    return new Diagnostic(Diagnostic.Level.WARNING, "parse.front-matter", message, p);
  }
}
