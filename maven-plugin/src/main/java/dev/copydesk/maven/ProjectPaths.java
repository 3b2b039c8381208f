package dev.copydesk.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;

/**
 * The directories a mojo needs besides the project's own: the build's top-level project (how far up to
 * look for {@code .copydesk.yml}), where Maven was started (log paths are relative to it) and the
 * repository root (SARIF paths are relative to it).
 *
 * <p>Stateless and thread-safe.
 */
final class ProjectPaths {

  private ProjectPaths() {}

  static Path base(MavenProject project) {
    return project.getBasedir().toPath().toAbsolutePath().normalize();
  }

  /** The project's build directory ({@code target}), or null when the model names none. */
  static @Nullable Path build(MavenProject project) {
    String dir = project.getBuild() == null ? null : project.getBuild().getDirectory();
    return dir == null ? null : base(project).resolve(dir).normalize();
  }

  /** The top-level project's directory when the project lies inside it, else the project's own. */
  static Path topLevel(MavenProject project, @Nullable MavenSession session) {
    Path base = base(project);
    MavenProject top = session == null ? null : session.getTopLevelProject();
    if (top != null && top.getBasedir() != null) {
      Path t = top.getBasedir().toPath().toAbsolutePath().normalize();
      if (base.startsWith(t)) {
        return t;
      }
    }
    return base;
  }

  /** Where Maven was started (with {@code -f}, the directory of that POM). */
  static Path displayRoot(MavenProject project, @Nullable MavenSession session) {
    String root = session == null ? null : session.getExecutionRootDirectory();
    return root == null ? base(project) : Path.of(root).toAbsolutePath().normalize();
  }

  /**
   * The configured repository root; else the nearest directory at or above the project holding {@code
   * .git}; else the top-level project's directory.
   */
  static Path repositoryRoot(MavenProject project, @Nullable MavenSession session, @Nullable File configured) {
    Path base = base(project);
    if (configured != null) {
      return base.resolve(configured.toPath()).normalize();
    }
    for (Path dir = base; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    return topLevel(project, session);
  }
}
