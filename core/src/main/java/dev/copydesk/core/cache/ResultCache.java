package dev.copydesk.core.cache;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.internal.ContentHash;
import dev.copydesk.core.rule.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Remembers the results of linting files, so that a run over files that have not changed costs a read
 * and a hash per file instead of a parse and every rule.
 *
 * <pre>{@code
 * Linter linter = Linter.builder().config(config).baseDirectory(project).build();
 * ResultCache cache = ResultCache.open(project.resolve("target/copydesk/cache"), linter);
 * List<LintResult> results = cache.lintAll(files);        // parallel, in order, like Linter.lintAll
 * cache.prune(files);                                     // forget files that are gone
 * cache.warnings().forEach(log::warn);                    // a damaged entry, an unwritable folder
 * }</pre>
 *
 * <p><b>Key.</b> One entry per file (named by a hash of its id), valid while all of these are the
 * same: the SHA-256 of the file's bytes; {@link Linter#fingerprint(Path) the linter's fingerprint} for
 * the file (encoding, size limit, the loaded rules and their metadata, declarative styles, and the
 * rules as configured for that file, overrides, severities and options included); Copydesk's version;
 * a {@link CodeStamp stamp} of the code of the core and of every loaded rule (so a rebuilt snapshot
 * counts as new code); and the caller's {@link Builder#extraKey extra key}. Anything else that changes
 * a result (files a rule provider reads on its own, say) belongs in the extra key. Inline suppressions
 * live in the content and are covered by its hash; a baseline is applied after the cache, by the caller.
 *
 * <p><b>What is stored</b>: findings, suppressed findings and diagnostics, never the article. A result
 * from the cache is {@linkplain LintResult#reloadable reloadable}: {@link LintResult#isLinted()} is
 * true, and {@link LintResult#article()} reads and parses the file again when asked (and is null if the
 * file changed in between), so reporters that need the source, such as an HTML report, work on every
 * result and pay the parse only for what they render. Results that carry an error diagnostic (a rule
 * or the parser failed) are not stored: they are worked out again next time.
 *
 * <p><b>Failures</b> never fail the run. A damaged entry (checksum, truncation, nonsense) is ignored,
 * the file is linted again and the entry rewritten, and a warning names it; a cache folder that cannot
 * be written gives one warning and the run goes on without storing. Warnings are collected for the
 * caller to show ({@link #warnings()}). Entries are written to a temporary file and moved into place,
 * so that a reader, in this process or another, sees a whole entry or none.
 *
 * <p>Immutable configuration, thread-safe: share one instance among threads and runs of one linter.
 */
public final class ResultCache {

  private final Path directory;
  private final Linter linter;
  private final String runKey;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private final AtomicLong stored = new AtomicLong();
  private final AtomicLong ignored = new AtomicLong();
  private final ConcurrentLinkedQueue<String> warnings = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean writeFailed = new AtomicBoolean();
  private final boolean usable;
  // The key each file was last linted under through this cache: content hash then settings hash.
  private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

  private ResultCache(Builder b) {
    this.directory = b.directory.toAbsolutePath().normalize();
    this.linter = b.linter;
    List<Class<?>> code = new ArrayList<>();
    code.add(Linter.class);
    for (Rule r : linter.rules().rules()) {
      code.add(r.getClass());
    }
    String description = "copydesk result cache " + EntryCodec.FORMAT + "\n"
        + "version " + b.version + "\n"
        + "code\n" + CodeStamp.of(code)
        + "extra " + b.extraKey + "\n";
    this.runKey = ContentHash.hex(ContentHash.of(description.getBytes(StandardCharsets.UTF_8)));
    this.usable = !Files.exists(directory) || Files.isDirectory(directory);
    if (!usable) {
      warn("the result cache " + directory + " is not a folder; linting every file without the cache");
    }
  }

  /** A cache in {@code directory} (created when first written) for the results of {@code linter}. */
  public static ResultCache open(Path directory, Linter linter) {
    return builder(directory, linter).build();
  }

  public static Builder builder(Path directory, Linter linter) {
    return new Builder(directory, linter);
  }

  public Path directory() {
    return directory;
  }

  public Linter linter() {
    return linter;
  }

  /** The key part shared by every file of the run: version, code stamp and extra key, hashed. */
  public String runKey() {
    return runKey;
  }

  /**
   * The result of linting {@code file}: from the cache when its entry is valid, otherwise from the
   * linter (and then stored). Never throws for what the file or the cache contains.
   */
  public LintResult lint(Path file) {
    if (!usable) {
      misses.incrementAndGet();
      return linter.lint(file);
    }
    byte[] content;
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > linter.maxFileSize()) {
        misses.incrementAndGet();
        return linter.lint(file); // the linter words the diagnostic
      }
      content = Files.readAllBytes(file);
    } catch (IOException | RuntimeException e) {
      misses.incrementAndGet();
      return linter.lint(file);
    }
    String id = linter.idOf(file);
    byte[] contentHash = ContentHash.of(content);
    byte[] settingsHash = settingsHash(id);
    byte[] key = Arrays.copyOf(contentHash, contentHash.length + settingsHash.length);
    System.arraycopy(settingsHash, 0, key, contentHash.length, settingsHash.length);
    keys.put(id, key);
    Path entry = entryOf(id);
    EntryCodec.Entry cached = read(entry, id);
    if (cached != null && EntryCodec.matches(cached, contentHash, settingsHash) && cached.id().equals(id)) {
      hits.incrementAndGet();
      return LintResult.reloadable(
          id, file, cached.format(), null, () -> linter.parseUnchanged(file, contentHash).orElse(null),
          cached.findings(), cached.suppressed(), cached.diagnostics());
    }
    misses.incrementAndGet();
    LintResult r = linter.lint(file, content);
    if (r.isLinted() && !r.hasErrorDiagnostics() && r.format() != null) {
      write(entry, EntryCodec.encode(contentHash, settingsHash, r));
    }
    return r;
  }

  /**
   * Lints {@code files} through the cache on the linter's threads and hands each result to {@code sink}
   * in the order of {@code files}, on the calling thread; see {@link Linter#lintAll(Iterable, Consumer)}.
   */
  public void lintAll(Iterable<Path> files, Consumer<LintResult> sink) {
    linter.lintAll(files, this::lint, sink);
  }

  /** Lints {@code files} through the cache; results in the order of {@code files}. */
  public List<LintResult> lintAll(Collection<Path> files) {
    List<LintResult> out = new ArrayList<>(files.size());
    lintAll(files, out::add);
    return out;
  }

  /**
   * Deletes the entries of every file not in {@code keep} (files deleted or renamed since they were
   * cached), and temporary files left by an interrupted write. Returns how many entries went.
   */
  public int prune(Collection<Path> keep) {
    Set<String> names = new HashSet<>();
    for (Path f : keep) {
      names.add(entryOf(linter.idOf(f)).getFileName().toString());
    }
    int deleted = 0;
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    Instant staleTemp = Instant.now().minus(Duration.ofMinutes(10));
    try (Stream<Path> walk = Files.walk(directory, 2)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String name = p.getFileName().toString();
        boolean temp = name.endsWith(".tmp");
        if (temp ? Files.getLastModifiedTime(p).toInstant().isBefore(staleTemp) : name.endsWith(".entry") && !names.contains(name)) {
          Files.deleteIfExists(p);
          if (!temp) {
            deleted++;
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      warn("could not prune the cache in " + directory + ": " + message(e));
    }
    return deleted;
  }

  /**
   * A digest of what decides the results of {@code files}, in their order: each file's id, the hash of
   * its content and its settings, as last linted through this cache (files not linted through it yet are
   * read and hashed now), with Copydesk's version and code. Two runs with equal digests have equal
   * results, so a caller can skip work that depends only on them, such as rewriting reports that are
   * already there (add whatever else the reports depend on, such as their formats or a baseline, to
   * the comparison). Never throws: an unreadable file contributes a random part, so that the digest
   * matches no other.
   */
  public String digest(Collection<Path> files) {
    MessageDigest d = ContentHash.digest();
    d.update(runKey.getBytes(StandardCharsets.UTF_8));
    for (Path f : files) {
      String id = linter.idOf(f);
      byte[] key = keys.get(id);
      if (key == null) {
        key = keyNow(f, id);
      }
      d.update(id.getBytes(StandardCharsets.UTF_8));
      d.update((byte) 0);
      d.update(key);
    }
    return ContentHash.hex(d.digest());
  }

  private byte[] keyNow(Path file, String id) {
    try {
      byte[] contentHash = ContentHash.of(Files.readAllBytes(file));
      byte[] settingsHash = settingsHash(id);
      byte[] key = Arrays.copyOf(contentHash, contentHash.length + settingsHash.length);
      System.arraycopy(settingsHash, 0, key, contentHash.length, settingsHash.length);
      return key;
    } catch (IOException | RuntimeException e) {
      byte[] random = new byte[ContentHash.LENGTH];
      new SecureRandom().nextBytes(random);
      return random;
    }
  }

  /** Counts since this cache was opened. */
  public Stats stats() {
    return new Stats(hits.get(), misses.get(), stored.get(), ignored.get());
  }

  /**
   * What went wrong with the cache itself so far (a damaged entry ignored, a folder that cannot be
   * written), one line each, naming the file; for the caller to log as warnings. Never about articles.
   */
  public List<String> warnings() {
    return List.copyOf(new LinkedHashSet<>(warnings));
  }

  /**
   * Counts of a cache's work.
   *
   * @param hits files whose stored result was used
   * @param misses files linted (no entry, a stale one, or one that could not be used)
   * @param stored entries written
   * @param ignored damaged entries ignored
   */
  public record Stats(long hits, long misses, long stored, long ignored) {}

  private byte[] settingsHash(String id) {
    String key = runKey + "\n" + linter.fingerprint(id);
    return ContentHash.of(key.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code <directory>/<2 hex digits>/<62 hex digits>.entry}, from the SHA-256 of the id. */
  Path entryOf(String id) {
    String h = ContentHash.hex(ContentHash.of(id.getBytes(StandardCharsets.UTF_8)));
    return directory.resolve(h.substring(0, 2)).resolve(h.substring(2) + ".entry");
  }

  private EntryCodec.@Nullable Entry read(Path entry, String id) {
    byte[] data;
    try {
      data = Files.readAllBytes(entry);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException | RuntimeException e) {
      ignored.incrementAndGet();
      warn("cache entry " + entry + " for " + id + " could not be read (" + message(e) + "); linting the file again");
      return null;
    }
    try {
      return EntryCodec.decode(data);
    } catch (EntryCodec.CorruptEntryException e) {
      ignored.incrementAndGet();
      warn("cache entry " + entry + " for " + id + " is damaged (" + e.getMessage() + "); ignored, linting the file again");
      return null;
    }
  }

  private void write(Path entry, byte[] data) {
    Path temp = null;
    try {
      Path dir = Objects.requireNonNull(entry.getParent());
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, entry.getFileName().toString(), ".tmp");
      Files.write(temp, data);
      try {
        Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
      stored.incrementAndGet();
    } catch (IOException | RuntimeException e) {
      if (writeFailed.compareAndSet(false, true)) {
        warn("cannot write the result cache in " + directory + " (" + message(e) + "); going on without storing results");
      }
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignoredToo) {
          // Pruned later.
        }
      }
    }
  }

  private void warn(String message) {
    warnings.add(message);
  }

  private static String message(Exception e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** Copydesk's version, from the same resource as {@code dev.copydesk.core.report.Version}. */
  static String currentVersion() {
    try (InputStream in = ResultCache.class.getResourceAsStream("/dev/copydesk/core/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Configures a {@link ResultCache}. Not thread-safe. */
  public static final class Builder {
    private final Path directory;
    private final Linter linter;
    private String version = currentVersion();
    private String extraKey = "";

    private Builder(Path directory, Linter linter) {
      this.directory = Objects.requireNonNull(directory, "directory");
      this.linter = Objects.requireNonNull(linter, "linter");
    }

    /** The version entries are tied to; Copydesk's own by default. */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version);
      return this;
    }

    /**
     * Anything else a result depends on that the cache cannot see, such as a hash of style files a rule
     * provider reads from disk; a different value invalidates every entry.
     */
    public Builder extraKey(String extraKey) {
      this.extraKey = Objects.requireNonNull(extraKey);
      return this;
    }

    public ResultCache build() {
      return new ResultCache(this);
    }
  }
}
