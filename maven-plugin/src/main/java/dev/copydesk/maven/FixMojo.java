package dev.copydesk.maven;

import dev.copydesk.core.baseline.Baseline;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.fix.FileFixer;
import dev.copydesk.core.fix.FixPlan;
import dev.copydesk.core.fix.FixTally;
import dev.copydesk.core.report.ReportFiles;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes into the project's articles the fixes their findings suggest: page chrome deleted, mojibake
 * repaired, house-style substitutions made, LanguageTool's suggestion where it makes one (a misspelling
 * with several candidates is left for an editor to choose). The only
 * goal that writes to content files, so it is bound to no phase: run it by hand, {@code mvn
 * copydesk:fix}, and review the change before committing it.
 *
 * <p>It lints as {@code check} does (same files, configuration and result cache) and leaves alone the
 * findings the baseline accepts. Each file is rewritten in one rename, in its own encoding, byte-order
 * mark and line breaks, and only while it holds exactly what was linted (see {@link FileFixer}); a file
 * it cannot fix is named in a warning with the reason. Findings without a fix (a truncated sentence, an
 * unsourced claim) or with several to choose from need an editor: {@code check} still reports them.
 * The goal does not fail on findings.
 *
 * <p>With {@code dryRun} ({@code mvn copydesk:fix -Dcopydesk.dryRun}) it writes nothing into the
 * articles: what it would change goes to {@code diffFile} as a unified diff (paths relative to the
 * project, {@code a/} and {@code b/} before them), each file in its own charset, to review or to apply
 * with {@code git apply} or {@code patch -p1} from the project's directory.
 *
 * <p>Thread-safe ({@code threadSafe = true}): an execution holds nothing beyond its parameters.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = true)
public final class FixMojo extends AbstractLintMojo {

  /**
   * Only these rules' fixes are made ({@code -Dcopydesk.fixRules=page-chrome,mojibake}); every rule's
   * without it. Their other findings are left as they are.
   */
  @Parameter(property = "copydesk.fixRules")
  List<String> fixRules;

  /** Writes nothing into the articles: only the diff of what the goal would change, to {@code diffFile}. */
  @Parameter(property = "copydesk.dryRun", defaultValue = "false")
  boolean dryRun;

  /**
   * Where {@code dryRun} writes its diff. A file from an earlier dry run is deleted when there is
   * nothing to fix.
   */
  @Parameter(property = "copydesk.diffFile", defaultValue = "${project.build.directory}/copydesk/copydesk-fixes.diff")
  File diffFile;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Copydesk: skipped (copydesk.skip)");
      return;
    }
    LintSettings settings = settings();
    LintRun run = LintRun.execute(settings, getLog());
    List<LintResult> results = run.results();
    run.loadFlaggedArticles();
    UnaryOperator<LintResult> rules;
    try {
      rules = FileFixer.onlyRules(run.linter(), fixRules == null ? List.of() : fixRules.stream().map(String::strip).toList());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Copydesk: fixRules: " + e.getMessage(), e);
    }
    UnaryOperator<LintResult> shown = rules;
    Path baselinePath = baselinePath();
    if (Files.isRegularFile(baselinePath)) {
      Baseline baseline = parseBaseline(readBaseline(baselinePath), baselinePath);
      results = baseline.apply(results).results();
      // Every pass of a fix leaves alone what the baseline accepts, not only the first.
      shown = r -> rules.apply(baseline.apply(List.of(r)).results().get(0));
    }
    FileFixer fixer = new FileFixer(run.linter(), shown);
    FindingLog out = new FindingLog(getLog(), settings.baseDirectory(), settings.displayRoot());
    FixTally tally = new FixTally();
    ByteArrayOutputStream diff = new ByteArrayOutputStream();
    long withoutFix = 0;
    for (LintResult all : results) {
      withoutFix += all.findings().stream().filter(f -> !FixPlan.isFixable(f)).count();
      LintResult r = rules.apply(all);
      FileFixer.Outcome o = fixer.fix(r, !dryRun);
      int n = tally.add(o);
      switch (o.status()) {
        case FIXED -> {
          getLog().info("Copydesk: " + (dryRun ? "would fix " : "fixed ") + FixTally.count(n, "finding") + " in " + out.display(r.id()));
          if (dryRun) {
            String name = r.id().replace(File.separatorChar, '/');
            diff.writeBytes(o.diff("a/" + name, "b/" + name));
          }
        }
        case SKIPPED, FAILED -> getLog().warn("Copydesk: " + out.display(r.id()) + ": " + (dryRun ? "would not be fixed: " : "not fixed: ") + o.problem());
        case NOTHING_TO_FIX -> { }
      }
    }
    String editor = withoutFix == 0 ? "" : "; " + FixTally.count(withoutFix, "finding") + " without a fix "
        + (withoutFix == 1 ? "needs" : "need") + " an editor (copydesk:check lists them)";
    if (!dryRun) {
      getLog().info("Copydesk: " + tally.summary("another run of copydesk:fix") + editor);
      return;
    }
    Path file = diffFile.toPath();
    try {
      if (diff.size() == 0) {
        Files.deleteIfExists(file);
      } else {
        ReportFiles.writeAtomically(file, diff.toByteArray());
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Copydesk: cannot write the diff " + file + ": " + e, e);
    }
    getLog().info("Copydesk: copydesk:fix would make " + tally.preview("another run of copydesk:fix") + editor
        + (diff.size() == 0 ? "" : "; the diff is in " + out.display(file) + ", and nothing was written into the articles"));
  }
}
