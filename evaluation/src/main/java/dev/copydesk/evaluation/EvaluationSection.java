package dev.copydesk.evaluation;

import dev.copydesk.core.engine.Linter;
import java.io.PrintStream;
import java.nio.file.Path;

/** One part of the evaluation: a corpus and what is measured on it. */
interface EvaluationSection {

  /** Short name, used to pick sections on the command line (e.g. {@code bbc}). */
  String name();

  /** The corpus folder under {@code ../shared/corpus} this section reads. */
  String corpusFolder();

  /**
   * Measures and prints the figures.
   *
   * @param linter the default rule pack with default configuration
   * @param corpus the corpus folder (exists)
   */
  void run(Linter linter, Path corpus, PrintStream out) throws Exception;
}
