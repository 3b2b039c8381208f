package dev.copydesk.core.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link LintReport} in one format. Implementations are immutable and thread-safe. */
public interface Reporter {

  /** The format's id in configuration: console, json, sarif, checkstyle, junit, html, github. */
  String format();

  /** The conventional file name, e.g. {@code copydesk.json}. */
  String defaultFileName();

  void write(LintReport report, Writer out) throws IOException;

  /**
   * Whether this report reads the articles' text, not only the results' findings: a caller that lets
   * articles go ({@link dev.copydesk.core.engine.ArticleRetention}) should load them first, in parallel
   * ({@link dev.copydesk.core.engine.Linter#loadArticles}), rather than have the reporter parse them again
   * one by one. False unless a reporter says otherwise.
   */
  default boolean readsArticles() {
    return false;
  }
}
