package dev.copydesk.rules;

/**
 * How a paragraph's text ends: with terminal punctuation, with a colon that introduces what follows,
 * with an ellipsis, or open (no terminal punctuation at all). Closing quotation marks and brackets after
 * the last mark are looked through, so {@code ...win."} ends with a full stop.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind how the text ends
 * @param last the last character that is not white space, a closing quotation mark or a closing bracket
 *     ({@code 0} for text without one)
 * @param end offset just past the last non-space character of the text
 */
record TextEnding(Kind kind, char last, int end) {

  enum Kind {
    /** Ends with {@code . ! ?} (or another sentence-final mark). */
    TERMINATED,
    /** Ends with a colon: introduces a list, a table or a quotation that follows. */
    INTRO,
    /** Ends with an ellipsis, which may or may not mark a cut. */
    ELLIPSIS,
    /** No terminal punctuation. */
    OPEN
  }

  static TextEnding of(String text) {
    int end = text.length();
    // A no-break space counts: pages end paragraphs with "&nbsp;" ("shades.&nbsp;</em>").
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || Character.isSpaceChar(text.charAt(end - 1)))) {
      end--;
    }
    int i = end;
    while (i > 0 && isCloser(text.charAt(i - 1))) {
      i--;
    }
    if (i == 0) {
      return new TextEnding(Kind.OPEN, (char) 0, end);
    }
    char c = text.charAt(i - 1);
    Kind kind;
    if (c == '\u2026' || (c == '.' && i >= 2 && text.charAt(i - 2) == '.')) {
      kind = Kind.ELLIPSIS;
    } else if (c == '.' || c == '!' || c == '?' || c == '\u203D' || c == '\u3002') {
      kind = Kind.TERMINATED;
    } else if (c == ':') {
      kind = Kind.INTRO;
    } else {
      kind = Kind.OPEN;
    }
    return new TextEnding(kind, c, end);
  }

  /** Whether the open text ends on a mark that never ends a sentence: comma, semicolon, dash, slash. */
  boolean endsOnJoiner() {
    return kind == Kind.OPEN && ",;-\u2013\u2014/&(+".indexOf(last) >= 0;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == ')' || c == ']'
        || c == '*' || c == '_';
  }
}
