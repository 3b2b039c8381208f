package dev.copydesk.core.report;

/**
 * Escaping for HTML text and double-quoted attribute values. Markup characters become entities;
 * control characters other than tab and line breaks, and lone surrogates, become U+FFFD so that the
 * reader sees that something was there.
 *
 * <p>Stateless and thread-safe.
 */
final class Html {

  private Html() {}

  /** {@code s} escaped for element content or a double- or single-quoted attribute value. */
  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep;
      switch (c) {
        case '&' -> rep = "&amp;";
        case '<' -> rep = "&lt;";
        case '>' -> rep = "&gt;";
        case '"' -> rep = "&quot;";
        case '\'' -> rep = "&#39;";
        case '\t', '\n' -> rep = null;
        case '\r' -> rep = "";
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            if (b != null) {
              b.append(c).append(s.charAt(i + 1));
            }
            i++;
            continue;
          }
          rep = isControl(c) || Character.isSurrogate(c) ? "\uFFFD" : null;
        }
      }
      if (rep == null) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      b.append(rep);
    }
    return b == null ? s : b.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
  }
}
