package dev.copydesk.rules;

import dev.copydesk.core.style.StyleLoader;
import dev.copydesk.core.style.StyleRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule pack's declarative rules: each is defined in {@code styles/<id>.yml} beside this class, in
 * the same format a project writes under {@code styles} in {@code .copydesk.yml}. A definition that does
 * not load is a bug in the pack, so it fails loudly. They are loaded together, on first use, and search
 * their phrases together as a configuration's rules do ({@link StyleLoader#searchTogether}):
 * chatbot-artifact's and placeholder's phrases are found in one pass over a block.
 *
 * <p>Stateless; thread-safe.
 */
final class PackStyles {

  private static final List<String> IDS = List.of("chatbot-artifact", "placeholder", "page-chrome", "page-chrome-links");

  private PackStyles() {}

  /** The pack's style rules, loaded once. */
  private static final class Loaded {
    static final Map<String, StyleRule> RULES = load();

    private static Map<String, StyleRule> load() {
      Map<String, StyleRule> rules = new LinkedHashMap<>();
      for (String id : IDS) {
        String resource = "/dev/copydesk/rules/styles/" + id + ".yml";
        rules.put(
            id,
            StyleLoader.loadResource(PackStyles.class, resource)
                .rule(id)
                .orElseThrow(() -> new IllegalStateException(resource + " does not define the rule '" + id + "'")));
      }
      StyleLoader.searchTogether(new ArrayList<>(rules.values()));
      return Map.copyOf(rules);
    }
  }

  /** The rule {@code id} as {@code styles/<id>.yml} defines it. */
  static StyleRule rule(String id) {
    StyleRule rule = Loaded.RULES.get(id);
    if (rule == null) {
      throw new IllegalStateException("the rule pack has no style '" + id + "' (it has " + IDS + ")");
    }
    return rule;
  }
}
