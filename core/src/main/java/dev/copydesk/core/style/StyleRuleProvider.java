package dev.copydesk.core.style;

import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.config.RuleProvider;
import dev.copydesk.core.rule.Rule;
import java.nio.file.Path;
import java.util.List;

/**
 * Supplies the rules a project's {@code .copydesk.yml} defines under {@code styles} (see {@link
 * StyleLoader}). Found through {@link java.util.ServiceLoader} when a {@code Linter} is built, so these
 * rules join the registry and go through configuration, suppressions, baselines and reports like any
 * built-in rule. Warnings about unsupported Vale keys, scopes and rule types are logged at WARNING level
 * on the {@code dev.copydesk.style} logger ({@link System.Logger}), and are also available from {@link
 * StyleLoader#fromConfig} for tools that show them their own way.
 *
 * <p>Stateless and thread-safe.
 */
public final class StyleRuleProvider implements RuleProvider {

  private static final System.Logger LOG = System.getLogger("dev.copydesk.style");

  @Override
  public List<Rule> rules(CopydeskConfig config, Path baseDirectory) {
    StyleSet set = StyleLoader.fromConfig(config, baseDirectory);
    for (StyleWarning w : set.warnings()) {
      LOG.log(System.Logger.Level.WARNING, w.toString());
    }
    return List.copyOf(set.rules());
  }
}
