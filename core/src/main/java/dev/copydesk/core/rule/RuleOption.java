package dev.copydesk.core.rule;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares one option of a rule inside {@link RuleInfo#options()}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface RuleOption {
  /** The option's name in configuration, kebab-case. */
  String name();

  OptionType type();

  /** The default value, written as it would be in YAML; lists are comma-separated. */
  String defaultValue();

  String description();
}
