package dev.copydesk.rules.reliability;

import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.rule.RuleRegistry;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Comparator;

/** Linters running every rule of the pack, those off by default included. */
final class FullPack {

  /** The registry as {@link java.util.ServiceLoader} finds it: the whole built-in pack. */
  static final RuleRegistry RULES = RuleRegistry.load();

  private FullPack() {}

  /** Configuration that turns on every rule of {@link #RULES}. */
  static String everyRuleOn() {
    StringBuilder yaml = new StringBuilder("rules:\n");
    RULES.metadata().stream()
        .map(RuleMetadata::id)
        .sorted(Comparator.naturalOrder())
        .forEach(id -> yaml.append("  ").append(id).append(": on\n"));
    return yaml.toString();
  }

  static Linter.Builder builder() {
    return Linter.builder().rules(RULES).config(ConfigLoader.parse(everyRuleOn(), "full-pack.yml"));
  }

  static Linter linter() {
    return builder().threads(1).build();
  }

  static Linter linter(Path base, Charset encoding) {
    return builder().baseDirectory(base).encoding(encoding).threads(1).build();
  }
}
