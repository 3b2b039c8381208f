package dev.copydesk.core.rule;

import java.util.List;
import java.util.Map;

/**
 * A rule's option values for the article being checked: configured values over declared defaults.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleOptions {

  private final String ruleId;
  private final Map<String, Object> values;

  /** @param values option name to value, already coerced to each option's type */
  public RuleOptions(String ruleId, Map<String, Object> values) {
    this.ruleId = ruleId;
    this.values = Map.copyOf(values);
  }

  /** The defaults a rule declares. */
  public static RuleOptions defaults(RuleMetadata metadata) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    metadata.options().forEach((k, v) -> m.put(k, v.defaultValue()));
    return new RuleOptions(metadata.id(), m);
  }

  public int getInt(String name) {
    return (Integer) get(name);
  }

  public double getDouble(String name) {
    return (Double) get(name);
  }

  public boolean getBoolean(String name) {
    return (Boolean) get(name);
  }

  public String getString(String name) {
    return (String) get(name);
  }

  @SuppressWarnings("unchecked")
  public List<String> getStringList(String name) {
    return (List<String>) get(name);
  }

  public Map<String, Object> asMap() {
    return values;
  }

  private Object get(String name) {
    Object v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("rule '" + ruleId + "' declares no option '" + name + "'");
    }
    return v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleOptions r && r.ruleId.equals(ruleId) && r.values.equals(values);
  }

  @Override
  public int hashCode() {
    return ruleId.hashCode() * 31 + values.hashCode();
  }

  @Override
  public String toString() {
    return ruleId + values;
  }
}
