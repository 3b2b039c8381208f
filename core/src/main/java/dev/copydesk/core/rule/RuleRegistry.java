package dev.copydesk.core.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * A validated set of rules with unique ids, in id order.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleRegistry {

  private final Map<String, Rule> rules;
  private final Map<String, RuleMetadata> metadata;

  private RuleRegistry(Map<String, Rule> rules, Map<String, RuleMetadata> metadata) {
    this.rules = rules;
    this.metadata = metadata;
  }

  /** Every rule on the class path of {@code loader}, found through {@link ServiceLoader}. */
  public static RuleRegistry load(ClassLoader loader) {
    List<Rule> found = new ArrayList<>();
    try {
      for (Rule r : ServiceLoader.load(Rule.class, loader)) {
        found.add(r);
      }
    } catch (ServiceConfigurationError e) {
      throw new RuleLoadException("a rule failed to load: " + e.getMessage(), e);
    }
    return of(found);
  }

  /** Every rule on the class path of this class's loader. */
  public static RuleRegistry load() {
    return load(RuleRegistry.class.getClassLoader());
  }

  /**
   * Validates and registers {@code rules}.
   *
   * @throws RuleLoadException if a rule's metadata is invalid or two rules share an id
   */
  public static RuleRegistry of(Collection<? extends Rule> rules) {
    Map<String, Rule> byId = new java.util.TreeMap<>();
    Map<String, RuleMetadata> meta = new java.util.TreeMap<>();
    for (Rule r : rules) {
      RuleMetadata m;
      try {
        m = r.metadata();
      } catch (RuleLoadException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new RuleLoadException("rule " + r.getClass().getName() + ": invalid metadata: " + e.getMessage(), e);
      }
      Rule previous = byId.put(m.id(), r);
      if (previous != null) {
        throw new RuleLoadException(
            "two rules share the id '" + m.id() + "': " + previous.getClass().getName() + " and " + r.getClass().getName());
      }
      meta.put(m.id(), m);
    }
    return new RuleRegistry(
        Collections.unmodifiableMap(new LinkedHashMap<>(byId)), Collections.unmodifiableMap(new LinkedHashMap<>(meta)));
  }

  /** This registry plus {@code more}, validated together. */
  public RuleRegistry with(Collection<? extends Rule> more) {
    List<Rule> all = new ArrayList<>(rules.values());
    all.addAll(more);
    return of(all);
  }

  public Collection<Rule> rules() {
    return rules.values();
  }

  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  public Optional<RuleMetadata> metadata(String id) {
    return Optional.ofNullable(metadata.get(id));
  }

  /** All metadata, in id order. */
  public Collection<RuleMetadata> metadata() {
    return metadata.values();
  }

  /**
   * The id of the rule nearest {@code id} (fewest letters to add, drop or change), when it is near
   * enough to be a slip of the keyboard: for "did you mean" in messages about an unknown id.
   */
  public Optional<String> closestId(String id) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : metadata.keySet()) {
      int d = distance(id, known);
      if (d < bestDistance) {
        bestDistance = d;
        best = known;
      }
    }
    return best != null && bestDistance <= Math.max(2, id.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  public boolean contains(String id) {
    return rules.containsKey(id);
  }

  public int size() {
    return rules.size();
  }
}
