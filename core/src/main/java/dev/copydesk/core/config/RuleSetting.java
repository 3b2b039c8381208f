package dev.copydesk.core.config;

import dev.copydesk.core.rule.Severity;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What configuration says about one rule: on or off, a severity, option values. Each part is optional;
 * an absent part leaves the rule's default (or an outer setting) in place.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleId the rule's id as written
 * @param enabled whether the rule runs, if said
 * @param severity the severity override, if said
 * @param options option values as written (checked against the rule's declared options when a linter
 *     is built)
 * @param location where the setting was written, for error messages
 */
public record RuleSetting(
    String ruleId,
    @Nullable Boolean enabled,
    @Nullable Severity severity,
    Map<String, Object> options,
    @Nullable SourceLocation location) {

  public RuleSetting {
    options = Map.copyOf(options);
  }

  public static RuleSetting enabled(String ruleId, boolean on) {
    return new RuleSetting(ruleId, on, null, Map.of(), null);
  }

  public static RuleSetting severity(String ruleId, Severity severity) {
    return new RuleSetting(ruleId, true, severity, Map.of(), null);
  }

  public Optional<Boolean> enabledValue() {
    return Optional.ofNullable(enabled);
  }
}
