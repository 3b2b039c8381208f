package dev.copydesk.core.report;

import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.engine.RuleInEffect;
import dev.copydesk.core.rule.OptionSpec;
import dev.copydesk.core.rule.RuleMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rules a linter runs on one file, as text for people: every rule of its pack with the severity it
 * has there ({@code off} for a rule that does not run) and its summary, each option of a rule that runs
 * under it as {@code name: value}. Rules come in id order, the order of the reports, one a line, so that
 * two configurations can be compared with {@code diff}. The command line's {@code --list-rules} and the
 * Maven plugin's {@code rules} goal print it.
 *
 * <p>Stateless and thread-safe.
 */
public final class RuleListing {

  private RuleListing() {}

  /**
   * The listing for the file {@code id} (relative to the linter's base directory, forward slashes: the
   * configuration's overrides for it apply; the file is not read), or, for {@code null}, for a file no
   * override applies to. The first line says which.
   */
  public static List<String> lines(Linter linter, @Nullable String id) {
    List<String> out = new ArrayList<>();
    List<RuleInEffect> inEffect;
    if (id == null) {
      out.add("# rules for files no override applies to");
      inEffect = linter.rulesInEffect();
    } else {
      out.add("# rules for " + id);
      inEffect = linter.rulesInEffect(id);
    }
    Map<String, RuleInEffect> byId = new HashMap<>();
    inEffect.forEach(r -> byId.put(r.metadata().id(), r));
    List<RuleMetadata> all = linter.rules().metadata().stream().sorted(Comparator.comparing(RuleMetadata::id)).toList();
    int width = all.stream().mapToInt(m -> m.id().length()).max().orElse(0);
    for (RuleMetadata m : all) {
      RuleInEffect r = byId.get(m.id());
      out.add(String.format(Locale.ROOT, "%-" + width + "s  %-7s  %s", m.id(), r == null ? "off" : r.severity().id(), m.summary()));
      if (r != null) {
        // In the order the rule declares its options, as its documentation lists them.
        Map<String, Object> values = r.options().asMap();
        for (String name : m.options().keySet()) {
          out.add("    " + name + ": " + values.get(name));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * One rule explained, for people: its id, severity where the file {@code id} is (as {@link #lines}
   * reads it), default severity, category and tags; its summary and description; each option with its
   * type, default, the value it has there, and what it does.
   *
   * @throws IllegalArgumentException if the linter has no rule {@code ruleId}; the message names the
   *     rules whose ids are closest
   */
  public static List<String> explain(Linter linter, String ruleId, @Nullable String id) {
    RuleMetadata m = linter.rules().metadata().stream().filter(r -> r.id().equals(ruleId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule '" + ruleId + "'"
            + linter.rules().closestId(ruleId).map(best -> " (did you mean '" + best + "'?)").orElse("")));
    RuleInEffect r = (id == null ? linter.rulesInEffect() : linter.rulesInEffect(id)).stream()
        .filter(e -> e.metadata().id().equals(ruleId)).findFirst().orElse(null);
    List<String> out = new ArrayList<>();
    out.add("# " + m.id());
    out.add("");
    String summary = m.summary().strip();
    out.add(summary.endsWith(".") || summary.endsWith("?") || summary.endsWith("!") ? summary : summary + ".");
    out.add("");
    out.add("severity: " + (r == null ? "off" : r.severity().id()) + (id == null ? " (for files no override applies to)" : " (for " + id + ")")
        + "; by default " + (m.enabledByDefault() ? m.defaultSeverity().id() : "off"));
    out.add("category: " + m.category().id() + (m.tags().isEmpty() ? "" : "; tags: " + String.join(", ", m.tags())));
    if (!m.description().isBlank()) {
      out.add("");
      m.description().strip().lines().forEach(out::add);
    }
    if (!m.options().isEmpty()) {
      out.add("");
      out.add("options:");
      Map<String, Object> values = r == null ? Map.of() : r.options().asMap();
      for (OptionSpec o : m.options().values()) {
        Object value = values.get(o.name());
        out.add("  " + o.name() + " (" + o.type().name().toLowerCase(Locale.ROOT) + ", default " + o.defaultValue() + ")"
            + (value == null || value.equals(o.defaultValue()) ? "" : ": " + value));
        if (!o.description().isBlank()) {
          out.add("      " + o.description().strip());
        }
      }
    }
    return List.copyOf(out);
  }
}
