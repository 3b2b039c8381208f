package dev.copydesk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** When the check prints GitHub workflow commands. */
class CheckMojoTest {

  private static final Map<String, String> ON_GITHUB = Map.of("GITHUB_ACTIONS", "true");
  private static final Map<String, String> ELSEWHERE = Map.of("CI", "true");

  @Test
  void autoAnnotatesOnGithubActionsOnly() throws MojoExecutionException {
    assertTrue(CheckMojo.annotates("auto", ON_GITHUB));
    assertFalse(CheckMojo.annotates("auto", ELSEWHERE));
    assertFalse(CheckMojo.annotates("auto", Map.of("GITHUB_ACTIONS", "false")));
    assertTrue(CheckMojo.annotates(null, ON_GITHUB), "unset is auto");
  }

  @Test
  void trueAndFalseOverrideTheEnvironment() throws MojoExecutionException {
    assertTrue(CheckMojo.annotates("TRUE", ELSEWHERE));
    assertFalse(CheckMojo.annotates("false", ON_GITHUB));
  }

  @Test
  void anythingElseIsAClearError() {
    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> CheckMojo.annotates("yes", ON_GITHUB));
    assertEquals("Copydesk: githubAnnotations must be auto, true or false, not 'yes'", e.getMessage());
  }
}
