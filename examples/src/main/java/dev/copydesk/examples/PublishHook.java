package dev.copydesk.examples;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.fix.FixPlan;
import dev.copydesk.core.fix.UnifiedDiff;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.report.ConsoleReporter;
import dev.copydesk.core.rule.Severity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A CMS publish hook: refuses to publish an article that has error-level findings and tells the editor
 * why, and cleans up what can be fixed without asking. One {@link Linter} is built at start-up and shared by every request thread.
 *
 * <p>Immutable and thread-safe.
 */
public final class PublishHook {

  private final Linter linter = Linter.builder().build();

  /** The decision for one article, with the lines to show the editor. */
  public record Decision(boolean publish, List<String> problems) {}

  public Decision beforePublish(String slug, String markdown) {
    LintResult result = linter.lint(markdown, Format.MARKDOWN, slug + ".md");
    List<String> problems =
        result.findings().stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .map(f -> ConsoleReporter.line(result.id(), f))
            .toList();
    return new Decision(problems.isEmpty() && !result.hasErrorDiagnostics(), problems);
  }

  /**
   * The article with the fixes its findings suggest made (chrome pasted in deleted, mojibake repaired,
   * house-style substitutions): what an editor's "clean up" button saves before {@link #beforePublish}
   * judges it again. Findings without a fix are for the editor.
   */
  public String cleanUp(String slug, String markdown) {
    FixPlan plan = plan(slug, markdown);
    return plan == null ? markdown : plan.fixed();
  }

  /**
   * What {@link #cleanUp} would change, as a unified diff for the editor to approve first (a review
   * pane shows it as any code review does); empty when there is nothing to clean up.
   */
  public String suggestedEdits(String slug, String markdown) {
    FixPlan plan = plan(slug, markdown);
    return plan == null ? "" : UnifiedDiff.of("a/" + slug + ".md", "b/" + slug + ".md", plan);
  }

  /** The fixes of every pass (a fix that overlapped another is made by the next), or null for no text. */
  private @Nullable FixPlan plan(String slug, String markdown) {
    LintResult result = linter.lint(markdown, Format.MARKDOWN, slug + ".md");
    return result.article() == null ? null : FixPlan.inPasses(linter, result);
  }
}
