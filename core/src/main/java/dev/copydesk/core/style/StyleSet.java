package dev.copydesk.core.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rules loaded from style definitions, with the warnings loading produced.
 *
 * <p>Immutable and thread-safe.
 */
public final class StyleSet {

  private static final StyleSet EMPTY = new StyleSet(List.of(), List.of());

  private final List<StyleRule> rules;
  private final List<StyleWarning> warnings;

  StyleSet(List<StyleRule> rules, List<StyleWarning> warnings) {
    this.rules = List.copyOf(rules);
    this.warnings = List.copyOf(warnings);
  }

  public static StyleSet empty() {
    return EMPTY;
  }

  /** The rules, in the order defined. */
  public List<StyleRule> rules() {
    return rules;
  }

  /** What was ignored while loading (unsupported Vale keys, rule types or scopes). */
  public List<StyleWarning> warnings() {
    return warnings;
  }

  /** The rule with {@code id}, if defined. */
  public Optional<StyleRule> rule(String id) {
    return rules.stream().filter(r -> r.metadata().id().equals(id)).findFirst();
  }

  /** This set followed by {@code other}. */
  public StyleSet plus(StyleSet other) {
    List<StyleRule> r = new ArrayList<>(rules);
    r.addAll(other.rules);
    List<StyleWarning> w = new ArrayList<>(warnings);
    w.addAll(other.warnings);
    return new StyleSet(r, w);
  }
}
