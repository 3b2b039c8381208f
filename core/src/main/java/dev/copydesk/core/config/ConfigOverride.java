package dev.copydesk.core.config;

import java.util.List;
import java.util.Map;

/**
 * Rule settings that apply only to files matching any of {@code files} (and none of {@code excluded}).
 * Later overrides win over earlier ones.
 *
 * <p>Immutable and thread-safe.
 */
public record ConfigOverride(List<Glob> files, List<Glob> excluded, Map<String, RuleSetting> rules) {

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
