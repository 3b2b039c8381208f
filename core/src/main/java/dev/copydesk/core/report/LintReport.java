package dev.copydesk.core.report;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.rule.Severity;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a reporter writes: the results of one run, in a stable order, and the metadata of the rules
 * that ran.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tool the tool name, "Copydesk"
 * @param version Copydesk's version
 * @param results one result per file, in the order the files were given
 * @param rules the metadata of every loaded rule, in id order
 */
public record LintReport(String tool, String version, List<LintResult> results, List<RuleMetadata> rules) {

  public LintReport {
    results = List.copyOf(results);
    rules = List.copyOf(rules);
  }

  public static LintReport of(List<LintResult> results, Collection<RuleMetadata> rules) {
    return new LintReport("Copydesk", Version.current(), results, List.copyOf(rules));
  }

  /** Active findings by severity, every severity present. */
  public Map<Severity, Long> countsBySeverity() {
    Map<Severity, Long> m = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      m.put(s, 0L);
    }
    for (LintResult r : results) {
      for (Finding f : r.findings()) {
        m.merge(f.severity(), 1L, Long::sum);
      }
    }
    return m;
  }

  /** Active findings by rule id, in id order. */
  public Map<String, Long> countsByRule() {
    Map<String, Long> m = new TreeMap<>();
    for (LintResult r : results) {
      for (Finding f : r.findings()) {
        m.merge(f.ruleId(), 1L, Long::sum);
      }
    }
    return m;
  }

  public long findingCount() {
    return results.stream().mapToLong(r -> r.findings().size()).sum();
  }

  public long suppressedCount() {
    return results.stream().mapToLong(r -> r.suppressed().size()).sum();
  }

  public long diagnosticCount() {
    return results.stream().mapToLong(r -> r.diagnostics().size()).sum();
  }
}
