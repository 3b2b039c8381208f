package dev.copydesk.core.rule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A rule's validated metadata. Built from a {@link RuleInfo} annotation or from a data entry (for
 * declarative rules); either way the same checks apply, and a rule whose metadata fails them does not
 * load.
 *
 * <p>Immutable and thread-safe.
 */
public record RuleMetadata(
    String id,
    String summary,
    Severity defaultSeverity,
    Category category,
    List<String> tags,
    String description,
    boolean enabledByDefault,
    Map<String, OptionSpec> options) {

  // Linear: each repetition of the group starts with \'-\', which nothing before it matches.
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public RuleMetadata {
    if (!ID.matcher(id).matches()) {
      throw new RuleLoadException("rule id '" + id + "' is not kebab-case (expected e.g. 'page-chrome')");
    }
    if (summary.isBlank()) {
      throw new RuleLoadException("rule '" + id + "' has an empty summary");
    }
    for (String t : tags) {
      if (t.isBlank()) {
        throw new RuleLoadException("rule '" + id + "' has a blank tag");
      }
    }
    tags = List.copyOf(tags);
    options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }

  /** Reads and validates the {@link RuleInfo} of a rule class. */
  public static RuleMetadata of(Class<?> ruleClass) {
    RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new RuleLoadException(
          "rule class " + ruleClass.getName() + " has no @RuleInfo and does not override metadata()");
    }
    Map<String, OptionSpec> options = new LinkedHashMap<>();
    for (RuleOption o : info.options()) {
      OptionSpec spec;
      try {
        spec = OptionSpec.of(o);
      } catch (IllegalArgumentException e) {
        throw new RuleLoadException(
            "rule '" + info.id() + "' (" + ruleClass.getName() + "): option '" + o.name() + "': " + e.getMessage());
      }
      if (options.put(spec.name(), spec) != null) {
        throw new RuleLoadException("rule '" + info.id() + "' declares option '" + o.name() + "' twice");
      }
    }
    return new RuleMetadata(
        info.id(),
        info.summary(),
        info.severity(),
        info.category(),
        List.of(info.tags()),
        info.description(),
        info.enabledByDefault(),
        options);
  }
}
