package dev.copydesk.evaluation;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.rule.Severity;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * BBC News, 2,225 professionally edited articles used as negatives: for each rule, how many articles
 * it flags at each severity, and every error-level finding listed for review (and, with {@code
 * -Dcopydesk.eval.show=warning} or {@code info}, the findings down to that severity; {@code
 * -Dcopydesk.eval.rules=a,b} lists only those rules' findings).
 */
final class BbcSection implements EvaluationSection {

  @Override
  public String name() {
    return "bbc";
  }

  @Override
  public String corpusFolder() {
    return "bbc-news-greene-cunningham";
  }

  @Override
  public void run(Linter linter, Path corpus, PrintStream out) throws Exception {
    List<BbcCorpus.Item> items = BbcCorpus.load(corpus);
    Severity show = Severity.parse(System.getProperty("copydesk.eval.show", "error"));
    Set<String> showRules = new HashSet<>();
    for (String r : System.getProperty("copydesk.eval.rules", "").split(",")) {
      if (!r.isBlank()) {
        showRules.add(r.strip());
      }
    }
    Map<String, int[]> articles = new TreeMap<>();
    Map<String, Integer> findings = new TreeMap<>();
    for (RuleMetadata m : linter.rules().metadata()) {
      articles.put(m.id(), new int[3]);
      findings.put(m.id(), 0);
    }
    int withError = 0;
    int diagnostics = 0;
    List<String> listed = new ArrayList<>();
    for (BbcCorpus.Item item : items) {
      if (item.fallback()) {
        out.println("   note: " + item.id() + " is not valid UTF-8 (known Latin-1 byte); read as windows-1252");
      }
      LintResult r = linter.lint(item.text(), Format.TEXT, item.id());
      diagnostics += r.diagnostics().size();
      r.diagnostics().forEach(d -> out.println("   diagnostic " + item.id() + ": " + d));
      Set<String> seen = new HashSet<>();
      boolean error = false;
      for (Finding f : r.findings()) {
        findings.merge(f.ruleId(), 1, Integer::sum);
        if (seen.add(f.ruleId() + "/" + f.severity())) {
          articles.computeIfAbsent(f.ruleId(), k -> new int[3])[f.severity().ordinal()]++;
        }
        error |= f.severity() == Severity.ERROR;
        if (f.severity().isAtLeast(show) && (showRules.isEmpty() || showRules.contains(f.ruleId()))) {
          listed.add(Report.describe(item.id(), f));
        }
      }
      if (error) {
        withError++;
      }
    }
    out.printf(Locale.ROOT, "   %d articles linted, %d diagnostics%n%n", items.size(), diagnostics);
    out.printf(Locale.ROOT, "   %-22s %8s %8s %8s %9s%n", "rule (articles with)", "error", "warning", "info", "findings");
    articles.forEach((id, c) ->
        out.printf(Locale.ROOT, "   %-22s %8d %8d %8d %9d%n", id, c[0], c[1], c[2], findings.getOrDefault(id, 0)));
    out.printf(
        Locale.ROOT,
        "%n   articles with an error-level finding: %d of %d (%.2f%%; target <= 1%%)%n",
        withError,
        items.size(),
        100.0 * withError / items.size());
    out.println();
    out.println("   findings at " + show.id() + " level or above (" + listed.size() + "):");
    listed.forEach(l -> out.println("   " + l));
  }
}
