package dev.copydesk.rules;

import dev.copydesk.core.style.StyleLoader;
import dev.copydesk.core.style.StyleRule;

/**
 * The rule pack's declarative rules: each is defined in {@code styles/<id>.yml} beside this class, in
 * the same format a project writes under {@code styles} in {@code .copydesk.yml}. A definition that does
 * not load is a bug in the pack, so it fails loudly.
 *
 * <p>Stateless; thread-safe.
 */
final class PackStyles {

  private PackStyles() {}

  /** The rule {@code id} as {@code styles/<id>.yml} defines it. */
  static StyleRule rule(String id) {
    String resource = "/dev/copydesk/rules/styles/" + id + ".yml";
    return StyleLoader.loadResource(PackStyles.class, resource)
        .rule(id)
        .orElseThrow(() -> new IllegalStateException(resource + " does not define the rule '" + id + "'"));
  }
}
