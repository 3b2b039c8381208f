package dev.copydesk.core.engine;

import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.config.RuleProvider;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.rule.BlockRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Defines one rule per word listed under the {@code styles.banned} configuration section. */
public final class TestRuleProvider implements RuleProvider {

  @Override
  public List<Rule> rules(CopydeskConfig config, Path baseDirectory) {
    List<Rule> out = new ArrayList<>();
    if (config.extensions().get("styles") instanceof Map<?, ?> styles && styles.get("banned") instanceof List<?> words) {
      for (Object w : words) {
        out.add(new Banned(w.toString()));
      }
    }
    return out;
  }

  private record Banned(String word) implements BlockRule {
    @Override
    public RuleMetadata metadata() {
      return new RuleMetadata("banned-" + word, "Banned word " + word, Severity.WARNING, Category.STYLE, List.of(), "", true, Map.of());
    }

    @Override
    public void check(Block block, RuleContext context) {
      int i = block.text().indexOf(word);
      if (i >= 0) {
        context.report(block, i, i + word.length(), "Do not write '" + word + "'.");
      }
    }
  }
}
