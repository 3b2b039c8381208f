package dev.copydesk.core.engine;

import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.config.RuleProvider;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.core.parse.ParsedArticle;
import dev.copydesk.core.parse.SourceDecoder;
import dev.copydesk.core.rule.Rule;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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

  private final RuleRegistry registry;
  private final CopydeskConfig config;
  private final RulePlan plan;
  private final ArticleParser parser;
  private final SourceDecoder decoder;
  private final PosTagger tagger;
  private final Path baseDirectory;
  private final long maxFileSize;
  private final int threads;

  private Linter(Builder b) {
    this.config = b.config;
    this.baseDirectory = b.baseDirectory.toAbsolutePath().normalize();
    RuleRegistry base = b.registry != null ? b.registry : RuleRegistry.load();
    this.registry = b.providers ? withProvidedRules(base, config, baseDirectory) : base;
    this.plan = new RulePlan(registry, config);
    this.parser = b.parser;
    this.decoder = new SourceDecoder(b.encoding);
    this.tagger = b.tagger != null ? b.tagger : PosTaggers.lazyEnglish();
    this.maxFileSize = b.maxFileSize;
    this.threads = b.threads;
  }

  public static Builder builder() {
    return new Builder();
  }

  private static RuleRegistry withProvidedRules(RuleRegistry base, CopydeskConfig config, Path baseDirectory) {
    List<Rule> provided = new ArrayList<>();
    for (RuleProvider p : ServiceLoader.load(RuleProvider.class, Linter.class.getClassLoader())) {
      provided.addAll(p.rules(config, baseDirectory));
    }
    return provided.isEmpty() ? base : base.with(provided);
  }

  public RuleRegistry rules() {
    return registry;
  }

  public CopydeskConfig config() {
    return config;
  }

  public int threads() {
    return threads;
  }

  public Path baseDirectory() {
    return baseDirectory;
  }

  /** The id reports use for {@code file}: its path relative to the base directory, forward slashes. */
  public String idOf(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path rel = abs.startsWith(baseDirectory) ? baseDirectory.relativize(abs) : abs;
    return rel.toString().replace('\\', '/');
  }

  /** Whether the configuration's include and exclude globs select {@code file}. */
  public boolean isIncluded(Path file) {
    return config.isIncluded(idOf(file));
  }

  /** Lints an article held in memory; {@code id} is its path or identity in reports and globs. */
  public LintResult lint(String source, Format format, String id) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(id, "id");
    return lintSource(source, format, id, null, List.of());
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
   * Lints a file. Its format follows the extension (unknown extensions are read as plain text). Never
   * throws for what the file contains or whether it can be read: see {@link LintResult#diagnostics()}.
   */
  public LintResult lint(Path file) {
    String id = idOf(file);
    Format format = Format.fromFileName(file.getFileName() == null ? "" : file.getFileName().toString()).orElse(Format.TEXT);
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        return failed(id, file, Files.exists(file) ? "not a regular file" : "no such file", "io.unreadable");
      }
      long size = Files.size(file);
      if (size > maxFileSize) {
        return failed(
            id,
            file,
            "file is " + human(size) + ", over the limit of " + human(maxFileSize) + " (raise maxFileSize to lint it); skipped",
            "io.too-large");
      }
      bytes = readAtMost(file, maxFileSize);
      if (bytes == null) {
        return failed(id, file, "file grew past the limit of " + human(maxFileSize) + " while being read; skipped", "io.too-large");
      }
    } catch (AccessDeniedException e) {
      return failed(id, file, "permission denied; skipped", "io.unreadable");
    } catch (NoSuchFileException e) {
      return failed(id, file, "no such file", "io.unreadable");
    } catch (IOException | RuntimeException e) {
      return failed(id, file, "cannot read: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), "io.unreadable");
    }
    SourceDecoder.Decoded decoded = decoder.decode(bytes);
    if (!decoded.ok()) {
      return new LintResult(id, file, format, null, List.of(), List.of(), List.of(Objects.requireNonNull(decoded.diagnostic())));
    }
    return lintSource(Objects.requireNonNull(decoded.text()), format, id, file, List.of());
  }

  /** Lints {@code files} on up to {@link #threads()} threads; results in the order of {@code files}. */
  public List<LintResult> lintAll(Collection<Path> files) {
    List<LintResult> out = new ArrayList<>(files.size());
    lintAll(files, out::add);
    return out;
  }

  /**
   * Lints {@code files} on up to {@link #threads()} threads and hands each result to {@code sink} in the
   * order of {@code files}, on the calling thread. At most a few results per thread are held at once,
   * so memory stays flat over millions of files.
   */
  public void lintAll(Iterable<Path> files, Consumer<LintResult> sink) {
    if (threads <= 1) {
      for (Path p : files) {
        sink.accept(lint(p));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, new WorkerFactory());
    try {
      Deque<Future<LintResult>> window = new ArrayDeque<>();
      int maxInFlight = threads * 4;
      Iterator<Path> it = files.iterator();
      while (it.hasNext() || !window.isEmpty()) {
        while (it.hasNext() && window.size() < maxInFlight) {
          Path p = it.next();
          window.add(pool.submit(() -> lint(p)));
        }
        sink.accept(await(window.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static LintResult await(Future<LintResult> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while linting", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }

  private LintResult lintSource(String source, Format format, String id, @Nullable Path path, List<Diagnostic> earlier) {
    List<Diagnostic> diagnostics = new ArrayList<>(earlier);
    ParsedArticle parsed;
    try {
      parsed = parser.parse(id, source, format);
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.add(
          Diagnostic.error(
              "parse.failure",
              "could not parse as " + format.id() + ": " + e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + e.getMessage())));
      return new LintResult(id, path, format, null, List.of(), List.of(), diagnostics);
    }
    return check(parsed, path, diagnostics);
  }

  private LintResult check(ParsedArticle parsed, @Nullable Path path, List<Diagnostic> diagnostics) {
    Article article = parsed.article();
    diagnostics.addAll(parsed.diagnostics());
    ArticleChecker.Outcome outcome = new ArticleChecker(article, tagger).run(plan.rulesFor(article.id()));
    diagnostics.addAll(outcome.diagnostics());
    return new LintResult(article.id(), path, article.format(), article, outcome.findings(), outcome.suppressed(), diagnostics);
  }

  private static LintResult failed(String id, Path file, String message, String code) {
    return new LintResult(id, file, null, null, List.of(), List.of(), List.of(Diagnostic.error(code, message)));
  }

  private static byte[] readAtMost(Path file, long limit) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      return bytes.length > limit ? null : bytes;
    }
  }

  static String human(long bytes) {
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
    private RuleRegistry registry;
    private CopydeskConfig config = CopydeskConfig.empty();
    private ArticleParser parser = ArticleParser.create();
    private Charset encoding = StandardCharsets.UTF_8;
    private PosTagger tagger;
    private Path baseDirectory = Path.of("");
    private long maxFileSize = DEFAULT_MAX_FILE_SIZE;
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean providers = true;

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

    /** The encoding of files without a byte-order mark; UTF-8 by default. */
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

    public Builder parser(ArticleParser parser) {
      this.parser = Objects.requireNonNull(parser);
      return this;
    }

    /** The part-of-speech tagger rules may ask for; LanguageTool's English tagger, loaded lazily, by default. */
    public Builder posTagger(PosTagger tagger) {
      this.tagger = Objects.requireNonNull(tagger);
      return this;
    }

    public Linter build() {
      return new Linter(this);
    }
  }
}
