package dev.copydesk.core.engine;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.ConfigOverride;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.config.RuleSetting;
import dev.copydesk.core.config.SourceLocation;
import dev.copydesk.core.rule.OptionSpec;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.rule.RuleOptions;
import dev.copydesk.core.rule.RuleRegistry;
import dev.copydesk.core.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The rules to run on each file, with their severities and options, resolved from the configuration
 * and its overrides. Validates the configuration against the rules once, when built. Thread-safe:
 * resolutions are cached in a concurrent map keyed by which overrides apply.
 */
final class RulePlan {

  /** One rule as configured for a file. */
  record ActiveRule(Rule rule, RuleMetadata metadata, @Nullable Severity severityOverride, RuleOptions options) {
    Severity defaultSeverity() {
      return severityOverride != null ? severityOverride : metadata.defaultSeverity();
    }
  }

  private final RuleRegistry registry;
  private final CopydeskConfig config;
  private final Map<String, List<ActiveRule>> cache = new ConcurrentHashMap<>();

  RulePlan(RuleRegistry registry, CopydeskConfig config) {
    this.registry = registry;
    this.config = config;
    validate(config.rules());
    for (ConfigOverride o : config.overrides()) {
      validate(o.rules());
    }
    requireOnWhereConfigured();
  }

  /**
   * Options for a rule that is off by default and that no setting turns on would do nothing, and the
   * writer who configured them would never learn why: that is a configuration error at the options.
   */
  private void requireOnWhereConfigured() {
    List<Map<String, RuleSetting>> layers = new ArrayList<>();
    layers.add(config.rules());
    config.overrides().forEach(o -> layers.add(o.rules()));
    for (Map<String, RuleSetting> layer : layers) {
      for (RuleSetting s : layer.values()) {
        RuleMetadata meta = registry.metadata(s.ruleId()).orElseThrow();
        if (s.options().isEmpty() || meta.enabledByDefault() || Boolean.TRUE.equals(s.enabled()) || s.severity() != null) {
          continue;
        }
        boolean turnedOn = layers.stream()
            .map(l -> l.get(s.ruleId()))
            .anyMatch(o -> o != null && (Boolean.TRUE.equals(o.enabled()) || o.severity() != null));
        if (!turnedOn) {
          throw new ConfigException(
              s.location(),
              "rule '" + s.ruleId() + "' is off by default and nothing here turns it on, so its options would do"
                  + " nothing: add 'enabled: true' or a 'severity' beside them");
        }
      }
    }
  }

  /**
   * Whether a rule {@code test} accepts is active for some file: with no override applying, or with
   * one of them (an override is where a rule off by default gets turned on).
   */
  boolean mayRun(java.util.function.Predicate<Rule> test) {
    int n = config.overrides().size();
    if (rulesWithoutOverrides().stream().anyMatch(a -> test.test(a.rule()))) {
      return true;
    }
    for (int i = 0; i < n; i++) {
      String key = "0".repeat(i) + "1" + "0".repeat(n - i - 1);
      if (rulesForKey(key).stream().anyMatch(a -> test.test(a.rule()))) {
        return true;
      }
    }
    return false;
  }

  private List<ActiveRule> rulesForKey(String key) {
    // Looked up before computeIfAbsent, whose function (this::resolve, a capture of this) would be made
    // for every article even though the key is nearly always there.
    List<ActiveRule> rules = cache.get(key);
    return rules != null ? rules : cache.computeIfAbsent(key, this::resolve);
  }

  /** The active rules for a file no override applies to, in rule id order. */
  List<ActiveRule> rulesWithoutOverrides() {
    return rulesForKey("0".repeat(config.overrides().size()));
  }

  /** The active rules for the file {@code path} (relative, forward slashes), in rule id order. */
  List<ActiveRule> rulesFor(String path) {
    return rulesForKey(overrideKey(path));
  }

  /** Which overrides apply to {@code path}, one character each: files with the same key get the same rules. */
  String overrideKey(String path) {
    List<ConfigOverride> overrides = config.overrides();
    StringBuilder key = new StringBuilder(overrides.size());
    for (int j = 0; j < overrides.size(); j++) {
      ConfigOverride o = overrides.get(j);
      key.append(o.appliesTo(path) ? '1' : '0');
    }
    return key.toString();
  }

  private List<ActiveRule> resolve(String key) {
    List<Map<String, RuleSetting>> layers = new ArrayList<>();
    layers.add(config.rules());
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) == '1') {
        layers.add(config.overrides().get(i).rules());
      }
    }
    List<ActiveRule> out = new ArrayList<>();
    for (Rule rule : registry.rules()) {
      RuleMetadata meta = rule.metadata();
      boolean enabled = meta.enabledByDefault();
      Severity severity = null;
      Map<String, Object> options = new LinkedHashMap<>();
      meta.options().forEach((k, v) -> options.put(k, v.defaultValue()));
      for (Map<String, RuleSetting> layer : layers) {
        RuleSetting s = layer.get(meta.id());
        if (s == null) {
          continue;
        }
        if (s.enabled() != null) {
          enabled = s.enabled();
        }
        if (s.severity() != null) {
          severity = s.severity();
        }
        s.options().forEach((k, v) -> options.put(k, coerce(meta, k, v)));
      }
      if (enabled) {
        out.add(new ActiveRule(rule, meta, severity, new RuleOptions(meta.id(), options)));
      }
    }
    return List.copyOf(out);
  }

  private void validate(Map<String, RuleSetting> settings) {
    for (RuleSetting s : settings.values()) {
      RuleMetadata meta = registry.metadata(s.ruleId()).orElse(null);
      if (meta == null) {
        throw new ConfigException(
            s.location(), "unknown rule id '" + s.ruleId() + "'" + suggestion(s.ruleId()) + knownIds());
      }
      s.options().forEach((k, v) -> coerce(meta, k, v));
    }
  }

  private static Object coerce(RuleMetadata meta, String name, Object raw) {
    SourceLocation loc = null;
    Object value = raw;
    if (raw instanceof ConfigLoader.LocatedValue lv) {
      loc = lv.location();
      value = lv.value();
    }
    OptionSpec spec = meta.options().get(name);
    if (spec == null) {
      throw new ConfigException(
          loc,
          "rule '" + meta.id() + "' has no option '" + name + "'"
              + (meta.options().isEmpty() ? " (it takes no options)" : " (expected one of " + String.join(", ", meta.options().keySet()) + ")"));
    }
    try {
      return spec.type().coerce(value);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(loc, "option '" + name + "' of rule '" + meta.id() + "': " + e.getMessage());
    }
  }

  private String suggestion(String id) {
    return registry.closestId(id).map(best -> " (did you mean '" + best + "'?)").orElse("");
  }

  private String knownIds() {
    List<String> ids = registry.metadata().stream().map(RuleMetadata::id).toList();
    return ids.isEmpty() ? "; no rules are loaded" : "; known rules: " + String.join(", ", ids);
  }
}
