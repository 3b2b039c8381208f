package dev.copydesk.examples;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Diagnostic;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An archive audit: lints every article of a CMS export ({@link ArchiveExport}, JSON Lines) with one
 * shared {@link Linter} on all cores, and prints what an editor-in-chief wants to know first: how many
 * articles have problems, which rules find them, and which articles to open first. With {@code
 * --findings FILE} it also writes every article's findings as JSON Lines, for loading back into the CMS.
 *
 * <p>Articles are read from the export as the linter's workers need them and each result is folded into
 * the summary and let go, so an archive of millions of articles is audited in the memory of a few
 * dozen.
 *
 * <p>With {@code --fixed FILE} it writes, for an import job, the body of each article that its
 * findings' fixes change, with the fixes made ({@link FixedBodiesWriter}): chrome pasted into the
 * bodies of an archive comes out in one pass, and the CMS decides what to take back.
 *
 * <pre>
 * usage: ArchiveAudit [--config FILE] [--threads N] [--top N] [--findings FILE] [--fixed FILE] EXPORT.jsonl
 * </pre>
 *
 * <p>Exit status: 0 when the audit ran (whatever it found), 2 when it could not (bad arguments, an
 * unreadable configuration or export).
 *
 * <p>Immutable and thread-safe: one audit may run from several threads over different exports.
 */
public final class ArchiveAudit {

  private final Linter linter;
  private final int top;

  /** An audit with {@code linter}, listing the {@code top} articles with the most errors. */
  public ArchiveAudit(Linter linter, int top) {
    this.linter = Objects.requireNonNull(linter, "linter");
    if (top < 0) {
      throw new IllegalArgumentException("top must not be negative: " + top);
    }
    this.top = top;
  }

  /** Audits {@code export} and returns the summary. */
  public AuditSummary run(Iterable<ArchiveExport.Entry> export) {
    return run(export, result -> { });
  }

  /**
   * Audits {@code export}, handing each result also to {@code each} (a {@link FindingsWriter}, a {@link
   * FixedBodiesWriter}) in the export's order, on the calling thread, and returns the summary.
   */
  public AuditSummary run(Iterable<ArchiveExport.Entry> export, Consumer<LintResult> each) {
    AuditSummary summary = new AuditSummary(top);
    long start = System.nanoTime();
    linter.lintAll(export, (ArchiveExport.Entry e) -> lint(e, summary), result -> {
      summary.add(result);
      each.accept(result);
    });
    summary.finish(System.nanoTime() - start, linter.threads());
    return summary;
  }

  /** One entry's result: the article linted, or a line that gave none as a result with an error. */
  private LintResult lint(ArchiveExport.Entry entry, AuditSummary summary) {
    if (entry instanceof ArchiveExport.Row row) {
      summary.read(row.body());
      return linter.lint(row.body(), row.format(), row.id());
    }
    ArchiveExport.Unreadable bad = (ArchiveExport.Unreadable) entry;
    return new LintResult(bad.id(), null, null, null, List.of(), List.of(),
        List.of(Diagnostic.error("export.unreadable", "line " + bad.line() + " of the export: " + bad.problem())));
  }

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    // Only a failure ends the JVM: run under Maven (exec:java), a clean return lets the build finish.
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the audit as the command line does; the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Path config = null;
    Path findingsFile = null;
    Path fixedFile = null;
    Path exportFile = null;
    int threads = Runtime.getRuntime().availableProcessors();
    int top = 10;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--config" -> config = Path.of(value(args, ++i, a));
          case "--findings" -> findingsFile = Path.of(value(args, ++i, a));
          case "--fixed" -> fixedFile = Path.of(value(args, ++i, a));
          case "--threads" -> threads = positive(value(args, ++i, a), a);
          case "--top" -> top = positive(value(args, ++i, a), a);
          default -> {
            if (a.startsWith("-") || exportFile != null) {
              throw new IllegalArgumentException(a.startsWith("-") ? "unknown option " + a : "one export at a time: " + a);
            }
            exportFile = Path.of(a);
          }
        }
      }
      if (exportFile == null) {
        throw new IllegalArgumentException("no export given");
      }
    } catch (IllegalArgumentException e) {
      err.println("archive-audit: " + e.getMessage());
      err.println("usage: ArchiveAudit [--config FILE] [--threads N] [--top N] [--findings FILE] [--fixed FILE] EXPORT.jsonl");
      return 2;
    }

    Linter.Builder builder = Linter.builder().threads(threads);
    if (config != null) {
      try {
        builder.config(ConfigLoader.load(config));
      } catch (ConfigException e) {
        err.println("archive-audit: " + e.getMessage());
        return 2;
      }
    }
    Linter linter = builder.build();
    ArchiveAudit audit = new ArchiveAudit(linter, top);
    ArchiveExport export;
    try {
      export = ArchiveExport.open(exportFile, linter.maxFileSize());
    } catch (IOException e) {
      err.println("archive-audit: cannot read " + exportFile + ": " + reason(e));
      return 2;
    }
    try (export;
        FindingsWriter findings = findingsFile == null ? null : FindingsWriter.create(findingsFile);
        FixedBodiesWriter fixed = fixedFile == null ? null : FixedBodiesWriter.create(fixedFile)) {
      AuditSummary summary = audit.run(export, result -> {
        if (findings != null) {
          findings.write(result);
        }
        if (fixed != null) {
          fixed.write(result);
        }
      });
      if (findings != null) {
        findings.commit();
      }
      if (fixed != null) {
        fixed.commit();
      }
      out.print(summary.render(exportFile.toString()));
      if (findingsFile != null) {
        out.println("Findings of each article with any: " + findingsFile);
      }
      if (fixed != null) {
        out.println(String.format(java.util.Locale.ROOT, "Bodies with their fixes made: %,d article%s (%,d finding%s fixed) in %s",
            fixed.articles(), fixed.articles() == 1 ? "" : "s", fixed.findings(), fixed.findings() == 1 ? "" : "s", fixedFile));
      }
      out.flush();
      return 0;
    } catch (IOException e) {
      // The writers' messages name their file.
      err.println("archive-audit: " + e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      // Reading the export or writing the findings failed part way: the message names which file.
      err.println("archive-audit: " + e.getMessage() + ": " + reason(e.getCause()));
      return 2;
    }
  }

  /** What went wrong, for a message that names the file already: the JDK's messages are often the path alone. */
  private static String reason(IOException e) {
    String m = e.getMessage();
    String kind = e.getClass().getSimpleName().replaceAll("(Exception)$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    if (e instanceof java.nio.file.FileSystemException f) {
      return f.getReason() != null ? f.getReason() : kind;
    }
    return m != null ? m : kind;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int positive(String value, String option) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " needs a positive whole number, not '" + value + "'");
  }
}
