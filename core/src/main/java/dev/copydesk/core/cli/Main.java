package dev.copydesk.core.cli;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.engine.ArticleRetention;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.report.ConsoleReporter;
import dev.copydesk.core.report.JsonReporter;
import dev.copydesk.core.report.LintReport;
import dev.copydesk.core.report.Reporter;
import dev.copydesk.core.rule.RuleLoadException;
import dev.copydesk.core.rule.Severity;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code copydesk [--config FILE] [--format console|json] [--fail-on error|warning|info|none] PATH...}:
 * lints files and directories (recursively: Markdown, HTML and text files) and prints the findings.
 * Exits 0 when no finding reaches the fail-on severity, 1 when one does, 2 on bad usage or
 * configuration.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      return runChecked(args, out, err);
    } catch (IllegalArgumentException e) {
      err.println("copydesk: " + e.getMessage());
      return 2;
    }
  }

  private static int runChecked(String[] args, PrintStream out, PrintStream err) {
    Path configFile = null;
    String format = "console";
    Severity failOn = Severity.ERROR;
    boolean failNever = false;
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--config" -> configFile = Path.of(need(args, ++i, a));
        case "--format" -> format = need(args, ++i, a);
        case "--fail-on" -> {
          String v = need(args, ++i, a);
          if (v.equals("none")) {
            failNever = true;
          } else {
            failOn = Severity.parse(v);
          }
        }
        case "-h", "--help" -> {
          out.println("usage: copydesk [--config FILE] [--format console|json] [--fail-on error|warning|info|none] PATH...");
          return 0;
        }
        default -> inputs.add(Path.of(a));
      }
    }
    if (inputs.isEmpty()) {
      err.println("copydesk: no files or directories given (try --help)");
      return 2;
    }
    Reporter reporter = switch (format) {
      case "console" -> new ConsoleReporter();
      case "json" -> new JsonReporter();
      default -> null;
    };
    if (reporter == null) {
      err.println("copydesk: unknown format '" + format + "' (expected console or json)");
      return 2;
    }
    Linter linter;
    try {
      CopydeskConfig config = CopydeskConfig.empty();
      if (configFile != null) {
        config = ConfigLoader.load(configFile);
      } else if (Files.isRegularFile(Path.of(ConfigLoader.DEFAULT_FILE_NAME))) {
        config = ConfigLoader.load(Path.of(ConfigLoader.DEFAULT_FILE_NAME));
      }
      // Console and JSON reports need no article: results keep none, so memory stays flat over many files.
      linter = Linter.builder().config(config).articleRetention(ArticleRetention.NONE).build();
    } catch (ConfigException | RuleLoadException e) {
      err.println("copydesk: " + e.getMessage());
      return 2;
    }
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> Format.fromFileName(f.getFileName().toString()).isPresent())
              .filter(linter::isIncluded)
              .sorted()
              .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          err.println("copydesk: cannot list " + p + ": " + e.getMessage());
        }
      } else {
        files.add(p);
      }
    }
    List<LintResult> results = linter.lintAll(files);
    LintReport report = LintReport.of(results, linter.rules().metadata());
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      reporter.write(report, w);
      w.flush();
    } catch (IOException e) {
      err.println("copydesk: cannot write the report: " + e.getMessage());
      return 2;
    }
    Severity threshold = failOn;
    boolean failed = !failNever && results.stream().anyMatch(r -> r.countAtLeast(threshold) > 0);
    return failed ? 1 : 0;
  }

  private static String need(String[] args, int i, String flag) {
    if (i >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[i];
  }
}
