package dev.copydesk.core.report;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The report formats by id: {@code console}, {@code json}, {@code sarif}, {@code checkstyle}, {@code
 * junit}, {@code html} and {@code github}, each set up with default settings or with the {@link ReportSettings} of a run.
 *
 * <p>Stateless and thread-safe.
 */
public final class Reporters {

  /** Every format id, in the order documentation lists them. */
  public static final List<String> FORMATS = List.of("console", "json", "sarif", "checkstyle", "junit", "html", "github");

  private Reporters() {}

  /** The reporter for format {@code id} (case-insensitive), if there is one, with default settings. */
  public static Optional<Reporter> forFormat(String id) {
    return forFormat(id, ReportSettings.defaults());
  }

  /**
   * The reporter for format {@code id} (case-insensitive), if there is one, set up with {@code settings}.
   */
  public static Optional<Reporter> forFormat(String id, ReportSettings settings) {
    return Optional.ofNullable(
        switch (id.strip().toLowerCase(Locale.ROOT)) {
          case "console" -> new ConsoleReporter();
          case "json" -> new JsonReporter();
          case "sarif" -> sarif(settings);
          case "checkstyle" -> new CheckstyleReporter(settings.baseDirectory());
          case "junit" -> new JunitReporter();
          case "html" -> new HtmlReporter(settings.project());
          case "github" -> new GithubReporter(settings.pathPrefix());
          default -> null;
        });
  }

  private static SarifReporter sarif(ReportSettings settings) {
    SarifReporter.Builder b = SarifReporter.builder().pathPrefix(settings.pathPrefix()).baselined(settings.baselined());
    RuleDocs docs = settings.ruleDocs();
    if (docs != null) {
      b.ruleDocs(docs);
    }
    return b.build();
  }

  /**
   * The format ids that {@code specs} name, each spec one id or several separated by commas
   * ({@code ["json, SARIF", "html"]}): lower-cased, blanks skipped, each id once, in the order first
   * named.
   *
   * @throws IllegalArgumentException naming the first unknown id and the known ones
   */
  public static List<String> parseFormats(Collection<String> specs) {
    Set<String> ids = new LinkedHashSet<>();
    for (String spec : specs) {
      for (String part : spec.split(",")) {
        if (!part.isBlank()) {
          String id = part.strip().toLowerCase(Locale.ROOT);
          if (!FORMATS.contains(id)) {
            throw new IllegalArgumentException(
                "unknown report format '" + id + "' (expected " + String.join(", ", FORMATS) + ")");
          }
          ids.add(id);
        }
      }
    }
    return List.copyOf(ids);
  }
}
