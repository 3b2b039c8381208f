package dev.copydesk.core.cli;

import dev.copydesk.core.baseline.Baseline;
import dev.copydesk.core.baseline.BaselineException;
import dev.copydesk.core.cache.ResultCache;
import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.engine.ArticleRetention;
import dev.copydesk.core.engine.FolderSurvey;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.engine.RuleTimings;
import dev.copydesk.core.fix.FileFixer;
import dev.copydesk.core.fix.FixPlan;
import dev.copydesk.core.fix.FixTally;
import dev.copydesk.core.internal.Futures;
import dev.copydesk.core.internal.Utf8Writer;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.report.ConsoleReporter;
import dev.copydesk.core.report.LintReport;
import dev.copydesk.core.report.ReportFiles;
import dev.copydesk.core.report.ReportSettings;
import dev.copydesk.core.report.RuleListing;
import dev.copydesk.core.report.Reporter;
import dev.copydesk.core.report.Reporters;
import dev.copydesk.core.report.Version;
import dev.copydesk.core.rule.RuleLoadException;
import dev.copydesk.core.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Copydesk's command line, for CI jobs and scripts without Maven:
 *
 * <pre>
 * copydesk [--format FORMAT[,FORMAT...]]... [--output DIR] [--fail-on error|warning|info|none]
 *          [--baseline FILE] [--config FILE] [--threads N] [--encoding CHARSET] [--stdin-name NAME]
 *          [--timing] [--fix | --diff] [--fix-rules RULE[,RULE...]] PATH...
 * </pre>
 *
 * <p>Lints files and directories (directories recursively: Markdown, HTML and text files that the
 * configuration's include and exclude globs select), and standard input for the path {@code -}, and
 * writes the findings:
 *
 * <ul>
 *   <li>{@code --format}: any of {@code console} (the default), {@code json}, {@code sarif}, {@code
 *       checkstyle}, {@code junit} and {@code html}; repeated or comma-separated.
 *   <li>{@code --output DIR}: each format's report is written atomically into {@code DIR} under the
 *       name the Maven plugin gives it ({@code copydesk.txt}, {@code copydesk.json}, {@code
 *       copydesk.sarif}, {@code copydesk-checkstyle.xml}, {@code copydesk-junit.xml}, {@code
 *       copydesk.html}), and the console listing still goes to standard output, as the plugin prints
 *       every finding to the build log whatever reports it writes. Without {@code --output}, the one
 *       format asked for goes to standard output; asking for more is a usage error.
 *   <li>{@code --fail-on}: the least severity that makes the exit status 1 ({@code error} by default;
 *       {@code none} never fails).
 *   <li>{@code --baseline FILE}: findings the baseline file (written by the plugin's {@code baseline}
 *       goal) accepts do not count and are reported as suppressed, as the plugin's {@code check} goal
 *       does; a file that does not exist is a warning, and every finding counts.
 *   <li>{@code --config FILE}: the configuration; by default {@code .copydesk.yml} in the working
 *       directory, if there is one. {@code --threads N}: threads to lint on (one per processor by
 *       default). {@code --encoding CHARSET}: of files without a byte-order mark (UTF-8 by default).
 *   <li>{@code -}: standard input, as one article, for editors, pipes and CMS scripts: read as plain
 *       text and reported as {@code <stdin>}, or, with {@code --stdin-name NAME}, as the file {@code
 *       NAME} would be (its format from the extension, the configuration's overrides for its path,
 *       decompressed for a {@code .gz} name, {@code NAME} in reports), without reading any such file.
 *       Its result comes after the files'.
 *   <li>{@code --version} prints Copydesk's version, {@code -h} or {@code --help} the usage, each to
 *       standard output with exit status 0; the arguments after it are not read.
 *   <li>{@code --list-rules [FILE]}: prints every rule with the severity it has ({@code off} for one
 *       that does not run) and its summary, each option under it with its value, for the file given
 *       (the configuration's overrides for its path apply; the file is not read) or else for a file no
 *       override applies to; exit status 0, or 2 on bad configuration.
 *   <li>{@code --explain RULE}: prints the rule's summary, description, severity and category, and
 *       each option with its type, default and what it does, with the severity and values it has for
 *       the file given (or a file no override applies to); exit status 0, or 2 for a rule there is
 *       not (the message names the nearest) or bad configuration.
 *   <li>{@code --fix}: before the reports, writes into each file the fixes its findings suggest (the
 *       findings a baseline accepts are left alone), atomically, and lints it again (see {@link
 *       FileFixer}); the reports and the exit status are then about what is left. Prints to standard
 *       error each file it fixed, each it left alone and why (it changed since it was read, or cannot
 *       be written back in its own encoding), and how many findings it fixed in how many files. The only option
 *       that writes to content files.
 *   <li>{@code --diff}: writes nothing, and prints to standard output, as a unified diff, what {@code
 *       --fix} would change ({@link dev.copydesk.core.fix.UnifiedDiff}): review it, or apply it with {@code git apply} or
 *       {@code patch -p1} from the working directory. Standard error names each file {@code --fix}
 *       would leave alone and why, and each file that could not be checked. Reports are written only
 *       with {@code --output}, and no findings are listed. Exit status 1 when there is anything to
 *       fix or a file could not be checked, else 0.
 *   <li>{@code --fix-rules RULE[,RULE...]}: with {@code --fix} or {@code --diff}, makes only these rules'
 *       fixes (page-chrome's deletions but not a house style's swaps, say); their other findings are
 *       reported as usual. An id that is no rule is exit status 2, naming the nearest.
 *   <li>{@code --timing}: after the reports, prints to standard error the time reading and decoding the
 *       files, parsing them and each rule took, slowest rule first, and what the rules cost against
 *       the parse ({@link RuleTimings}).
 * </ul>
 *
 * <p>File ids in reports are paths relative to the working directory (absolute outside it); SARIF URIs
 * are relative to it too, so run from the repository's root for GitHub code scanning. Checkstyle file
 * names are absolute, as Checkstyle writes them.
 *
 * <p>Exit status: 0 when no finding reaches the {@code --fail-on} severity, 1 when one does or when a
 * file could not be checked (an error diagnostic: unreadable, binary, wrongly encoded, too large, or a
 * rule that failed on it; {@code --fail-on none} lets those pass too), 2 on bad usage (a one-line
 * message and the usage on standard error), bad configuration, an unreadable baseline or a report that
 * cannot be written. A bad file is a diagnostic in the reports, never a crash, and the other files are
 * linted.
 *
 * <p>Console lines are {@code path:line:column: severity rule-id message}, the form compilers, {@code
 * grep -n}, editors and CI problem matchers recognize on a terminal, and exactly what the plugin's
 * {@code console} report ({@code copydesk.txt}) holds. The plugin's build log prints the same fields as
 * {@code path:[line,column] severity rule-id: message} instead, because that is how Maven's compiler
 * plugin prints errors and how IDEs' Maven consoles link them.
 *
 * <p>Results keep no parsed article ({@link ArticleRetention#NONE}), so memory stays flat over many
 * files; reports that need the articles' text (HTML, SARIF fingerprints) and a baseline have the flagged
 * files read again in parallel before they are written.
 *
 * <p>Thread-safe: a run holds nothing beyond its arguments.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /** Runs the command line with {@code args}, {@code in} as standard input; returns the exit status. */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CliOptions options;
    try {
      options = CliOptions.parse(args);
    } catch (CliOptions.UsageException e) {
      err.println("copydesk: " + e.getMessage());
      err.println(CliOptions.USAGE);
      return 2;
    }
    switch (options.request()) {
      case HELP -> {
        out.println(CliOptions.USAGE);
        out.println("       copydesk --list-rules [--config FILE] [FILE]");
        out.println("       copydesk --explain RULE [--config FILE] [FILE]");
        out.println("       copydesk --help | --version");
        out.println("formats: " + String.join(", ", Reporters.FORMATS) + "; see the README for details");
        return 0;
      }
      case VERSION -> {
        out.println("copydesk " + Version.current());
        return 0;
      }
      case LIST_RULES, EXPLAIN -> {
        try {
          return describeRules(options, out);
        } catch (FailedRun e) {
          err.println("copydesk: " + e.getMessage());
          return 2;
        }
      }
      case LINT -> {
        // below
      }
    }
    try {
      return lint(options, in, out, err);
    } catch (FailedRun e) {
      err.println("copydesk: " + e.getMessage());
      return 2;
    }
  }

  /**
   * Prints the {@link RuleListing} for the file given (the configuration's overrides that apply to it
   * apply), else for a file none applies to; for {@code --explain}, the one rule's ({@link
   * RuleListing#explain}).
   */
  private static int describeRules(CliOptions options, PrintStream out) throws FailedRun {
    CopydeskConfig config = config(options);
    Path base = Path.of("").toAbsolutePath().normalize();
    Linter linter = linter(options, config, base, null);
    String id = options.inputs().isEmpty() ? null : Linter.idOf(base, options.inputs().get(0));
    String rule = options.explain();
    try {
      (rule == null ? RuleListing.lines(linter, id) : RuleListing.explain(linter, rule, id)).forEach(out::println);
    } catch (IllegalArgumentException e) {
      throw new FailedRun(e.getMessage());
    }
    return 0;
  }

  /** A run that cannot go on: bad configuration or baseline, a report that cannot be written. */
  private static final class FailedRun extends Exception {
    private static final long serialVersionUID = 1L;

    FailedRun(String message) {
      super(message);
    }
  }

  private static int lint(CliOptions options, InputStream in, PrintStream out, PrintStream err) throws FailedRun {
    RuleTimings timings = options.timing() ? RuleTimings.create() : null;
    CopydeskConfig config = config(options);
    // Listing the folders (a system call or two a file) and building the linter (reading the pack's
    // styles) need nothing of each other, so the listing runs beside the build.
    Path base = Path.of("").toAbsolutePath().normalize();
    // The run's own report and cache folders are not searched: a second run of the same command would
    // otherwise lint the first run's HTML report as an article.
    // So are the report files themselves, wherever they go ("--output ." over ".").
    List<Path> own = Stream.of(options.output(), options.cache()).filter(java.util.Objects::nonNull)
        .map(p -> base.resolve(p).normalize()).toList();
    Path reportFolder = options.output();
    List<Path> reportFiles = reportFolder == null ? List.of() : options.formats().stream()
        .flatMap(id -> Reporters.forFormat(id, ReportSettings.builder().build()).stream())
        .map(r -> base.resolve(reportFolder).resolve(r.defaultFileName()).normalize())
        .toList();
    Predicate<Path> included = f -> (config.includesAll() || config.isIncluded(Linter.idOf(base, f)))
        && (reportFiles.isEmpty() || !reportFiles.contains(base.resolve(f).normalize()));
    FutureTask<List<Path>> listing = new FutureTask<>(() -> files(options.inputs(), included, own, base, err));
    Thread lister = new Thread(listing, "copydesk-list");
    lister.setDaemon(true);
    lister.start();
    Linter linter;
    try {
      linter = linter(options, config, base, timings);
    } catch (FailedRun | RuntimeException e) {
      listing.cancel(true);
      throw e;
    }
    List<LintResult> results = lintAll(linter, listed(listing), options.cache(), options.pruneCache(), err);
    String stdinName = options.stdin();
    if (stdinName != null) {
      results = new ArrayList<>(results);
      results.add(lintStandardInput(linter, stdinName, in));
    }

    Path baselineFile = options.baseline();
    Baseline baseline = null;
    if (baselineFile != null) {
      if (Files.isRegularFile(baselineFile)) {
        baseline = readBaseline(baselineFile);
      } else {
        err.println("copydesk: baseline file " + baselineFile + " does not exist; every finding counts");
      }
    }
    UnaryOperator<LintResult> fixRules;
    try {
      fixRules = FileFixer.onlyRules(linter, options.fixRules());
    } catch (IllegalArgumentException e) {
      throw new FailedRun("--fix-rules: " + e.getMessage());
    }
    Fixing fixing = new Fixing(linter, baseline, fixRules);
    if (options.fix()) {
      results = fix(fixing, results, err);
    }
    boolean fixable = false;
    if (options.diff()) {
      fixable = diff(fixing, results, out, err);
    }
    Baseline.@Nullable Applied applied = null;
    if (baseline != null) {
      linter.loadArticles(results, r -> !r.findings().isEmpty()); // a baseline matches findings by their text
      applied = baseline.apply(results);
      results = applied.results();
    }

    LintReport report = LintReport.of(results, linter.rules().metadata());
    ReportSettings settings = ReportSettings.builder()
        .baseDirectory(linter.baseDirectory())
        .baselined(applied == null ? null : applied::isAccepted)
        .build();
    List<Reporter> reporters = options.formats().stream().map(id -> Reporters.forFormat(id, settings).orElseThrow()).toList();
    if (reporters.stream().anyMatch(Reporter::readsArticles)) {
      linter.loadArticles(results, r -> !r.findings().isEmpty() || !r.diagnostics().isEmpty());
    }

    Path output = options.output();
    if (output == null) {
      if (!options.diff()) {
        writeToStandardOutput(reporters.get(0), report, out);
      }
    } else {
      List<Path> files = reporters.stream().map(r -> output.resolve(r.defaultFileName())).toList();
      List<@Nullable IOException> failures = ReportFiles.writeAll(files, reporters, report, linter.threads());
      for (int i = 0; i < failures.size(); i++) {
        IOException e = failures.get(i);
        if (e != null) {
          throw new FailedRun("cannot write the " + reporters.get(i).format() + " report " + files.get(i) + ": "
              + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
      }
      List<String> written = files.stream().map(Path::toString).toList();
      if (!options.diff()) {
        writeToStandardOutput(new ConsoleReporter(), report, out);
      }
      err.println("copydesk: reports: " + String.join(", ", written));
    }
    if (applied != null) {
      err.println("copydesk: baseline " + baselineFile + " accepted " + applied.acceptedCount() + " of "
          + (applied.acceptedCount() + applied.newFindings()) + " findings; " + applied.newFindings() + " new"
          + (applied.gone().isEmpty() ? "" : "; " + applied.gone().size() + " no longer found"));
    }

    if (timings != null) {
      timings.snapshot().table().forEach(line -> err.println("copydesk: " + line));
    }

    if (options.diff()) {
      return fixable || results.stream().anyMatch(LintResult::hasErrorDiagnostics) ? 1 : 0;
    }
    Severity failOn = options.failOn();
    // A file that could not be checked fails the run as an error finding would: passing it would let
    // whatever it holds through unread.
    boolean failed = failOn != null
        && results.stream().anyMatch(r -> r.countAtLeast(failOn) > 0 || r.hasErrorDiagnostics());
    return failed ? 1 : 0;
  }

  /**
   * Writes into their files the fixes of the findings the reports would show (a baseline's accepted
   * findings are left alone), and lints each file it changed again, so that the reports and the exit
   * status are about the files as they are now. Prints what it fixed, and each file it could not fix
   * and why, to {@code err}.
   */
  private static List<LintResult> fix(Fixing fixing, List<LintResult> results, PrintStream err) {
    Linter linter = fixing.linter();
    List<LintResult> shown = fixing.shown(results);
    FileFixer fixer = new FileFixer(linter, fixing::shown);
    FixTally tally = new FixTally();
    List<LintResult> out = new ArrayList<>(results);
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      LintResult r = shown.get(i);
      FileFixer.Outcome o = fixer.fix(r, true);
      int n = tally.add(o);
      switch (o.status()) {
        case FIXED -> {
          err.println("copydesk: " + r.id() + ": fixed " + FixTally.count(n, "finding"));
          changed.add(i);
        }
        case SKIPPED, FAILED -> err.println("copydesk: " + r.id() + ": not fixed: " + o.problem());
        case NOTHING_TO_FIX -> { }
      }
    }
    // The files fixed are linted again together, on the linter's threads.
    List<Path> paths = new ArrayList<>(changed.size());
    for (int i : changed) {
      paths.add(java.util.Objects.requireNonNull(shown.get(i).path()));
    }
    List<LintResult> again = linter.lintAll(paths);
    for (int k = 0; k < changed.size(); k++) {
      out.set(changed.get(k), again.get(k));
    }
    err.println("copydesk: " + tally.summary("another run of --fix"));
    return out;
  }

  /**
   * What {@code --fix} and {@code --diff} fix: the findings the reports would show (none that {@code
   * baseline} accepts) that {@code rules} keeps ({@link FileFixer#onlyRules}), in every pass.
   */
  private record Fixing(Linter linter, @Nullable Baseline baseline, UnaryOperator<LintResult> rules) {

    /** {@code r} with only the findings to fix. */
    LintResult shown(LintResult r) {
      return rules.apply(baseline == null ? r : baseline.apply(List.of(r)).results().get(0));
    }

    /** {@code results} with only the findings to fix, and the articles of those with a fix loaded. */
    List<LintResult> shown(List<LintResult> results) {
      List<LintResult> shown = results;
      if (baseline != null) {
        linter.loadArticles(results, r -> !r.findings().isEmpty());
        shown = baseline.apply(results).results();
      }
      shown = shown.stream().map(rules).toList();
      linter.loadArticles(shown, r -> r.findings().stream().anyMatch(FixPlan::isFixable));
      return shown;
    }
  }

  /**
   * Prints to {@code out}, as a unified diff, what {@link #fix} would change, writing nothing; to {@code
   * err}, each file it would leave alone and why, each file that could not be checked, and how many
   * findings it would fix in how many files. Returns whether there is anything to fix.
   */
  private static boolean diff(Fixing fixing, List<LintResult> results, PrintStream out, PrintStream err) {
    List<LintResult> shown = fixing.shown(results);
    FileFixer fixer = new FileFixer(fixing.linter(), fixing::shown);
    FixTally tally = new FixTally();
    for (LintResult r : shown) {
      for (Diagnostic d : r.diagnostics()) {
        if (d.level() == Diagnostic.Level.ERROR) {
          err.println("copydesk: " + r.id() + ": not checked: " + d.message());
        }
      }
      FileFixer.Outcome o = fixer.fix(r, false);
      // Standard input is never fixed, but what a fix would make of it can be shown. (Only asked of
      // standard input: a file's result would read the file again to answer.)
      Article stdin = o.status() == FileFixer.Status.SKIPPED && r.path() == null ? r.article() : null;
      if (stdin != null) {
        FixPlan plan = FixPlan.inPasses(fixing.linter(), r, fixing::shown);
        o = new FileFixer.Outcome(r, plan.changes() ? FileFixer.Status.FIXED : FileFixer.Status.NOTHING_TO_FIX, plan, "");
      }
      tally.add(o);
      switch (o.status()) {
        case FIXED -> {
          String id = r.id();
          boolean relative = !Path.of(id).isAbsolute();
          // In the file's own charset (and byte-order mark), so the diff's lines match the file's bytes.
          out.writeBytes(o.diff(relative ? "a/" + id : id, relative ? "b/" + id : id));
        }
        case SKIPPED, FAILED -> err.println("copydesk: " + r.id() + ": would not be fixed: " + o.problem());
        case NOTHING_TO_FIX -> { }
      }
    }
    out.flush();
    err.println("copydesk: --fix would make " + tally.preview("another run of --fix"));
    return tally.files() > 0;
  }

  /**
   * Lints {@code files}, through the result cache in {@code cacheDirectory} when one is given: files that
   * have not changed since a run with the same settings are not linted again. Entries of files this run
   * does not list are kept, since a run often lints a few files of many (the ones a commit changed).
   */
  private static List<LintResult> lintAll(Linter linter, List<Path> files, @Nullable Path cacheDirectory, boolean prune,
      PrintStream err) {
    if (cacheDirectory == null) {
      return linter.lintAll(files);
    }
    ResultCache cache = ResultCache.open(cacheDirectory, linter);
    List<LintResult> results = cache.lintAll(files);
    int pruned = prune ? cache.prune(files) : 0;
    cache.warnings().forEach(w -> err.println("copydesk: " + w));
    err.println("copydesk: " + files.size() + (files.size() == 1 ? " file, " : " files, ") + cache.stats().hits()
        + " from the cache in " + cacheDirectory
        + (prune ? "; " + pruned + (pruned == 1 ? " entry" : " entries") + " of files not listed pruned" : ""));
    return results;
  }

  /**
   * Lints what {@code in} holds, named {@code name} (its format and overrides follow the name, as a
   * file's follow its path), read up to one byte past the linter's size limit; the article is kept, as
   * standard input cannot be read twice.
   */
  private static LintResult lintStandardInput(Linter linter, String name, InputStream in) {
    Path file = Path.of(name);
    String id = name.equals(CliOptions.STDIN) ? name : linter.idOf(file);
    Format format = Format.fromFileName(file.getFileName() == null ? "" : file.getFileName().toString()).orElse(Format.TEXT);
    byte[] content;
    try {
      content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, linter.maxFileSize() + 1));
    } catch (IOException e) {
      return new LintResult(id, null, null, null, List.of(), List.of(),
          List.of(Diagnostic.error("io.unreadable", "cannot read standard input: " + e.getMessage())));
    }
    if (!name.equals(CliOptions.STDIN) && Format.isCompressed(name)) {
      // "--stdin-name page.html.gz": read decompressed, as the file of that name would be.
      return linter.lint(file, content);
    }
    return linter.lint(content, format, id);
  }

  private static CopydeskConfig config(CliOptions options) throws FailedRun {
    try {
      Path configFile = options.config();
      if (configFile != null) {
        if (!Files.isRegularFile(configFile)) {
          throw new FailedRun("configuration file " + configFile + " does not exist");
        }
        return ConfigLoader.load(configFile);
      } else if (Files.isRegularFile(Path.of(ConfigLoader.DEFAULT_FILE_NAME))) {
        return ConfigLoader.load(Path.of(ConfigLoader.DEFAULT_FILE_NAME));
      }
      return CopydeskConfig.empty();
    } catch (ConfigException e) {
      throw new FailedRun(e.getMessage());
    }
  }

  private static Linter linter(CliOptions options, CopydeskConfig config, Path base, @Nullable RuleTimings timings) throws FailedRun {
    try {
      Linter.Builder b = Linter.builder()
          .config(config)
          .baseDirectory(base)
          .encoding(options.encoding())
          // Results keep no article, so memory stays flat over many files; what needs one reads it again.
          .articleRetention(ArticleRetention.NONE);
      if (options.threads() > 0) {
        b.threads(options.threads());
      }
      if (options.maxFileSize() > 0) {
        b.maxFileSize(options.maxFileSize());
      }
      if (timings != null) {
        b.timings(timings);
      }
      return b.build();
    } catch (ConfigException | RuleLoadException | IllegalArgumentException e) {
      throw new FailedRun(e.getMessage());
    }
  }

  /** The files the listing found; a failure of the listing itself (a bug) reaches the caller as it was. */
  private static List<Path> listed(FutureTask<List<Path>> listing) {
    try {
      return Futures.await(listing);
    } catch (CancellationException e) { // this thread was interrupted: so is the listing
      listing.cancel(true);
      throw e;
    }
  }

  /**
   * The files to lint: each folder's regular files of a known format that {@code included} selects, in
   * sorted order, but for those in the run's own folders ({@code own}: where its reports and cache go)
   * that lie inside the folder, and each file named as it is. Symbolic links to files count as files,
   * as they always have; the folder walk reads each entry's attributes once.
   */
  private static List<Path> files(List<Path> inputs, Predicate<Path> included, List<Path> own, Path base, PrintStream err) {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        // The run's report and cache folders inside this one (not this one itself, nor one around it).
        Path folder = base.resolve(p).normalize();
        List<Path> skipped = own.stream().filter(o -> o.startsWith(folder) && !o.equals(folder)).toList();
        Predicate<Path> selected = skipped.isEmpty() ? included
            : included.and(f -> skipped.stream().noneMatch(base.resolve(f).normalize()::startsWith));
        int before = files.size();
        try {
          files.addAll(walk(p, selected));
        } catch (IOException | UncheckedIOException e) {
          err.println("copydesk: cannot list " + p + ": " + e.getMessage());
          continue;
        }
        if (files.size() == before) {
          // Named on purpose and empty of articles: a wrong folder, compressed pages, patterns that
          // match nothing. Said, so that "0 files" is not read as a clean run.
          err.println("copydesk: nothing to lint in " + p + ": " + FolderSurvey.whyNothingIn(p));
        }
      } else {
        // Named explicitly, a file is linted whatever its name; one that cannot be read becomes a diagnostic.
        files.add(p);
      }
    }
    return files;
  }

  /**
   * The regular files (or links to one) of a known format under {@code dir} that {@code selected} takes,
   * sorted, leaving out version control's folders and {@code node_modules} ({@link
   * FolderSurvey#NOT_SEARCHED}). A folder inside that cannot be read fails the walk, as {@code Files.find}
   * does.
   */
  private static List<Path> walk(Path dir, Predicate<Path> selected) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attributes) {
        return FolderSurvey.isNotSearched(d, dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attributes) {
        if ((attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(f))
            && f.getFileName() != null
            && Format.fromFileName(f.getFileName().toString()).isPresent()
            && selected.test(f)) {
          found.add(f);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }

  private static Baseline readBaseline(Path file) throws FailedRun {
    try {
      return Baseline.read(file);
    } catch (BaselineException e) {
      throw new FailedRun(e.getMessage());
    } catch (CharacterCodingException e) {
      throw new FailedRun("cannot read the baseline " + file + ": not UTF-8");
    } catch (IOException e) {
      throw new FailedRun("cannot read the baseline " + file + ": " + e.getMessage());
    }
  }

  private static void writeToStandardOutput(Reporter reporter, LintReport report, PrintStream out) throws FailedRun {
    try {
      Writer w = new Utf8Writer(out);
      reporter.write(report, w);
      w.flush();
    } catch (IOException e) {
      throw new FailedRun("cannot write the " + reporter.format() + " report: " + e.getMessage());
    }
  }
}
