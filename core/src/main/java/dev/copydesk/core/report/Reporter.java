package dev.copydesk.core.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link LintReport} in one format. Implementations are immutable and thread-safe. */
public interface Reporter {

  /** The format's id in configuration: console, json, sarif, checkstyle, junit, html. */
  String format();

  /** The conventional file name, e.g. {@code copydesk.json}. */
  String defaultFileName();

  void write(LintReport report, Writer out) throws IOException;
}
