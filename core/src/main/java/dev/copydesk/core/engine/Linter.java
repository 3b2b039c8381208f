package dev.copydesk.core.engine;

import dev.copydesk.core.config.ConfigOverride;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.config.RuleProvider;
import dev.copydesk.core.internal.ContentChecksum;
import dev.copydesk.core.internal.ContentHash;
import dev.copydesk.core.internal.Futures;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.HtmlContent;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.core.parse.ParsedArticle;
import dev.copydesk.core.parse.SourceDecoder;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.rule.RuleRegistry;
import dev.copydesk.core.segment.PosTagger;
import dev.copydesk.core.segment.PosTaggers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Lints articles: the library's entry point for build tools and CMS code.
 *
 * <pre>{@code
 * Linter linter = Linter.builder().config(ConfigLoader.load(Path.of(".copydesk.yml"))).build();
 * LintResult result = linter.lint(markdown, Format.MARKDOWN, "news/2026/budget.md");
 * }</pre>
 *
 * <p>Immutable and thread-safe once built: share one instance across any number of threads. Nothing a
 * file contains makes it throw; unreadable or malformed input comes back as {@link LintResult#diagnostics()}.
 */
public final class Linter {

  /** Files larger than this are not read unless the builder says otherwise: 10 MiB. */
  public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

  /**
   * The most bytes a file may have to be read at all, whatever the configured limit: the bytes and the
   * text decoded from them must each fit a Java array. Past it a file is refused rather than read in
   * part (a limit over 2 GiB once truncated such a file silently).
   */
  static final long MAX_READABLE = 1L << 30;

  private final RuleRegistry registry;
  private final CopydeskConfig config;
  private final RulePlan plan;
  // The parser as the configuration and the builder set it up, and one for each way of reading HTML
  // pages, for files whose configuration overrides say how (see parserFor).
  private final ArticleParser parser;
  private final Map<HtmlContent, ArticleParser> parsers;
  // Whether the builder named the HTML content: then it wins over the configuration's overrides too.
  private final boolean htmlContentFixed;
  private final SourceDecoder decoder;
  private final PosTagger tagger;
  // Whether a rule that asks for part-of-speech tags may run (see RuleInfo#usesPosTags).
  private final boolean tagsWanted;
  private final Path baseDirectory;
  private final long maxFileSize;
  private final int threads;
  private final ArticleRetention retention;
  private final @Nullable RuleTimings timings;
  // Fingerprints of the settings, by which configuration overrides apply (see fingerprint).
  private final Map<String, String> fingerprints = new ConcurrentHashMap<>();
  private volatile @Nullable String settingsDescription;

  private Linter(Builder b) {
    this.config = b.config;
    this.baseDirectory = b.baseDirectory.toAbsolutePath().normalize();
    RuleRegistry base = b.registry != null ? b.registry : RuleRegistry.load();
    this.registry = b.providers ? withProvidedRules(base, config, baseDirectory) : base;
    this.plan = new RulePlan(registry, config);
    // The builder's explicit setting wins over the configuration's, which wins over the parser's own.
    HtmlContent html = b.htmlContent != null ? b.htmlContent : config.htmlContent().orElse(b.parser.htmlContent());
    this.parser = b.parser.withHtmlContent(html);
    this.htmlContentFixed = b.htmlContent != null;
    Map<HtmlContent, ArticleParser> byContent = new EnumMap<>(HtmlContent.class);
    for (HtmlContent c : HtmlContent.values()) {
      byContent.put(c, c == html ? parser : b.parser.withHtmlContent(c));
    }
    this.parsers = Collections.unmodifiableMap(byContent);
    this.decoder = new SourceDecoder(b.encoding);
    this.tagger = b.tagger != null ? b.tagger : PosTaggers.lazyEnglish();
    this.tagsWanted = plan.mayRun(Linter::usesPosTags);
    this.maxFileSize = b.maxFileSize;
    this.threads = b.threads;
    this.retention = b.retention;
    this.timings = b.timings;
  }

  public static Builder builder() {
    return new Builder();
  }

  private static boolean usesPosTags(Rule rule) {
    RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
    return info != null && info.usesPosTags();
  }

  private static RuleRegistry withProvidedRules(RuleRegistry base, CopydeskConfig config, Path baseDirectory) {
    List<Rule> provided = new ArrayList<>();
    for (RuleProvider p : ServiceLoader.load(RuleProvider.class, Linter.class.getClassLoader())) {
      provided.addAll(p.rules(config, baseDirectory));
    }
    if (provided.isEmpty()) {
      return base;
    }
    // A registry taken from another linter already holds that linter's provided rules. Rules from
    // providers depend on the configuration (a vocabulary, a style file), so this configuration's
    // versions replace them rather than clash with them.
    List<Rule> kept = new ArrayList<>();
    for (Rule r : base.rules()) {
      String id = r.metadata().id();
      if (provided.stream().noneMatch(p -> p.getClass() == r.getClass() && p.metadata().id().equals(id))) {
        kept.add(r);
      }
    }
    return RuleRegistry.of(kept).with(provided);
  }

  public RuleRegistry rules() {
    return registry;
  }

  public CopydeskConfig config() {
    return config;
  }

  /**
   * The rules this linter runs on the file with id {@code id} (relative path, forward slashes), in
   * rule id order, with the severity and options the configuration and those of its overrides that
   * apply to the file give them; a rule switched off there is not in the list.
   */
  public List<RuleInEffect> rulesInEffect(String id) {
    return inEffect(plan.rulesFor(id));
  }

  /** {@link #rulesInEffect(String)} for a file that none of the configuration's overrides applies to. */
  public List<RuleInEffect> rulesInEffect() {
    return inEffect(plan.rulesWithoutOverrides());
  }

  private static List<RuleInEffect> inEffect(List<RulePlan.ActiveRule> active) {
    return active.stream().map(a -> new RuleInEffect(a.metadata(), a.defaultSeverity(), a.options())).toList();
  }

  public int threads() {
    return threads;
  }

  /** The encoding of files without a byte-order mark (and of HTML pages that declare none). */
  public Charset encoding() {
    return decoder.charset();
  }

  /** Files larger than this many bytes are reported and not read. */
  public long maxFileSize() {
    return maxFileSize;
  }

  public ArticleRetention articleRetention() {
    return retention;
  }

  public Path baseDirectory() {
    return baseDirectory;
  }

  /**
   * Which text of HTML pages this linter reads: the article ({@link HtmlContent#MAIN}) or the whole
   * page, except where the configuration's overrides say otherwise for some files (see {@link
   * #htmlContent(String)}).
   */
  public HtmlContent htmlContent() {
    return parser.htmlContent();
  }

  /**
   * Which text of HTML pages this linter reads for the file with id {@code id} (relative path, forward
   * slashes): the builder's setting if it made one; else that of the last configuration override for
   * the file that sets one; else {@link #htmlContent()}.
   */
  public HtmlContent htmlContent(String id) {
    return parserFor(id).htmlContent();
  }

  private ArticleParser parserFor(String id) {
    if (htmlContentFixed || config.overrides().isEmpty()) {
      return parser;
    }
    HtmlContent content = null;
    for (ConfigOverride o : config.overrides()) {
      if (o.htmlContent() != null && o.appliesTo(id)) {
        content = o.htmlContent();
      }
    }
    return content == null ? parser : parsers.get(content);
  }

  /** The id reports use for {@code file}: its path relative to the base directory, forward slashes. */
  public String idOf(Path file) {
    return idOf(baseDirectory, file);
  }

  /**
   * The id reports use for {@code file} in a run whose base directory is {@code baseDirectory} (absolute
   * and normalized): for a caller that selects files before its linter is built.
   */
  public static String idOf(Path baseDirectory, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path rel = abs.startsWith(baseDirectory) ? baseDirectory.relativize(abs) : abs;
    return rel.toString().replace('\\', '/');
  }

  /** Whether the configuration's include and exclude globs select {@code file}. */
  public boolean isIncluded(Path file) {
    return config.includesAll() || config.isIncluded(idOf(file));
  }

  /** Lints an article held in memory; {@code id} is its path or identity in reports and globs. */
  public LintResult lint(String source, Format format, String id) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(id, "id");
    return lintSource(source, format, id, null, List.of());
  }

  /**
   * Lints an article held in memory as bytes (standard input, a database column, an upload), decoded as
   * a file's bytes are: a byte-order mark first, then an HTML page's declared charset, then the
   * linter's encoding. {@code id} is its path or identity in reports and globs. Bytes over {@link
   * #maxFileSize()}, or that do not decode, give a result with a diagnostic, as a file would. The
   * result keeps its article whatever {@link Builder#articleRetention} says: there is no file to read
   * it from again.
   */
  public LintResult lint(byte[] content, Format format, String id) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(id, "id");
    if (content.length > maxFileSize) {
      return new LintResult(id, null, null, null, List.of(), List.of(), List.of(Diagnostic.error("io.too-large",
          human(content.length) + ", over the limit of " + human(maxFileSize) + " (raise maxFileSize, or --max-file-size on the command line, to lint it); skipped")));
    }
    SourceDecoder.Decoded decoded = decoder.decode(content, format);
    if (!decoded.ok()) {
      return new LintResult(id, null, format, null, List.of(), List.of(), decoded.diagnostics());
    }
    return lintSource(Objects.requireNonNull(decoded.text()), format, id, null, decoded.warnings());
  }

  /**
   * Runs the rules over an article parsed already (by an {@link ArticleParser}), for callers that parse
   * once and lint more than once, and for measuring rules apart from parsing. The article's id is its
   * id in reports and globs.
   */
  public LintResult lint(ParsedArticle parsed) {
    return check(Objects.requireNonNull(parsed, "parsed"), null, new ArrayList<>());
  }

  /**
   * Lints a file. Its format follows the extension (unknown extensions are read as plain text); a
   * {@code .gz} file is read decompressed, its format from the extension before ({@code page.html.gz}),
   * and no more than {@link #maxFileSize()} of text is decompressed. Never throws for what the file
   * contains or whether it can be read: see {@link LintResult#diagnostics()}.
   */
  public LintResult lint(Path file) {
    String id = idOf(file);
    Format format = formatOf(file);
    byte[] bytes;
    long readStart = timings == null ? 0 : System.nanoTime();
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class); // links followed
      if (!attributes.isRegularFile()) {
        return failed(id, file, "not a regular file", "io.unreadable");
      }
      long size = attributes.size();
      if (size > maxFileSize) {
        return failed(
            id,
            file,
            "file is " + human(size) + ", over the limit of " + human(maxFileSize) + " (raise maxFileSize, or --max-file-size on the command line, to lint it); skipped",
            "io.too-large");
      }
      long limit = Math.min(maxFileSize, MAX_READABLE);
      if (size > limit) {
        return failed(id, file, "file is " + human(size) + ", over the " + human(limit) + " a file can have to be read; skipped", "io.too-large");
      }
      bytes = read(file, size, limit);
      if (bytes == null) {
        return failed(id, file, "file grew past the limit of " + human(limit) + " while being read; skipped", "io.too-large");
      }
    } catch (AccessDeniedException e) {
      return failed(id, file, "permission denied; skipped", "io.unreadable");
    } catch (NoSuchFileException e) {
      return failed(id, file, "no such file", "io.unreadable");
    } catch (IOException | RuntimeException e) {
      return failed(id, file, "cannot read: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), "io.unreadable");
    }
    if (timings != null) {
      timings.addRead(System.nanoTime() - readStart);
    }
    return lintContent(file, id, format, bytes);
  }

  /**
   * Lints {@code content}, read from {@code file} by the caller (a cache that hashed it, say): the same
   * as {@link #lint(Path)} on a file holding those bytes.
   */
  public LintResult lint(Path file, byte[] content) {
    String id = idOf(file);
    Format format = formatOf(file);
    if (content.length > maxFileSize) {
      return failed(
          id,
          file,
          "file is " + human(content.length) + ", over the limit of " + human(maxFileSize) + " (raise maxFileSize, or --max-file-size on the command line, to lint it); skipped",
          "io.too-large");
    }
    return lintContent(file, id, format, content);
  }

  private LintResult lintContent(Path file, String id, Format format, byte[] bytes) {
    long decodeStart = timings == null ? 0 : System.nanoTime();
    byte[] content = bytes;
    if (isCompressed(file)) {
      try {
        content = Gzip.inflate(bytes, maxFileSize);
      } catch (Gzip.TooLargeException e) {
        return failed(
            id,
            file,
            "decompresses to more than " + human(maxFileSize) + ", the limit (raise maxFileSize, or --max-file-size on the command line, to lint it); skipped",
            "io.too-large");
      } catch (IOException e) {
        return failed(id, file, "not valid gzip: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "; skipped", "io.unreadable");
      }
    }
    SourceDecoder.Decoded decoded = decoder.decode(content, format);
    if (timings != null) {
      timings.addRead(System.nanoTime() - decodeStart);
    }
    if (!decoded.ok()) {
      return new LintResult(id, file, format, null, List.of(), List.of(), decoded.diagnostics());
    }
    LintResult r = lintSource(Objects.requireNonNull(decoded.text()), format, id, file, decoded.warnings());
    if (retention != ArticleRetention.KEEP && r.holdsArticle()) {
      // Only the checksum of the bytes is kept, to read them again only if they are the same.
      byte[] checksum = ContentChecksum.of(bytes);
      return LintResult.reloadable(
          id, file, format, retention == ArticleRetention.SOFT ? r.article() : null,
          () -> parseUnchanged(file, checksum).orElse(null), r.findings(), r.suppressed(), r.diagnostics());
    }
    return r;
  }

  /**
   * Reads and parses {@code file} again, if its content still has the checksum {@code checksum}: the
   * article a result let go of ({@link ArticleRetention#SOFT}, or a result from a cache). Empty when the
   * file changed, went away or cannot be read or decoded.
   *
   * @param checksum 16 bytes: the content's length as a big-endian {@code long}, then its CRC-32C and
   *     CRC-32 as big-endian {@code int}s
   */
  public Optional<Article> parseUnchanged(Path file, byte[] checksum) {
    return parseIf(file, bytes -> Arrays.equals(ContentChecksum.of(bytes), checksum));
  }

  /** Reads and parses {@code file} again if {@code unchanged} accepts its bytes; see {@link #parseUnchanged}. */
  private Optional<Article> parseIf(Path file, Predicate<byte[]> unchanged) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > maxFileSize) {
        return Optional.empty();
      }
      byte[] bytes = readAtMost(file, maxFileSize);
      if (bytes == null || !unchanged.test(bytes)) {
        return Optional.empty();
      }
      Format format = formatOf(file);
      SourceDecoder.Decoded decoded = decoder.decode(isCompressed(file) ? Gzip.inflate(bytes, maxFileSize) : bytes, format);
      if (!decoded.ok()) {
        return Optional.empty();
      }
      String id = idOf(file);
      return Optional.of(parserFor(id).parse(id, Objects.requireNonNull(decoded.text()), format).article());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean isCompressed(Path file) {
    return file.getFileName() != null && Format.isCompressed(file.getFileName().toString());
  }

  private static Format formatOf(Path file) {
    return Format.fromFileName(file.getFileName() == null ? "" : file.getFileName().toString()).orElse(Format.TEXT);
  }

  /** Lints {@code files} on up to {@link #threads()} threads; results in the order of {@code files}. */
  public List<LintResult> lintAll(Collection<Path> files) {
    List<LintResult> out = new ArrayList<>(files.size());
    lintAll(files, out::add);
    return out;
  }

  /**
   * Lints {@code files} on up to {@link #threads()} threads and hands each result to {@code sink} in the
   * order of {@code files}, on the calling thread. At most {@value #MAX_BATCH} times four results per
   * thread are in flight, and the files are read from {@code files} as the work goes, so memory stays
   * flat over millions of files whatever the sink keeps.
   *
   * @throws CancellationException if the calling thread is interrupted; the interrupt flag stays set
   *     and the workers are stopped
   */
  public void lintAll(Iterable<Path> files, Consumer<LintResult> sink) {
    lintAll(files, this::lint, sink);
  }

  /**
   * Runs {@code lint} over {@code items} as {@link #lintAll(Iterable, Consumer)} runs {@link
   * #lint(Path)} over files: on up to {@link #threads()} threads, at most {@value #MAX_BATCH} times
   * four results per thread in flight, items read from {@code items} as the work goes, results handed
   * to {@code sink} in the order of {@code items} on the calling thread.
   *
   * <p>The items may be files (a wrapper of the linter, such as a result cache, passes its own {@code
   * lint}) or anything an article comes from: the rows of a CMS archive, streamed from a database or
   * an export, each linted with {@link #lint(String, Format, String)}. Memory stays flat over millions
   * of items whatever their source, as long as {@code items} does not hold them all.
   *
   * <p>{@code lint} must be thread-safe; if it throws, the run stops and the exception reaches the
   * caller.
   *
   * @throws CancellationException if the calling thread is interrupted; the interrupt flag stays set
   *     and the workers are stopped
   */
  public <T> void lintAll(Iterable<? extends T> items, Function<? super T, LintResult> lint, Consumer<LintResult> sink) {
    if (threads <= 1) {
      for (T item : items) {
        Futures.checkInterrupted();
        sink.accept(lint.apply(item));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, new WorkerFactory());
    try {
      Deque<Future<List<LintResult>>> window = new ArrayDeque<>();
      int maxInFlight = threads * 4;
      int submitted = 0;
      Iterator<? extends T> it = items.iterator();
      while (it.hasNext() || !window.isEmpty()) {
        while (it.hasNext() && window.size() < maxInFlight) {
          Futures.checkInterrupted();
          List<T> batch = new ArrayList<>();
          for (int n = batchSize(submitted++, threads); batch.size() < n && it.hasNext(); ) {
            batch.add(it.next());
          }
          window.add(pool.submit(() -> {
            List<LintResult> results = new ArrayList<>(batch.size());
            for (T item : batch) {
              results.add(lint.apply(item));
            }
            return results;
          }));
        }
        // Wait for a task halfway through the window rather than the first: each wait that parks this
        // thread costs a wake-up (a futex and, from the other core, an interrupt), and tasks finish
        // about in the order they were handed out, so by then those before it are done too, while the
        // half behind it keeps the workers busy. Results still go to the sink strictly in order.
        Futures.awaitDone(nth(window, Math.min(window.size(), maxInFlight / 2)));
        do {
          for (LintResult r : Futures.await(window.removeFirst())) {
            sink.accept(r);
          }
        } while (!window.isEmpty() && window.peekFirst().isDone());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The {@code n}th element of {@code window}, counting from 1. */
  private static <E> E nth(Deque<E> window, int n) {
    Iterator<E> it = window.iterator();
    E e = it.next();
    for (int i = 1; i < n; i++) {
      e = it.next();
    }
    return e;
  }

  /** The most files one task of {@link #lintAll} lints. */
  static final int MAX_BATCH = 8;

  /**
   * How many files task {@code k} of a run on {@code threads} threads lints: one each for the first
   * tasks, so that a few files still spread over every thread, then more, up to {@link #MAX_BATCH}.
   * Each task is one hand-over between threads (a worker wakes the caller, which hands on the results);
   * over thousands of small articles, one a file cost a few percent of the run.
   */
  static int batchSize(int k, int threads) {
    return Math.min(MAX_BATCH, 1 + k / (threads * 8));
  }

  /**
   * Reads and parses again, on up to {@link #threads()} threads, the articles that {@code results}
   * let go of ({@link ArticleRetention#SOFT}, or results from a result cache) and that {@code needed}
   * selects, so that reporters that then ask for them one by one (an HTML or SARIF report: files with
   * findings) find them ready instead of parsing them on one thread. The articles are held softly, as
   * the results hold them; results that hold their article are skipped.
   *
   * @throws CancellationException if the calling thread is interrupted
   */
  public void loadArticles(Collection<LintResult> results, Predicate<LintResult> needed) {
    List<LintResult> todo = new ArrayList<>();
    for (LintResult r : results) {
      if (r.isLinted() && !r.holdsArticle() && needed.test(r)) {
        todo.add(r);
      }
    }
    if (todo.isEmpty()) {
      return;
    }
    if (threads <= 1) {
      for (LintResult r : todo) {
        Futures.checkInterrupted();
        r.article();
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, new WorkerFactory());
    try {
      List<Future<?>> loads = new ArrayList<>(todo.size());
      for (LintResult r : todo) {
        loads.add(pool.submit(r::article));
      }
      for (Future<?> f : loads) {
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          CancellationException c = new CancellationException("loading articles interrupted");
          c.initCause(e);
          throw c;
        } catch (ExecutionException e) {
          // article() does not throw for what a file holds; a bug here only costs the preload.
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private LintResult lintSource(String source, Format format, String id, @Nullable Path path, List<Diagnostic> earlier) {
    if (tagsWanted) {
      // The first article that asks for tags would load the tagger itself, after its parse and the rules
      // before it; this starts the load now, beside them (a no-op once it has started).
      tagger.prepare();
    }
    List<Diagnostic> diagnostics = new ArrayList<>(earlier);
    ParsedArticle parsed;
    long parseStart = timings == null ? 0 : System.nanoTime();
    try {
      parsed = parserFor(id).parse(id, source, format);
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.add(
          Diagnostic.error(
              "parse.failure",
              "could not parse as " + format.id() + ": " + e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + e.getMessage())));
      return new LintResult(id, path, format, null, List.of(), List.of(), diagnostics);
    }
    if (timings != null) {
      timings.addParse(System.nanoTime() - parseStart);
    }
    try {
      return check(parsed, path, diagnostics);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug of ours past the rules (each rule's failure is caught on its own): the file gets an error
      // line naming the cause, and the run goes on.
      List<Diagnostic> failed = new ArrayList<>(parsed.diagnostics());
      failed.add(
          Diagnostic.error(
              "internal.failure",
              "Copydesk failed on this file (" + e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report it"));
      return new LintResult(id, path, format, null, List.of(), List.of(), failed);
    }
  }

  /**
   * A fingerprint of everything but the content of {@code file} and Copydesk's own code that decides its
   * result: encoding, size limit, parser (and which text of HTML pages it reads) and tagger, every
   * loaded rule (id, class, metadata), the configuration's extension sections (declarative styles), and
   * the rules as configured for this file (on or off, severity, options, after overrides). 64 hex digits (SHA-256). Two files get the same
   * fingerprint when the same overrides apply to them. A result cache keys its entries with it.
   */
  public String fingerprint(Path file) {
    return fingerprint(idOf(file));
  }

  /** {@link #fingerprint(Path)} for the file with id {@code id} (relative path, forward slashes). */
  public String fingerprint(String id) {
    return fingerprints.computeIfAbsent(plan.overrideKey(id), k -> {
      StringBuilder d = new StringBuilder(settingsDescription());
      d.append("html-content-for-file ").append(htmlContent(id).id()).append('\n');
      for (RulePlan.ActiveRule r : plan.rulesFor(id)) {
        d.append("active ").append(r.metadata().id())
            .append(" severity=").append(r.severityOverride() == null ? "-" : r.severityOverride().id())
            .append(" options=").append(new TreeMap<>(r.options().asMap())).append('\n');
      }
      return ContentHash.hex(ContentHash.of(d.toString().getBytes(StandardCharsets.UTF_8)));
    });
  }

  private String settingsDescription() {
    String d = settingsDescription;
    if (d == null) {
      StringBuilder b = new StringBuilder("copydesk settings 1\n");
      b.append("encoding ").append(decoder.charset().name()).append('\n');
      b.append("max-file-size ").append(maxFileSize).append('\n');
      b.append("parser ").append(parser.getClass().getName()).append('\n');
      b.append("html-content ").append(parser.htmlContent().id()).append('\n');
      b.append("tagger ").append(tagger.getClass().getName()).append('\n');
      b.append("extensions ").append(config.extensions()).append('\n');
      for (Rule r : registry.rules()) {
        RuleMetadata m = r.metadata();
        b.append("rule ").append(m.id()).append(' ').append(r.getClass().getName()).append(' ')
            .append(m.defaultSeverity().id()).append(' ').append(m.category().id()).append(' ')
            .append(m.enabledByDefault()).append(' ').append(m.options().values()).append('\n');
      }
      d = b.toString();
      settingsDescription = d;
    }
    return d;
  }

  private LintResult check(ParsedArticle parsed, @Nullable Path path, List<Diagnostic> diagnostics) {
    Article article = parsed.article();
    diagnostics.addAll(parsed.diagnostics());
    if (timings != null) {
      timings.addArticle();
    }
    ArticleChecker.Outcome outcome = new ArticleChecker(article, tagger, timings).run(plan.rulesFor(article.id()));
    diagnostics.addAll(outcome.diagnostics());
    return new LintResult(article.id(), path, article.format(), article, outcome.findings(), outcome.suppressed(), diagnostics);
  }

  private static LintResult failed(String id, Path file, String message, String code) {
    return new LintResult(id, file, null, null, List.of(), List.of(), List.of(Diagnostic.error(code, message)));
  }

  /**
   * The bytes of {@code file}, whose size was {@code size} (at most {@code limit}) a moment ago, or null
   * if it has grown past {@code limit} since. Read into an array of that size, then one more read to see
   * the end: the usual file takes no buffer beyond its own bytes.
   */
  static byte @Nullable [] read(Path file, long size, long limit) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      int expected = (int) Math.min(size, limit);
      // Room for one byte past the size: a read of a regular file that stops short of it has met the
      // end, so the file that has not changed since its size was read (nearly every one) takes one
      // read, not a second to find the end.
      byte[] bytes = new byte[expected + 1];
      int n = Math.max(0, in.read(bytes, 0, expected + 1));
      if (n < expected) { // shorter, or a read that stopped early: on to the byte past the size, or the end
        n += in.readNBytes(bytes, n, expected + 1 - n);
      }
      if (n <= expected) {
        return Arrays.copyOf(bytes, n); // as long as it was, or shorter
      }
      // Longer than it was: the rest, and one byte past the limit to tell whether it went past it.
      long total = expected + 1L;
      if (total > limit) {
        return null;
      }
      byte[] rest = in.readNBytes((int) (limit - total + 1));
      if (total + rest.length > limit) {
        return null;
      }
      byte[] all = Arrays.copyOf(bytes, expected + 1 + rest.length);
      System.arraycopy(rest, 0, all, expected + 1, rest.length);
      return all;
    }
  }

  /** The file's bytes, or null when it has more than {@code limit} ({@code <= MAX_READABLE}). */
  private static byte[] readAtMost(Path file, long limit) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) (limit + 1));
      return bytes.length > limit ? null : bytes;
    }
  }

  static String human(long bytes) {
    if (bytes >= 1024L * 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }
    if (bytes >= 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
    if (bytes >= 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    return bytes + " bytes";
  }

  private static final class WorkerFactory implements ThreadFactory {
    private static final AtomicInteger POOL = new AtomicInteger();
    private final int pool = POOL.incrementAndGet();
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "copydesk-" + pool + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }

  /**
   * Configures a {@link Linter}. Not thread-safe; {@link #build()} validates the configuration against
   * the rules and throws {@link dev.copydesk.core.config.ConfigException} when they disagree.
   */
  public static final class Builder {
    private ArticleRetention retention = ArticleRetention.KEEP;
    private RuleRegistry registry;
    private CopydeskConfig config = CopydeskConfig.empty();
    private ArticleParser parser = ArticleParser.create();
    private Charset encoding = StandardCharsets.UTF_8;
    private PosTagger tagger;
    private Path baseDirectory = Path.of("");
    private long maxFileSize = DEFAULT_MAX_FILE_SIZE;
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean providers = true;
    private @Nullable HtmlContent htmlContent;
    private @Nullable RuleTimings timings;

    private Builder() {}

    /**
     * Whether rules from {@link RuleProvider}s (declarative styles in the configuration) join the
     * given or discovered rules; on by default.
     */
    public Builder ruleProviders(boolean enabled) {
      this.providers = enabled;
      return this;
    }

    /** The rules to run; by default every rule found through {@link java.util.ServiceLoader}. */
    public Builder rules(RuleRegistry registry) {
      this.registry = registry;
      return this;
    }

    /** Runs exactly {@code rules}. */
    public Builder rules(Collection<? extends Rule> rules) {
      this.registry = RuleRegistry.of(rules);
      return this;
    }

    public Builder config(CopydeskConfig config) {
      this.config = Objects.requireNonNull(config);
      return this;
    }

    /**
     * The encoding of files without a byte-order mark, and of HTML pages that declare no charset of
     * their own; UTF-8 by default.
     */
    public Builder encoding(Charset encoding) {
      this.encoding = Objects.requireNonNull(encoding);
      return this;
    }

    /** The directory file ids and globs are relative to; the working directory by default. */
    public Builder baseDirectory(Path dir) {
      this.baseDirectory = Objects.requireNonNull(dir);
      return this;
    }

    /** Files larger than this many bytes are reported and not read. */
    public Builder maxFileSize(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxFileSize must be positive, was " + bytes);
      }
      this.maxFileSize = bytes;
      return this;
    }

    /** Threads for {@link Linter#lintAll}; defaults to the available processors. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * What results of files keep of their parsed article: all of it ({@link ArticleRetention#KEEP}, the
     * default), or a soft reference that lets memory go when it runs short ({@link
     * ArticleRetention#SOFT}, for callers that keep the results of many files).
     */
    public Builder articleRetention(ArticleRetention retention) {
      this.retention = Objects.requireNonNull(retention);
      return this;
    }

    public Builder parser(ArticleParser parser) {
      this.parser = Objects.requireNonNull(parser);
      return this;
    }

    /**
     * Which text of HTML pages is linted: the article the page holds ({@link HtmlContent#MAIN}), or all
     * visible text of the page ({@link HtmlContent#PAGE}), for auditing templates and scraped pages.
     * Overrides the configuration's {@code html: {content: ...}}; when neither says, the parser's own
     * setting applies ({@code MAIN} for the default parser).
     */
    public Builder htmlContent(HtmlContent content) {
      this.htmlContent = Objects.requireNonNull(content);
      return this;
    }

    /** The part-of-speech tagger rules may ask for; LanguageTool's English tagger, loaded lazily, by default. */
    public Builder posTagger(PosTagger tagger) {
      this.tagger = Objects.requireNonNull(tagger);
      return this;
    }

    /**
     * Timings the linter adds every article's parse and rule times to (see {@link RuleTimings}); none by
     * default. The linter is immutable, the timings are not: it shares them with the caller, who reads
     * them with {@link RuleTimings#snapshot()}.
     */
    public Builder timings(RuleTimings timings) {
      this.timings = Objects.requireNonNull(timings);
      return this;
    }

    public Linter build() {
      return new Linter(this);
    }
  }
}
