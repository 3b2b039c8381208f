package dev.copydesk.core.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report formats by id, each with its default settings: {@code console}, {@code json}, {@code
 * sarif}, {@code checkstyle}, {@code junit} and {@code html}. Build tools that need other settings (a
 * SARIF path prefix, absolute Checkstyle paths) construct the reporters themselves.
 *
 * <p>Stateless and thread-safe.
 */
public final class Reporters {

  /** Every format id, in the order documentation lists them. */
  public static final List<String> FORMATS = List.of("console", "json", "sarif", "checkstyle", "junit", "html");

  private Reporters() {}

  /** The reporter for format {@code id} (case-insensitive), if there is one. */
  public static Optional<Reporter> forFormat(String id) {
    return Optional.ofNullable(
        switch (id.strip().toLowerCase(Locale.ROOT)) {
          case "console" -> new ConsoleReporter();
          case "json" -> new JsonReporter();
          case "sarif" -> new SarifReporter();
          case "checkstyle" -> new CheckstyleReporter();
          case "junit" -> new JunitReporter();
          case "html" -> new HtmlReporter();
          default -> null;
        });
  }
}
