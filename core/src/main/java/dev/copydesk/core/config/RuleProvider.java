package dev.copydesk.core.config;

import dev.copydesk.core.rule.Rule;
import java.nio.file.Path;
import java.util.List;

/**
 * Supplies rules that configuration defines rather than classes: declarative house-style rules, Vale
 * styles. Providers are found through {@link java.util.ServiceLoader} when a {@code Linter} is built;
 * their rules join the registry and go through the same configuration, suppression, baseline and
 * report paths as built-in rules.
 *
 * <p>Implementations must be stateless and thread-safe; the rules they return must be too.
 */
public interface RuleProvider {

  /**
   * The rules {@code config} defines.
   *
   * @param config the project's configuration (extension sections in {@link CopydeskConfig#extensions()})
   * @param baseDirectory the project root; files the configuration names are relative to it
   * @throws ConfigException naming the file, line and column of a bad definition
   */
  List<Rule> rules(CopydeskConfig config, Path baseDirectory);
}
