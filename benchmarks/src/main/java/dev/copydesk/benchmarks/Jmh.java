package dev.copydesk.benchmarks;

import dev.copydesk.benchmarks.jmh.ThreadCpuProfiler;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.rule.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the JMH benchmarks of {@code dev.copydesk.benchmarks.jmh} with JMH's own command line ({@code
 * -h} lists it), adding two defaults: the CPU time of the benchmark threads per operation
 * ({@link ThreadCpuProfiler}) beside the wall-clock score, and, for {@code RuleBenchmark}, every rule
 * the class path loads (plus {@code none} and {@code all}) unless {@code -p rule=...} is given.
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests -Dbenchmark=Jmh -Dexec.args="ParseBenchmark"
 * }</pre>
 *
 * <p>A program: not thread-safe.
 */
public final class Jmh {

  private Jmh() {}

  public static void main(String[] args) throws Exception {
    List<String> a = new ArrayList<>(List.of(args));
    boolean ruleGiven = false;
    boolean cpuGiven = false;
    for (int i = 0; i + 1 < a.size(); i++) {
      ruleGiven |= a.get(i).equals("-p") && a.get(i + 1).startsWith("rule=");
      cpuGiven |= a.get(i).equals("-prof") && a.get(i + 1).equals(ThreadCpuProfiler.class.getName());
    }
    if (!cpuGiven && !a.contains("-h") && !a.contains("-l") && !a.contains("-lprof")) {
      a.add("-prof");
      a.add(ThreadCpuProfiler.class.getName());
    }
    if (!ruleGiven) {
      String ids = Linter.builder().build().rules().metadata().stream()
          .map(RuleMetadata::id).collect(Collectors.joining(","));
      a.add("-p");
      a.add("rule=none,all," + ids);
    }
    org.openjdk.jmh.Main.main(a.toArray(new String[0]));
  }
}
