package dev.copydesk.core.rule;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One declared option of a rule: name, type, default and description.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name kebab-case name used in configuration
 * @param type the value type
 * @param defaultValue the default, already of the type's Java form (see {@link OptionType#coerce})
 * @param description what the option changes
 */
public record OptionSpec(String name, OptionType type, Object defaultValue, String description) {

  // Linear: each repetition of the group starts with \'-\', which nothing before it matches.
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public OptionSpec {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("option name '" + name + "' is not kebab-case");
    }
    defaultValue = type.coerce(defaultValue);
  }

  static OptionSpec of(RuleOption o) {
    Object def =
        o.type() == OptionType.STRING_LIST
            ? (o.defaultValue().isBlank()
                ? List.of()
                : Arrays.stream(o.defaultValue().split(",")).map(String::strip).toList())
            : o.defaultValue();
    return new OptionSpec(o.name(), o.type(), def, o.description());
  }
}
