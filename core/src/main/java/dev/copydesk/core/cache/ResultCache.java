package dev.copydesk.core.cache;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.internal.ContentChecksum;
import dev.copydesk.core.internal.ContentHash;
import dev.copydesk.core.internal.Futures;
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
import java.util.Iterator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * <p><b>Storage.</b> {@link #lintAll lintAll} keeps the results of its files in one index file in
 * the folder ({@code index}), read once and written once per run (and every minute during a long
 * one), so that a run over thousands of unchanged files opens one cache file, not thousands; {@link
 * #lint(Path) lint} keeps one entry file per file (named by a hash of its id), which a later {@code
 * lintAll} takes into its index. Past {@value #MAX_INDEXED} files, {@code lintAll} keeps the rest as
 * entry files too, so that the index stays small enough to hold in memory.
 *
 * <p><b>Key.</b> Each file's entry is valid while all of these are the same: the {@link ContentChecksum
 * checksum} of the file's bytes (its length, CRC-32C and CRC-32); {@link Linter#fingerprint(Path) the linter's fingerprint} for the file (encoding, size limit,
 * the loaded rules and their metadata, declarative styles, and the rules as configured for that file,
 * overrides, severities and options included); Copydesk's version; a {@link CodeStamp stamp} of the
 * code of the core and of every loaded rule (so a rebuilt snapshot counts as new code); what the files
 * rules are built from hold, beyond the configuration itself (a vocabulary, Vale styles, a style's
 * definitions file and the token lists it names: every file or folder under the base directory that a
 * string of the configuration's extension sections or of a definitions file names; see {@code
 * ConfigurationFiles}), read once when the cache is built; and the caller's {@link Builder#extraKey
 * extra key}. Anything else that changes a result (files a rule provider reads on its own, say) belongs
 * in the extra key. Inline suppressions
 * live in the content and are covered by its checksum; a baseline is applied after the cache, by the caller.
 *
 * <p><b>What is stored</b>: findings, suppressed findings and diagnostics, never the article. A result
 * from the cache is {@linkplain LintResult#reloadable reloadable}: {@link LintResult#isLinted()} is
 * true, and {@link LintResult#article()} reads and parses the file again when asked (and is null if the
 * file changed in between), so reporters that need the source, such as an HTML report, work on every
 * result and pay the parse only for what they render. Results that carry an error diagnostic (a rule
 * or the parser failed) are not stored: they are worked out again next time.
 *
 * <p><b>Failures</b> never fail the run. A damaged entry (checksum, truncation, nonsense), in the index
 * or in a file of its own, is ignored, the file is linted again and its entry rewritten, and a warning
 * names it; an index whose structure is damaged is ignored as a whole, with a warning. A cache folder
 * that cannot be written gives one warning and the run goes on without storing. Warnings are
 * collected for the caller to show ({@link #warnings()}). Files are written to a temporary file and
 * moved into place, so that a reader, in this process or another, sees a whole file or none; two
 * runs that share a folder each write their own index, and the last one written is kept (the other's
 * new results are worked out again when next needed).
 *
 * <p>Immutable configuration, thread-safe: share one instance among threads and runs of one linter.
 */
public final class ResultCache {

  /** Files past this many in the index are kept as entry files, so that the index fits in memory. */
  public static final int MAX_INDEXED = 200_000;

  /** The index file, in the cache's folder. */
  static final String INDEX = "index";

  /** Files looked up together by {@link #lintAll}, in parallel slices, before the misses are linted. */
  private static final int CHUNK = 1024;

  /** A long {@link #lintAll} saves the index this often, so that an interrupted run keeps most of its work. */
  private static final Duration SAVE_INTERVAL = Duration.ofMinutes(1);

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
  // Settings hashes by linter fingerprint: files under the same overrides share one.
  private final Map<String, byte[]> settingsHashes = new ConcurrentHashMap<>();
  // Entries by file id: what the index file held when first needed, then lintAll's results. Null until loaded.
  private volatile @Nullable ConcurrentHashMap<String, byte[]> index;
  // Whether the index holds anything its file does not, and how many new results it holds.
  private final AtomicBoolean indexChanged = new AtomicBoolean();
  private final AtomicLong unsaved = new AtomicLong();
  // Entry files read by lintAll, which the index replaces once written.
  private final Set<Path> superseded = ConcurrentHashMap.newKeySet();

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
        + "inputs\n" + ConfigurationFiles.key(linter)
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
   * linter (and then stored in an entry file of its own). Never throws for what the file or the cache
   * contains.
   */
  public LintResult lint(Path file) {
    return lint(file, false);
  }

  /** {@link #lint(Path)}, storing into the index when {@code indexed} and it has room. */
  private LintResult lint(Path file, boolean indexed) {
    Lookup found = lookup(file, indexed, true);
    if (found.result() != null) {
      return found.result();
    }
    misses.incrementAndGet();
    byte[] content = found.content();
    if (content == null) {
      return linter.lint(file); // the linter words the diagnostic
    }
    LintResult r = linter.lint(file, content);
    if (r.isLinted() && !r.hasErrorDiagnostics() && r.format() != null) {
      byte[] data = EntryCodec.encode(found.contentHash(), found.settingsHash(), r);
      ConcurrentHashMap<String, byte[]> idx = indexed ? index() : null;
      if (idx != null && (idx.size() < MAX_INDEXED || idx.containsKey(found.id()))) {
        idx.put(found.id(), data);
        unsaved.incrementAndGet();
        indexChanged.set(true);
      } else if (write(entryOf(found.id()), data)) {
        stored.incrementAndGet();
      }
    }
    return r;
  }

  /**
   * What looking a file up found: a result from the cache, or else (for linting) the content when
   * asked for and read, and the key.
   */
  private record Lookup(
      @Nullable LintResult result, byte @Nullable [] content, String id, byte[] contentHash, byte[] settingsHash) {
    static final Lookup DIRECT = new Lookup(null, null, "", new byte[0], new byte[0]);
  }

  /** Looks {@code file} up in the index, then in its entry file; {@link Lookup#DIRECT} when it cannot be read. */
  private Lookup lookup(Path file, boolean indexed, boolean keepContent) {
    if (!usable) {
      return Lookup.DIRECT;
    }
    byte[] content;
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > linter.maxFileSize()) {
        return Lookup.DIRECT;
      }
      content = Files.readAllBytes(file);
    } catch (IOException | RuntimeException e) {
      return Lookup.DIRECT;
    }
    String id = linter.idOf(file);
    byte[] contentHash = ContentChecksum.of(content);
    byte[] settingsHash = settingsHash(id);
    byte[] key = Arrays.copyOf(contentHash, contentHash.length + settingsHash.length);
    System.arraycopy(settingsHash, 0, key, contentHash.length, settingsHash.length);
    keys.put(id, key);
    ConcurrentHashMap<String, byte[]> idx = index();
    byte[] data = idx.get(id);
    if (data != null) {
      String what = "the cache index " + directory.resolve(INDEX) + " entry";
      LintResult r = EntryCodec.hasKey(data, contentHash, settingsHash)
          ? fromEntry(data, file, id, contentHash, what)
          : staleOrDamaged(data, id, what);
      if (r != null) {
        return new Lookup(r, null, id, contentHash, settingsHash);
      }
      if (idx.remove(id, data)) {
        indexChanged.set(true);
      }
    }
    Path entry = entryOf(id);
    data = read(entry, id);
    if (data != null) {
      String what = "cache entry " + entry;
      LintResult r = EntryCodec.hasKey(data, contentHash, settingsHash)
          ? fromEntry(data, file, id, contentHash, what)
          : staleOrDamaged(data, id, what);
      if (r != null && indexed && (idx.size() < MAX_INDEXED || idx.containsKey(id))) {
        idx.put(id, data);
        indexChanged.set(true);
        superseded.add(entry); // deleted once the index holds it
      } else if (r == null && indexed) {
        delete(entry); // stale or damaged: the result about to be worked out goes into the index
      }
      if (r != null) {
        return new Lookup(r, null, id, contentHash, settingsHash);
      }
    }
    return new Lookup(null, keepContent ? content : null, id, contentHash, settingsHash);
  }

  /**
   * Null, for an entry whose key is not the file's: when it is damaged too (a key can be damaged as
   * well as the rest), with a warning naming {@code what}, so that damage is reported wherever it is.
   */
  private @Nullable LintResult staleOrDamaged(byte[] data, String id, String what) {
    try {
      EntryCodec.verify(data);
    } catch (EntryCodec.CorruptEntryException e) {
      ignored.incrementAndGet();
      warn(what + " for " + id + " is damaged (" + e.getMessage() + "); ignored, linting the file again");
    }
    return null;
  }

  /** The result an entry holds, or null (with a warning naming {@code what}) when it is damaged. */
  private @Nullable LintResult fromEntry(byte[] data, Path file, String id, byte[] contentHash, String what) {
    EntryCodec.Entry cached;
    try {
      cached = EntryCodec.decode(data);
    } catch (EntryCodec.CorruptEntryException e) {
      ignored.incrementAndGet();
      warn(what + " for " + id + " is damaged (" + e.getMessage() + "); ignored, linting the file again");
      return null;
    }
    if (cached == null || !cached.id().equals(id)) {
      return null;
    }
    hits.incrementAndGet();
    return LintResult.reloadable(
        id, file, cached.format(), null, () -> linter.parseUnchanged(file, contentHash).orElse(null),
        cached.findings(), cached.suppressed(), cached.diagnostics());
  }

  /**
   * Lints {@code files} through the cache on the linter's threads and hands each result to {@code sink}
   * in the order of {@code files}, on the calling thread; see {@link Linter#lintAll(Iterable, Consumer)}.
   * Files are looked up a chunk at a time, each thread taking a slice (a lookup is a read and a hash,
   * too little work to hand over one file at a time), then the chunk's misses are linted. The index is
   * written at the end, also when the run stops early.
   *
   * @throws CancellationException if the calling thread is interrupted; the interrupt flag stays set
   */
  public void lintAll(Iterable<Path> files, Consumer<LintResult> sink) {
    int threads = Math.max(1, linter.threads());
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, ResultCache::daemon) : null;
    long lastSave = System.nanoTime();
    try {
      Iterator<Path> it = files.iterator();
      while (it.hasNext()) {
        List<Path> chunk = new ArrayList<>(CHUNK);
        while (it.hasNext() && chunk.size() < CHUNK) {
          chunk.add(it.next());
        }
        LintResult[] out = lookUp(chunk, pool, threads);
        List<Path> missed = new ArrayList<>();
        int[] at = new int[chunk.size()];
        for (int i = 0; i < out.length; i++) {
          if (out[i] == null) {
            at[missed.size()] = i;
            missed.add(chunk.get(i));
          }
        }
        if (!missed.isEmpty()) {
          int[] next = {0};
          linter.lintAll(missed, f -> lint(f, true), r -> out[at[next[0]++]] = r);
        }
        for (LintResult r : out) {
          sink.accept(Objects.requireNonNull(r));
        }
        if (System.nanoTime() - lastSave > SAVE_INTERVAL.toNanos()) {
          saveIndex();
          lastSave = System.nanoTime();
        }
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
      saveIndex();
    }
  }

  /** The results of {@code chunk} that the cache holds, null for the others; on up to {@code threads} threads. */
  private LintResult[] lookUp(List<Path> chunk, @Nullable ExecutorService pool, int threads) {
    LintResult[] out = new LintResult[chunk.size()];
    if (pool == null || chunk.size() < 2 * threads) {
      for (int i = 0; i < out.length; i++) {
        Futures.checkInterrupted();
        out[i] = lookup(chunk.get(i), true, false).result();
      }
      return out;
    }
    List<Future<?>> slices = new ArrayList<>(threads);
    int size = (chunk.size() + threads - 1) / threads;
    for (int start = 0; start < chunk.size(); start += size) {
      int from = start;
      int to = Math.min(chunk.size(), start + size);
      slices.add(pool.submit(() -> {
        for (int i = from; i < to && !Thread.currentThread().isInterrupted(); i++) {
          out[i] = lookup(chunk.get(i), true, false).result();
        }
      }));
    }
    for (Future<?> f : slices) {
      Futures.await(f);
    }
    return out;
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "copydesk-cache");
    t.setDaemon(true);
    return t;
  }

  /** Lints {@code files} through the cache; results in the order of {@code files}. */
  public List<LintResult> lintAll(Collection<Path> files) {
    List<LintResult> out = new ArrayList<>(files.size());
    lintAll(files, out::add);
    return out;
  }

  /** The index, read from its file when first needed; empty when there is none or it cannot be used. */
  private ConcurrentHashMap<String, byte[]> index() {
    ConcurrentHashMap<String, byte[]> i = index;
    if (i == null) {
      synchronized (this) {
        i = index;
        if (i == null) {
          i = new ConcurrentHashMap<>(readIndex());
          index = i;
        }
      }
    }
    return i;
  }

  private Map<String, byte[]> readIndex() {
    Path file = directory.resolve(INDEX);
    if (!usable) {
      return Map.of();
    }
    byte[] data;
    try {
      data = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (IOException | RuntimeException e) {
      ignored.incrementAndGet();
      indexChanged.set(true);
      warn("the cache index " + file + " could not be read (" + message(e) + "); looking files up one by one");
      return Map.of();
    }
    try {
      return CacheIndex.decode(data);
    } catch (EntryCodec.CorruptEntryException e) {
      ignored.incrementAndGet();
      indexChanged.set(true);
      warn("the cache index " + file + " is damaged (" + e.getMessage() + "); ignored, looking files up one by one");
      return Map.of();
    }
  }

  /** Writes the index if it holds anything its file does not, then deletes the entry files it replaces. */
  private synchronized void saveIndex() {
    ConcurrentHashMap<String, byte[]> idx = index;
    if (idx == null || !indexChanged.getAndSet(false)) {
      return;
    }
    long results = unsaved.getAndSet(0);
    if (writeFile(directory.resolve(INDEX), CacheIndex.encode(idx))) {
      stored.addAndGet(results);
      for (Path p : List.copyOf(superseded)) {
        delete(p);
        superseded.remove(p);
      }
    }
  }

  /**
   * Deletes the entries of every file not in {@code keep} (files deleted or renamed since they were
   * cached), in the index and in entry files, and temporary files left by an interrupted write.
   * Returns how many entries went.
   */
  public int prune(Collection<Path> keep) {
    Set<String> ids = new HashSet<>();
    for (Path f : keep) {
      ids.add(linter.idOf(f));
    }
    int deleted = 0;
    ConcurrentHashMap<String, byte[]> idx = index();
    for (String id : List.copyOf(idx.keySet())) {
      if (!ids.contains(id) && idx.remove(id) != null) {
        indexChanged.set(true);
        deleted++;
      }
    }
    saveIndex();
    if (!Files.isDirectory(directory)) {
      return deleted;
    }
    Set<String> names = null; // entry file names of the files kept, worked out when there are entry files
    Instant staleTemp = Instant.now().minus(Duration.ofMinutes(10));
    try (Stream<Path> walk = Files.walk(directory, 2)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String name = p.getFileName().toString();
        boolean temp = name.endsWith(".tmp");
        if (temp) {
          if (Files.getLastModifiedTime(p).toInstant().isBefore(staleTemp)) {
            Files.deleteIfExists(p);
          }
          continue;
        }
        if (!name.endsWith(".entry")) {
          continue;
        }
        if (names == null) {
          names = new HashSet<>();
          for (String id : ids) {
            names.add(entryOf(id).getFileName().toString());
          }
        }
        if (!names.contains(name)) {
          Files.deleteIfExists(p);
          deleted++;
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
      byte[] contentHash = ContentChecksum.of(Files.readAllBytes(file));
      byte[] settingsHash = settingsHash(id);
      byte[] key = Arrays.copyOf(contentHash, contentHash.length + settingsHash.length);
      System.arraycopy(settingsHash, 0, key, contentHash.length, settingsHash.length);
      return key;
    } catch (IOException | RuntimeException e) {
      byte[] random = new byte[ContentChecksum.LENGTH + ContentHash.LENGTH];
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
   * @param stored results written to the cache (to the index when it was saved)
   * @param ignored damaged entries ignored
   */
  public record Stats(long hits, long misses, long stored, long ignored) {}

  private byte[] settingsHash(String id) {
    return settingsHashes.computeIfAbsent(linter.fingerprint(id),
        f -> ContentHash.of((runKey + "\n" + f).getBytes(StandardCharsets.UTF_8)));
  }

  /** {@code <directory>/<2 hex digits>/<62 hex digits>.entry}, from the SHA-256 of the id. */
  Path entryOf(String id) {
    String h = ContentHash.hex(ContentHash.of(id.getBytes(StandardCharsets.UTF_8)));
    return directory.resolve(h.substring(0, 2)).resolve(h.substring(2) + ".entry");
  }

  /** The bytes of an entry file; null when there is none, or (with a warning) when it cannot be read. */
  private byte @Nullable [] read(Path entry, String id) {
    try {
      return Files.readAllBytes(entry);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException | RuntimeException e) {
      ignored.incrementAndGet();
      warn("cache entry " + entry + " for " + id + " could not be read (" + message(e) + "); linting the file again");
      return null;
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Read again next time, and deleted or pruned then.
    }
  }

  private boolean write(Path entry, byte[] data) {
    return writeFile(entry, data);
  }

  /** Writes {@code file} through a temporary file; false (with one warning per cache) when it cannot. */
  private boolean writeFile(Path file, byte[] data) {
    Path temp = null;
    try {
      Path dir = Objects.requireNonNull(file.getParent());
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      Files.write(temp, data);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
      return true;
    } catch (IOException | RuntimeException e) {
      if (writeFailed.compareAndSet(false, true)) {
        warn("cannot write the result cache in " + directory + " (" + message(e) + "); going on without storing results");
      }
      return false;
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
     * Anything else a result depends on that the cache cannot see, such as a hash of files a rule
     * provider reads from disk on its own; a different value invalidates every entry.
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
