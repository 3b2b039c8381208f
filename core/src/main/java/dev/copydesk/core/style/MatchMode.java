package dev.copydesk.core.style;

/** Where an existence rule's token or pattern must sit in the unit it reads (a block, a sentence, …). */
public enum MatchMode {
  /** Anywhere in the text; the finding is the match. */
  ANYWHERE("anywhere"),
  /** On a line of its own: only white space before it on its line and no word after it. */
  LINE("line"),
  /** The whole unit is the token (case, quotes, white space and surrounding punctuation ignored). */
  BLOCK("block"),
  /** The unit starts with the token; {@code max-words} or {@code max-words-after} bound its length. */
  BLOCK_START("block-start");

  private final String id;

  MatchMode(String id) {
    this.id = id;
  }

  /** The name used in definitions. */
  public String id() {
    return id;
  }

  /** Whether matches in this mode judge the whole unit (and so flag all of it). */
  public boolean judgesWholeUnit() {
    return this == BLOCK || this == BLOCK_START;
  }

  static MatchMode parse(String s) {
    for (MatchMode m : values()) {
      if (m.id.equals(s)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown match '" + s + "' (expected anywhere, line, block or block-start)");
  }
}
