package dev.copydesk.core.engine;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What linting one file or source produced: its findings in source order, the findings inline
 * suppressions silenced (kept, never dropped), and diagnostics about the file itself.
 *
 * <p>Immutable and thread-safe.
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
public record LintResult(
    String id,
    @Nullable Path path,
    @Nullable Format format,
    @Nullable Article article,
    List<Finding> findings,
    List<Finding> suppressed,
    List<Diagnostic> diagnostics) {

  public LintResult {
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
    diagnostics = List.copyOf(diagnostics);
  }

  public Optional<Article> articleIfRead() {
    return Optional.ofNullable(article);
  }

  /** Whether the file was read and parsed (it may still carry warnings). */
  public boolean isLinted() {
    return article != null;
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
}
