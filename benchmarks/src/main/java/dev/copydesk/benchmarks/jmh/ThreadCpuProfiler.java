package dev.copydesk.benchmarks.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time of the benchmark's worker threads per operation
 * ({@code ·cpu}, in the benchmark's time unit), beside JMH's wall-clock score. On a machine shared
 * with other work the wall clock also counts the time other processes held the core; the threads' own
 * CPU time is the steadier measure of the work. Enable with {@code -prof
 * dev.copydesk.benchmarks.jmh.ThreadCpuProfiler} ({@link dev.copydesk.benchmarks.Jmh} adds it).
 *
 * <p>JMH creates one instance per fork and calls it from one thread; not thread-safe otherwise.
 */
public final class ThreadCpuProfiler implements InternalProfiler {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Map<Long, Long> start = new HashMap<>();

  @Override
  public String getDescription() {
    return "CPU time of the benchmark threads per operation (ThreadMXBean)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    start.clear();
    start.putAll(workerCpu());
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long cpu = 0;
    for (Map.Entry<Long, Long> e : workerCpu().entrySet()) {
      cpu += e.getValue() - start.getOrDefault(e.getKey(), 0L);
    }
    long ops = result.getMetadata().getMeasuredOps();
    if (ops <= 0) {
      return List.of();
    }
    TimeUnit unit = benchmarkParams.getTimeUnit();
    double perOp = (double) cpu / ops / TimeUnit.NANOSECONDS.convert(1, unit);
    return List.of(new ScalarResult("cpu", perOp, unitName(unit) + "/op", AggregationPolicy.AVG));
  }

  /** CPU nanoseconds so far of each live JMH worker thread, by thread id. */
  private static Map<Long, Long> workerCpu() {
    Map<Long, Long> out = new HashMap<>();
    for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info != null && info.getThreadName().contains("jmh-worker")) {
        long t = THREADS.getThreadCpuTime(info.getThreadId());
        if (t >= 0) {
          out.put(info.getThreadId(), t);
        }
      }
    }
    return out;
  }

  private static String unitName(TimeUnit unit) {
    return switch (unit) {
      case NANOSECONDS -> "ns";
      case MICROSECONDS -> "us";
      case MILLISECONDS -> "ms";
      case SECONDS -> "s";
      case MINUTES -> "min";
      case HOURS -> "hr";
      case DAYS -> "day";
    };
  }
}
