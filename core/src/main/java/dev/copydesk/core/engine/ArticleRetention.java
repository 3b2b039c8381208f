package dev.copydesk.core.engine;

/**
 * What the {@link LintResult} of a file keeps of its parsed {@link dev.copydesk.core.model.Article}.
 * The model of an article (blocks, sentences, tokens) takes some twenty times the size of its source,
 * tens of kilobytes for a news article, so a caller that keeps the results of thousands of files (a
 * build that writes reports at the end) keeps hundreds of megabytes unless it lets the articles go.
 */
public enum ArticleRetention {

  /** The article itself: {@link LintResult#article()} costs nothing. The default. */
  KEEP,

  /**
   * A soft reference and the hash of the file's content: the garbage collector may drop the article
   * when memory runs short, and {@link LintResult#article()} then reads and parses the file again, or
   * gives null when its content has changed since it was linted. Results of sources linted from memory
   * keep their article whatever this says.
   */
  SOFT,

  /**
   * Nothing but the hash of the file's content: {@link LintResult#article()} reads and parses the file
   * again (or gives null when its content has changed). For callers that never look at articles, such
   * as a command line writing console or JSON reports, over more files than memory should hold: the
   * garbage collector then has no article to carry from one collection to the next. Results of sources
   * linted from memory keep their article whatever this says.
   */
  NONE
}
