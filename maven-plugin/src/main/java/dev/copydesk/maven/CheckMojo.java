package dev.copydesk.maven;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.report.ConsoleReporter;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Lints the project's articles and fails the build on findings at or above {@code failOnSeverity}. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public final class CheckMojo extends AbstractMojo {

  /** The project's base directory: file ids in reports are relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File baseDirectory;

  /** Directories holding articles. */
  @Parameter(property = "copydesk.sourceDirectories")
  private List<File> sourceDirectories;

  /** The configuration file; ignored when absent. */
  @Parameter(property = "copydesk.configLocation", defaultValue = "${project.basedir}/.copydesk.yml")
  private File configLocation;

  /** Skips the check. */
  @Parameter(property = "copydesk.skip", defaultValue = "false")
  private boolean skip;

  /** The least severity that fails the build: error, warning, info or none. */
  @Parameter(property = "copydesk.failOnSeverity", defaultValue = "error")
  private String failOnSeverity;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Copydesk: skipped");
      return;
    }
    CopydeskConfig config = CopydeskConfig.empty();
    Linter linter;
    try {
      if (configLocation != null && configLocation.isFile()) {
        config = ConfigLoader.load(configLocation.toPath());
      }
      linter = Linter.builder().config(config).baseDirectory(baseDirectory.toPath()).build();
    } catch (ConfigException e) {
      throw new MojoExecutionException("Copydesk configuration: " + e.getMessage(), e);
    }
    List<Path> files = new ArrayList<>();
    for (File dir : directories()) {
      try (Stream<Path> walk = Files.walk(dir.toPath())) {
        walk.filter(Files::isRegularFile)
            .filter(p -> Format.fromFileName(p.getFileName().toString()).isPresent())
            .filter(linter::isIncluded)
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new MojoExecutionException("cannot list " + dir + ": " + e.getMessage(), e);
      }
    }
    long failing = 0;
    for (LintResult r : linter.lintAll(files)) {
      for (Diagnostic d : r.diagnostics()) {
        getLog().warn(ConsoleReporter.line(r.id(), d));
      }
      for (Finding f : r.findings()) {
        String line = ConsoleReporter.line(r.id(), f);
        switch (f.severity()) {
          case ERROR -> getLog().error(line);
          case WARNING -> getLog().warn(line);
          case INFO -> getLog().info(line);
        }
        if (!"none".equalsIgnoreCase(failOnSeverity) && f.severity().isAtLeast(Severity.parse(failOnSeverity))) {
          failing++;
        }
      }
    }
    if (failing > 0) {
      throw new MojoFailureException("Copydesk: " + failing + " finding(s) at or above " + failOnSeverity);
    }
  }

  private List<File> directories() {
    if (sourceDirectories != null && !sourceDirectories.isEmpty()) {
      return sourceDirectories.stream().filter(File::isDirectory).toList();
    }
    List<File> out = new ArrayList<>();
    for (String d : List.of("content", "src/main/content", "src/site/markdown", "docs")) {
      File f = new File(baseDirectory, d);
      if (f.isDirectory()) {
        out.add(f);
      }
    }
    return out;
  }
}
