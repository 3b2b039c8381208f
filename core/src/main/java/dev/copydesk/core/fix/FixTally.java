package dev.copydesk.core.fix;

/**
 * What a run of {@link FileFixer} over many files came to: files and findings fixed, findings left for
 * another run because their fix overlapped another, and findings whose fix was declined. Not
 * thread-safe: add outcomes from one thread.
 */
public final class FixTally {

  private int files;
  private int fixed;
  private int leftOver;
  private int declined;

  /** Counts {@code outcome}; the number of findings it fixed (0 unless the file was fixed). */
  public int add(FileFixer.Outcome outcome) {
    FixPlan plan = outcome.plan();
    if (plan == null) {
      return 0;
    }
    declined += plan.declined().size();
    if (outcome.status() != FileFixer.Status.FIXED) {
      return 0;
    }
    files++;
    fixed += plan.fixedFindings();
    leftOver += plan.leftOver().size();
    return plan.fixedFindings();
  }

  public int files() {
    return files;
  }

  public int fixed() {
    return fixed;
  }

  public int leftOver() {
    return leftOver;
  }

  public int declined() {
    return declined;
  }

  /**
   * "fixed 3 findings in 2 files", then how many wait for another run ({@code again} says how to
   * start one) and how many were declined.
   */
  public String summary(String again) {
    return "fixed " + count(fixed, "finding") + " in " + count(files, "file") + rest(again);
  }

  /**
   * For outcomes worked out but not written: "the fixes of 3 findings in 2 files", then the same as
   * {@link #summary}.
   */
  public String preview(String again) {
    return "the fixes of " + count(fixed, "finding") + " in " + count(files, "file") + rest(again);
  }

  private String rest(String again) {
    return (leftOver == 0 ? "" : "; " + leftOver + " with a fix that overlaps another, left for " + again)
        + (declined == 0 ? "" : "; " + declined + " with a fix that would cut across the markup, left for an editor");
  }

  /** "1 finding", "2 findings". */
  public static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
