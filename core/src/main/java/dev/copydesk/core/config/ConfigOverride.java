package dev.copydesk.core.config;

import dev.copydesk.core.model.HtmlContent;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Settings that apply only to files matching any of {@code files} (and none of {@code excluded}): rule
 * settings, and which text of HTML pages is read. Later overrides win over earlier ones.
 *
 * <p>Immutable and thread-safe.
 *
 * @param htmlContent which text of the matching HTML pages is linted, or null to leave it as the rest of
 *     the configuration says
 */
public record ConfigOverride(List<Glob> files, List<Glob> excluded, Map<String, RuleSetting> rules, @Nullable HtmlContent htmlContent) {

  /** An override of rule settings only. */
  public ConfigOverride(List<Glob> files, List<Glob> excluded, Map<String, RuleSetting> rules) {
    this(files, excluded, rules, null);
  }

  public ConfigOverride {
    files = List.copyOf(files);
    excluded = List.copyOf(excluded);
    rules = Map.copyOf(rules);
  }

  public boolean appliesTo(String path) {
    for (Glob g : excluded) {
      if (g.matches(path)) {
        return false;
      }
    }
    for (Glob g : files) {
      if (g.matches(path)) {
        return true;
      }
    }
    return false;
  }
}
