package dev.copydesk.core.report;

/**
 * Escaping for XML 1.0 text and attribute values. Characters XML 1.0 cannot carry at all (C0 controls
 * other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) are removed, since
 * no escape can express them; everything else is kept.
 *
 * <p>Stateless and thread-safe.
 */
final class Xml {

  private Xml() {}

  /** {@code s} escaped for element content. */
  static String text(String s) {
    return escape(s, false);
  }

  /**
   * {@code s} escaped for a double-quoted attribute value. Tab, line feed and carriage return become
   * character references so that attribute-value normalisation keeps them.
   */
  static String attr(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = null;
      boolean drop = false;
      switch (c) {
        case '&' -> rep = "&amp;";
        case '<' -> rep = "&lt;";
        case '>' -> rep = "&gt;";
        case '"' -> rep = attribute ? "&quot;" : null;
        case '\'' -> rep = attribute ? "&apos;" : null;
        case '\t' -> rep = attribute ? "&#9;" : null;
        case '\n' -> rep = attribute ? "&#10;" : null;
        case '\r' -> rep = "&#13;";
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            if (b != null) {
              b.append(c).append(s.charAt(i + 1));
            }
            i++;
            continue;
          }
          drop = !isXmlChar(c);
        }
      }
      if (rep == null && !drop) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (rep != null) {
        b.append(rep);
      }
    }
    return b == null ? s : b.toString();
  }

  /** Whether XML 1.0 allows {@code c} (surrogates only in pairs, handled by the caller). */
  private static boolean isXmlChar(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
  }
}
