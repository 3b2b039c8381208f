package dev.copydesk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Small measuring helpers the benchmark programs share: medians, thread and process CPU time, the
 * machine's load, and peak heap use.
 *
 * <p>Stateless; thread-safe.
 */
final class Figures {

  static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Figures() {}

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** CPU time of the calling thread, in nanoseconds. */
  static long threadCpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /**
   * Bytes the calling thread has allocated so far; -1 if the JVM does not say. Unlike time, the same
   * from run to run, so a change that saves allocation shows even on a noisy machine.
   */
  static long threadAllocated() {
    if (THREADS instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported()) {
      return t.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return -1;
  }

  /** CPU time of the whole process (every thread, GC and compiler included), in nanoseconds; -1 if unknown. */
  static long processCpu() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /** The one-minute load average and the number of processors, for the record of a measurement. */
  static String load() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return String.format(Locale.ROOT, "load average %.1f on %d processors", load, Runtime.getRuntime().availableProcessors());
  }

  /** Forgets the peak use of every heap pool, so that {@link #peakHeap()} covers what follows. */
  static void resetPeakHeap() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /**
   * The sum of the heap pools' peak use since {@link #resetPeakHeap()}, in bytes: an upper bound of the
   * heap in use at any one moment (the pools may peak at different times).
   */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Heap in use after a full collection, in bytes: what is live. */
  static long liveHeap() {
    System.gc();
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
  }
}
