package dev.copydesk.core.rule;

import java.util.Locale;

/** The family a rule belongs to, for grouping in reports and configuration. */
public enum Category {
  /** The text is whole: not cut off, not repeated, not garbled. */
  INTEGRITY,
  /** Claims are attributed and sourced. */
  SOURCING,
  /** Page chrome, bios and bylines that do not belong in the body. */
  BOILERPLATE,
  /** Leftovers of tools: chatbot replies, placeholders. */
  ARTIFACT,
  /** The reader can pin down what is meant: dates, quantities. */
  CLARITY,
  /** House style. */
  STYLE,
  GRAMMAR,
  SPELLING;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
