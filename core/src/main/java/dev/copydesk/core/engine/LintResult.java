package dev.copydesk.core.engine;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Severity;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What linting one file or source produced: its findings in source order, the findings inline
 * suppressions silenced (kept, never dropped), and diagnostics about the file itself.
 *
 * <p>A result holds its parsed article, or, when the run let articles go ({@link
 * ArticleRetention#SOFT}) or the result came from a cache, the means to read and parse the file again
 * when {@link #article()} is asked for (see {@link #reloadable}). Findings, diagnostics and {@link
 * #isLinted()} never need the article.
 *
 * <p>Immutable and thread-safe (an article read again is shared through a soft reference).
 */
public final class LintResult {

  private final String id;
  private final @Nullable Path path;
  private final @Nullable Format format;
  private final @Nullable Article article;
  private final @Nullable Supplier<@Nullable Article> reload;
  private volatile @Nullable SoftReference<Article> reloaded;
  private final boolean linted;
  private final List<Finding> findings;
  private final List<Finding> suppressed;
  private final List<Diagnostic> diagnostics;

  /**
   * A result that holds its article.
   *
   * @param id the file's identity in reports: its path relative to the linter's base directory, with
   *     forward slashes, or the id given for a source
   * @param path the file, when linted from disk
   * @param format the format it was parsed as, when it could be read
   * @param article the parsed article, when it could be read
   * @param findings active findings, ordered by {@link Finding#ORDER}
   * @param suppressed findings silenced by inline or front-matter suppressions, same order
   * @param diagnostics problems with the file itself (unreadable, binary, malformed front matter, a rule
   *     that failed)
   */
  public LintResult(
      String id,
      @Nullable Path path,
      @Nullable Format format,
      @Nullable Article article,
      List<Finding> findings,
      List<Finding> suppressed,
      List<Diagnostic> diagnostics) {
    this(id, path, format, article, null, null, article != null, findings, suppressed, diagnostics);
  }

  private LintResult(
      String id,
      @Nullable Path path,
      @Nullable Format format,
      @Nullable Article article,
      @Nullable Article softly,
      @Nullable Supplier<@Nullable Article> reload,
      boolean linted,
      List<Finding> findings,
      List<Finding> suppressed,
      List<Diagnostic> diagnostics) {
    this.id = Objects.requireNonNull(id, "id");
    this.path = path;
    this.format = format;
    this.article = article;
    this.reload = reload;
    this.reloaded = softly == null ? null : new SoftReference<>(softly);
    this.linted = linted;
    this.findings = List.copyOf(findings);
    this.suppressed = List.copyOf(suppressed);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * A result of a file that was read and parsed, which does not hold its article: {@link #article()}
   * gives {@code current} while the garbage collector keeps it, and otherwise what {@code reload}
   * gives (read again, soft-referenced in turn). {@code reload} must be thread-safe and give null when
   * the article can no longer be had as it was linted (the file changed or went away).
   *
   * @param current the article as parsed, held softly; null when there is none at hand (a result from a
   *     cache)
   */
  public static LintResult reloadable(
      String id,
      Path path,
      Format format,
      @Nullable Article current,
      Supplier<@Nullable Article> reload,
      List<Finding> findings,
      List<Finding> suppressed,
      List<Diagnostic> diagnostics) {
    return new LintResult(
        id, Objects.requireNonNull(path, "path"), Objects.requireNonNull(format, "format"), null, current,
        Objects.requireNonNull(reload, "reload"), true, findings, suppressed, diagnostics);
  }

  /** This result with other findings (for example after a baseline filter), holding its article the same way. */
  public LintResult withFindings(List<Finding> findings, List<Finding> suppressed) {
    SoftReference<Article> r = reloaded;
    return new LintResult(id, path, format, article, r == null ? null : r.get(), reload, linted, findings, suppressed,
        diagnostics);
  }

  public String id() {
    return id;
  }

  public @Nullable Path path() {
    return path;
  }

  public @Nullable Format format() {
    return format;
  }

  /**
   * The parsed article, when the file could be read: held, or read and parsed again (see {@link
   * #reloadable}), in which case it is null if the file has changed since it was linted.
   */
  public @Nullable Article article() {
    if (article != null || reload == null) {
      return article;
    }
    SoftReference<Article> r = reloaded;
    Article a = r == null ? null : r.get();
    if (a == null) {
      a = reload.get();
      if (a != null) {
        reloaded = new SoftReference<>(a);
      }
    }
    return a;
  }

  public Optional<Article> articleIfRead() {
    return Optional.ofNullable(article());
  }

  /** Whether {@link #article()} is held rather than read again on demand. */
  public boolean holdsArticle() {
    return article != null;
  }

  public List<Finding> findings() {
    return findings;
  }

  public List<Finding> suppressed() {
    return suppressed;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Whether the file was read and parsed (it may still carry warnings). */
  public boolean isLinted() {
    return linted;
  }

  /** Number of active findings of exactly {@code severity}. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** Number of active findings at or above {@code threshold}. */
  public long countAtLeast(Severity threshold) {
    return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
  }

  public boolean hasErrorDiagnostics() {
    return diagnostics.stream().anyMatch(d -> d.level() == Diagnostic.Level.ERROR);
  }

  /** Equal when everything but the article is: id, path, format, whether linted, findings, suppressed, diagnostics. */
  @Override
  public boolean equals(Object o) {
    return o instanceof LintResult r
        && r.id.equals(id)
        && Objects.equals(r.path, path)
        && r.format == format
        && r.linted == linted
        && r.findings.equals(findings)
        && r.suppressed.equals(suppressed)
        && r.diagnostics.equals(diagnostics);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, path, format, linted, findings, suppressed, diagnostics);
  }

  @Override
  public String toString() {
    return "LintResult[" + id + ", " + (format == null ? "unread" : format.id()) + ", " + findings.size()
        + " findings, " + suppressed.size() + " suppressed, " + diagnostics.size() + " diagnostics]";
  }
}
