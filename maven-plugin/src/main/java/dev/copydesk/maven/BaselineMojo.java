package dev.copydesk.maven;

import dev.copydesk.core.baseline.Baseline;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes a baseline of the project's current findings (every severity), so that {@code check} fails only
 * on new ones. Commit the file; run the goal again to accept the findings as they are now, which also
 * drops entries for findings that have been fixed.
 *
 * <p>Thread-safe ({@code threadSafe = true}): an execution holds nothing beyond its parameters.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = true)
public final class BaselineMojo extends AbstractLintMojo {

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Copydesk: skipped (copydesk.skip)");
      return;
    }
    LintSettings settings = settings();
    LintRun run = LintRun.execute(settings, getLog());
    FindingLog out = new FindingLog(getLog(), settings.baseDirectory(), settings.displayRoot());
    for (LintResult r : run.results()) {
      r.diagnostics().forEach(d -> {
        if (d.level() == Diagnostic.Level.ERROR) {
          getLog().error(FindingLog.line(out.display(r.id()), d));
        } else {
          getLog().warn(FindingLog.line(out.display(r.id()), d));
        }
      });
    }
    run.loadFlaggedArticles();
    Baseline baseline = Baseline.of(run.results());
    Path file = baselinePath();
    try {
      ReportFiles.writeAtomically(file, baseline::write);
    } catch (IOException e) {
      throw new MojoExecutionException("Copydesk cannot write the baseline " + file + ": " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }
    long files = run.results().stream().filter(r -> !r.findings().isEmpty()).count();
    getLog().info("Copydesk: wrote " + baseline.size() + (baseline.size() == 1 ? " entry" : " entries") + " ("
        + files + (files == 1 ? " file" : " files") + ") to " + out.display(file)
        + "; copydesk:check now fails only on findings that are not in it");
    Verdict.baselineCannotAccept(run.results()).ifPresent(getLog()::warn);
  }
}
