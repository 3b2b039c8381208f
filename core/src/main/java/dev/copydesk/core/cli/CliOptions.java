package dev.copydesk.core.cli;

import dev.copydesk.core.report.Reporters;
import dev.copydesk.core.rule.Severity;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The command line's arguments, checked: every value parsed and every combination allowed, so that a run
 * with them can only fail on what it reads.
 *
 * <p>Immutable and thread-safe.
 *
 * @param formats report format ids, each once, in the order given; {@code console} when none was given
 * @param output the directory reports are written to, or null for standard output
 * @param failOn the least severity that fails the run, or null for {@code none}
 * @param config the configuration file given, or null to look for {@code .copydesk.yml} here
 * @param baseline the baseline file given, or null for none
 * @param threads threads to lint on, or 0 for one per processor
 * @param encoding the encoding of files without a byte-order mark
 * @param maxFileSize the size in bytes above which a file is reported and not read, or 0 for the
 *     linter's default
 * @param cache the folder of the result cache, or null to lint every file afresh
 * @param inputs the files and directories to lint
 * @param stdin the name of the text read from standard input (the path {@code -}): a file name, which
 *     picks its format and the configuration's overrides as a file's path would, or {@link #STDIN}
 *     unless {@code --stdin-name} gives one; null when standard input is not read
 * @param timing whether to print the time parsing and each rule took (standard error) after the reports
 * @param fix whether to write the fixes findings suggest into the files ({@code --fix}) before reporting
 * @param diff whether to print the fixes {@code --fix} would make, as a unified diff, instead of
 *     making them ({@code --diff}); reports then go only to files
 * @param fixRules the rules whose fixes {@code --fix} and {@code --diff} make ({@code --fix-rules}); empty
 *     for every rule's
 * @param pruneCache whether the cache forgets the files this run does not list ({@code --prune-cache})
 * @param explain the rule {@code --explain} names, or null
 * @param request whether to lint, to list the rules in effect (for the one path in {@code inputs}, if
 *     any, with the configuration given), or only to print the usage or the version (nothing else is
 *     then checked)
 */
record CliOptions(
    List<String> formats,
    @Nullable Path output,
    @Nullable Severity failOn,
    @Nullable Path config,
    @Nullable Path baseline,
    int threads,
    Charset encoding,
    long maxFileSize,
    @Nullable Path cache,
    List<Path> inputs,
    @Nullable String stdin,
    boolean timing,
    boolean fix,
    boolean diff,
    List<String> fixRules,
    boolean pruneCache,
    @Nullable String explain,
    Request request) {

  static final String USAGE =
      "usage: copydesk [--format FORMAT[,FORMAT...]]... [--output DIR] [--fail-on error|warning|info|none]"
          + " [--baseline FILE] [--config FILE] [--threads N] [--encoding CHARSET] [--max-file-size SIZE]"
          + " [--cache DIR [--prune-cache]] [--stdin-name NAME] [--timing] [--fix | --diff] [--fix-rules RULE[,RULE...]]"
          + " PATH...";

  /** The id of standard input's text when {@code --stdin-name} does not name it: read as plain text. */
  static final String STDIN = "<stdin>";

  /** What the command line was asked to do. */
  enum Request {
    /** Lint the inputs. */
    LINT,
    /** {@code -h}, {@code --help}: print the usage. */
    HELP,
    /** {@code --version}: print Copydesk's version. */
    VERSION,
    /** {@code --list-rules}: print the rules in effect, for the one path given if any. */
    LIST_RULES,
    /** {@code --explain RULE}: print one rule's documentation and options, for the one path given if any. */
    EXPLAIN
  }

  /** Arguments that cannot be run; the message is one line and names the argument. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  CliOptions {
    formats = List.copyOf(formats);
    fixRules = List.copyOf(fixRules);
    inputs = List.copyOf(inputs);
  }

  /**
   * Reads {@code args}: options before, after or between paths; {@code --name value} or {@code
   * --name=value}; {@code --} ends the options.
   */
  static CliOptions parse(String[] args) throws UsageException {
    List<String> formatSpecs = new ArrayList<>();
    Path output = null;
    Severity failOn = Severity.ERROR;
    Path config = null;
    Path baseline = null;
    int threads = 0;
    Charset encoding = StandardCharsets.UTF_8;
    long maxFileSize = 0;
    Path cache = null;
    List<Path> inputs = new ArrayList<>();
    boolean stdin = false;
    @Nullable String stdinName = null;
    boolean timing = false;
    boolean fix = false;
    boolean diff = false;
    List<String> fixRules = new ArrayList<>();
    boolean pruneCache = false;
    boolean listRules = false;
    String explain = null;
    boolean optionsEnded = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-") && !optionsEnded) {
        if (stdin) {
          throw new UsageException("standard input (-) is given twice");
        }
        stdin = true;
        continue;
      }
      if (optionsEnded || !arg.startsWith("-")) {
        inputs.add(path(arg, "path"));
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      if (arg.equals("-h") || arg.equals("--help")) {
        return new CliOptions(List.of(), null, null, null, null, 0, encoding, 0, null, List.of(), null, false, false, false, List.of(), false, null, Request.HELP);
      }
      if (arg.equals("--version")) {
        return new CliOptions(List.of(), null, null, null, null, 0, encoding, 0, null, List.of(), null, false, false, false, List.of(), false, null, Request.VERSION);
      }
      if (arg.equals("--timing")) {
        timing = true;
        continue;
      }
      if (arg.equals("--fix")) {
        fix = true;
        continue;
      }
      if (arg.equals("--diff")) {
        diff = true;
        continue;
      }
      if (arg.equals("--prune-cache")) {
        pruneCache = true;
        continue;
      }
      if (arg.equals("--list-rules")) {
        listRules = true;
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      if (name.equals("--timing") || name.equals("--fix") || name.equals("--diff") || name.equals("--prune-cache") || name.equals("--version") || name.equals("--help") || name.equals("--list-rules")) {
        throw new UsageException(name + " takes no value");
      }
      if (!List.of("--format", "--output", "--fail-on", "--config", "--baseline", "--threads", "--encoding", "--max-file-size",
          "--cache", "--stdin-name", "--explain", "--fix-rules")
          .contains(name)) {
        throw new UsageException("unknown option '" + name + "'");
      }
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new UsageException(name + " needs a value");
      }
      switch (name) {
        case "--format" -> formatSpecs.add(value);
        case "--output" -> output = path(value, name);
        case "--fail-on" -> failOn = failOn(value);
        case "--config" -> config = path(value, name);
        case "--baseline" -> baseline = path(value, name);
        case "--threads" -> threads = threads(value);
        case "--encoding" -> encoding = charset(value);
        case "--max-file-size" -> maxFileSize = size(value);
        case "--cache" -> cache = path(value, name);
        case "--stdin-name" -> stdinName = path(value, name).toString();
        case "--fix-rules" -> {
          for (String id : value.split(",", -1)) {
            if (id.isBlank()) {
              throw new UsageException("--fix-rules needs rule ids, separated by commas: '" + value + "'");
            }
            fixRules.add(id.strip());
          }
        }
        case "--explain" -> {
          if (value.isEmpty()) {
            throw new UsageException("--explain needs a rule id");
          }
          explain = value;
        }
        default -> throw new AssertionError(name);
      }
    }
    if (explain != null) {
      if (listRules || stdin || inputs.size() > 1) {
        throw new UsageException("--explain takes at most one path: the file whose settings to show");
      }
      return new CliOptions(List.of(), null, null, config, null, threads, encoding, maxFileSize, null, inputs, null, false, false, false, List.of(), false, explain, Request.EXPLAIN);
    }
    if (listRules) {
      if (stdin || inputs.size() > 1) {
        throw new UsageException("--list-rules takes at most one path: the file whose rules to list");
      }
      return new CliOptions(List.of(), null, null, config, null, threads, encoding, maxFileSize, null, inputs, null, false, false, false, List.of(), false, null, Request.LIST_RULES);
    }
    List<String> formats;
    try {
      formats = Reporters.parseFormats(formatSpecs);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format: " + e.getMessage());
    }
    if (formats.isEmpty()) {
      if (!formatSpecs.isEmpty()) {
        throw new UsageException("--format names no format (expected " + String.join(", ", Reporters.FORMATS) + ")");
      }
      formats = List.of("console");
    }
    if (fix && diff) {
      throw new UsageException("--fix makes the fixes and --diff only shows them: give one");
    }
    if (!fixRules.isEmpty() && !fix && !diff) {
      throw new UsageException("--fix-rules chooses the fixes --fix or --diff makes, and neither is given");
    }
    if (diff && output == null && !formatSpecs.isEmpty()) {
      throw new UsageException("--diff writes the diff to standard output; write reports to files with --output DIR");
    }
    if (output == null && formats.size() > 1) {
      throw new UsageException(
          "standard output takes one format, not " + String.join(", ", formats) + "; write them to files with --output DIR");
    }
    if (stdinName != null && !stdin) {
      throw new UsageException("--stdin-name names standard input, which is read only when the path - is given");
    }
    if (pruneCache && cache == null) {
      throw new UsageException("--prune-cache prunes the cache --cache names, and none is given");
    }
    if (inputs.isEmpty() && !stdin) {
      throw new UsageException("no files or directories given (- reads standard input)");
    }
    @Nullable String stdinAs = stdin ? (stdinName != null ? stdinName : STDIN) : null;
    return new CliOptions(formats, output, failOn, config, baseline, threads, encoding, maxFileSize, cache, inputs, stdinAs, timing, fix, diff, fixRules, pruneCache, null, Request.LINT);
  }

  private static Path path(String value, String what) throws UsageException {
    if (value.isEmpty()) {
      throw new UsageException(what + " needs a value");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException(what + ": not a valid path: '" + value + "'");
    }
  }

  private static @Nullable Severity failOn(String value) throws UsageException {
    if (value.strip().equalsIgnoreCase("none")) {
      return null;
    }
    try {
      return Severity.parse(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--fail-on: unknown severity '" + value + "' (expected error, warning, info or none)");
    }
  }

  private static int threads(String value) throws UsageException {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--threads needs a whole number of at least 1, not '" + value + "'");
  }

  /**
   * A size in bytes: a whole number of at least 1, perhaps followed by {@code k}, {@code m} or {@code g}
   * (either case, with or without a trailing {@code b} or {@code ib}) for KiB, MiB or GiB.
   */
  static long size(String value) throws UsageException {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    v = v.endsWith("ib") ? v.substring(0, v.length() - 2) : v.endsWith("b") ? v.substring(0, v.length() - 1) : v;
    int shift = 0;
    if (!v.isEmpty()) {
      switch (v.charAt(v.length() - 1)) {
        case 'k' -> shift = 10;
        case 'm' -> shift = 20;
        case 'g' -> shift = 30;
        default -> { }
      }
    }
    String digits = shift == 0 ? v : v.substring(0, v.length() - 1);
    if (!digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        long n = Long.parseLong(digits);
        if (n >= 1 && n <= (Long.MAX_VALUE >> shift)) {
          return n << shift;
        }
      } catch (NumberFormatException e) {
        // too many digits: reported below
      }
    }
    throw new UsageException("--max-file-size needs a size in bytes of at least 1 (such as 20000000 or 64m), not '" + value + "'");
  }

  private static Charset charset(String value) throws UsageException {
    try {
      return Charset.forName(value.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UsageException("--encoding: unknown encoding '" + value + "' (try UTF-8 or windows-1252)");
    }
  }
}
