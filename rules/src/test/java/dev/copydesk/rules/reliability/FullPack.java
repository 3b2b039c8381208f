package dev.copydesk.rules.reliability;

import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.rule.RuleRegistry;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * Linters running every rule of the pack, those off by default included: the rules found through
 * {@link java.util.ServiceLoader} and the LanguageTool rules ({@code grammar}, {@code spelling}) that
 * the pack's rule provider adds. LanguageTool checks a few articles a second per thread, so tests over
 * thousands of files or megabytes use {@link #builderWithoutLanguageTool()} and run the whole pack on a
 * sample.
 */
final class FullPack {

  /** The registry as {@link java.util.ServiceLoader} finds it. */
  static final RuleRegistry RULES = RuleRegistry.load();

  /** The opt-in rules of the LanguageTool provider. */
  static final List<String> LANGUAGETOOL_RULES = List.of("grammar", "spelling");

  private FullPack() {}

  /** Configuration that turns on every rule of {@link #RULES}, and the LanguageTool rules if asked. */
  static String everyRuleOn(boolean languageTool) {
    TreeSet<String> ids = new TreeSet<>();
    RULES.metadata().stream().map(RuleMetadata::id).forEach(ids::add);
    if (languageTool) {
      ids.addAll(LANGUAGETOOL_RULES);
    }
    StringBuilder yaml = new StringBuilder("rules:\n");
    ids.forEach(id -> yaml.append("  ").append(id).append(": on\n"));
    return yaml.toString();
  }

  /** Every rule, LanguageTool's included. */
  static Linter.Builder builder() {
    return Linter.builder().rules(RULES).config(ConfigLoader.parse(everyRuleOn(true), "full-pack.yml"));
  }

  /** Every rule but grammar and spelling. */
  static Linter.Builder builderWithoutLanguageTool() {
    return Linter.builder().rules(RULES).config(ConfigLoader.parse(everyRuleOn(false), "pack.yml"));
  }

  static Linter linter() {
    return builder().threads(1).build();
  }
}
