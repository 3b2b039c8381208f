package dev.copydesk.core.rule;

import java.util.Locale;

/** How serious a finding is, most serious first. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** Whether this severity is at least as serious as {@code threshold}. */
  public boolean isAtLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** The lower-case name used in configuration and reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code error}, {@code warning} or {@code info}, case-insensitively. */
  public static Severity parse(String s) {
    for (Severity v : values()) {
      if (v.name().equalsIgnoreCase(s.strip())) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + s + "' (expected error, warning or info)");
  }
}
