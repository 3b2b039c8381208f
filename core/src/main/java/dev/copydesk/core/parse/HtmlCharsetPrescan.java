package dev.copydesk.core.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the encoding an HTML page declares in a {@code <meta charset>} or {@code <meta http-equiv=
 * "Content-Type" content="...; charset=...">} element, as browsers do: the HTML standard's "prescan a
 * byte stream to determine its encoding", over the first {@value #LIMIT} bytes only, so the scan costs
 * at most that many steps whatever the file holds. Comments, other tags' attributes, {@code <!...>},
 * {@code </...>} and {@code <?...>} are skipped, so a {@code <meta>} inside them does not count. Labels
 * map to encodings by the WHATWG Encoding standard's table ({@code iso-8859-1}, {@code latin1} and
 * {@code us-ascii} are windows-1252, {@code shift_jis} is windows-31j, and so on).
 *
 * <p>jsoup detects a page's charset too ({@code DataUtil}), but only while loading a document: it
 * parses the first kilobytes with the full HTML parser, replaces bad bytes silently and maps no labels;
 * its detector alone is not public. Copydesk needs the declaration's position (to name an unknown
 * label) and the bytes left for its own decoder (to report bad bytes), hence this scan.
 *
 * <p>Stateless; thread-safe.
 */
final class HtmlCharsetPrescan {

  /** How many bytes at the start of a page are looked at, as in the HTML standard. */
  static final int LIMIT = 1024;

  /**
   * What a page declares: the encoding, or null when its label is unknown or not supported by this
   * Java; the label as written, and the byte offset where it starts.
   */
  record Declaration(@Nullable Charset charset, String label, int offset) {}

  private HtmlCharsetPrescan() {}

  /**
   * The declaration the prescan settles on, or else the first one whose label it could not use, or
   * null when the first {@value #LIMIT} bytes declare nothing.
   */
  static @Nullable Declaration scan(byte[] bytes) {
    return new Scanner(bytes).run();
  }

  /** The encoding {@code label} names (ASCII whitespace around it ignored), or null. */
  static @Nullable Charset forLabel(String label) {
    String name = LABELS.get(label.strip().toLowerCase(Locale.ROOT));
    if (name == null) {
      return null;
    }
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static final class Scanner {
    private final byte[] b;
    private final int end;
    private int pos;
    private @Nullable Declaration firstUnusable;

    Scanner(byte[] bytes) {
      this.b = bytes;
      this.end = Math.min(bytes.length, LIMIT);
    }

    @Nullable Declaration run() {
      while (pos < end) {
        if (startsWith("<!--")) {
          // The comment ends at the first "-->" after "<!", so "<!-->" is a whole comment.
          int close = indexOf("-->", pos + 2);
          if (close < 0) {
            return firstUnusable;
          }
          pos = close + 3;
        } else if (startsWithIgnoreCase("<meta") && pos + 5 < end && (isSpace(b[pos + 5]) || b[pos + 5] == '/')) {
          pos += 6;
          Declaration found = meta();
          if (found != null && found.charset() != null) {
            return found;
          }
          if (found != null && firstUnusable == null) {
            firstUnusable = found;
          }
          if (pos >= end) {
            return firstUnusable;
          }
        } else if (b[pos] == '<' && pos + 1 < end && (isLetter(b[pos + 1]) || (b[pos + 1] == '/' && pos + 2 < end && isLetter(b[pos + 2])))) {
          while (pos < end && !isSpace(b[pos]) && b[pos] != '>') {
            pos++;
          }
          while (attribute() != null) {
            // skipped: a tag's attributes may hold "<meta" as text
          }
          pos++;
        } else if (startsWith("<!") || startsWith("</") || startsWith("<?")) {
          int close = indexOf(">", pos);
          if (close < 0) {
            return firstUnusable;
          }
          pos = close + 1;
        } else {
          pos++;
        }
      }
      return firstUnusable;
    }

    /**
     * The attributes of one {@code <meta>} (the position just past its name) and what they declare:
     * a declaration with a null charset when its label is not usable, or null when it declares
     * nothing. The position ends just after the tag.
     */
    private @Nullable Declaration meta() {
      Set<String> seen = new HashSet<>();
      boolean gotPragma = false;
      Boolean needPragma = null;
      String label = null;
      int labelOffset = -1;
      Attribute a;
      while ((a = attribute()) != null) {
        if (!seen.add(a.name)) {
          continue;
        }
        if (a.name.equals("http-equiv")) {
          gotPragma = gotPragma || a.value.equalsIgnoreCase("content-type");
        } else if (a.name.equals("content") && label == null) {
          int at = charsetInContent(a.value);
          if (at >= 0) {
            label = contentLabel(a.value, at);
            labelOffset = a.valueOffset + at;
            needPragma = Boolean.TRUE;
          }
        } else if (a.name.equals("charset")) {
          label = a.value;
          labelOffset = a.valueOffset;
          needPragma = Boolean.FALSE;
        }
      }
      if (pos >= end) {
        // The tag runs past the bytes looked at: the standard's prescan gives up here.
        return null;
      }
      pos++;
      if (needPragma == null || label == null || (needPragma && !gotPragma)) {
        return null;
      }
      Charset cs = forLabel(label);
      if (cs != null && (cs.equals(StandardCharsets.UTF_16LE) || cs.equals(StandardCharsets.UTF_16BE))) {
        // A page whose declaration could be read as ASCII is not UTF-16, whatever it says.
        cs = StandardCharsets.UTF_8;
      } else if (cs == null && label.strip().equalsIgnoreCase("x-user-defined")) {
        cs = Charset.forName("windows-1252");
      }
      return new Declaration(cs, label, labelOffset);
    }

    private record Attribute(String name, String value, int valueOffset) {}

    /** The HTML standard's "get an attribute": null at the end of the tag or of the bytes. */
    private @Nullable Attribute attribute() {
      while (pos < end && (isSpace(b[pos]) || b[pos] == '/')) {
        pos++;
      }
      if (pos >= end || b[pos] == '>') {
        return null;
      }
      StringBuilder name = new StringBuilder();
      while (true) {
        if (pos >= end) {
          return null;
        }
        byte c = b[pos];
        if (c == '=' && name.length() > 0) {
          pos++;
          break;
        }
        if (isSpace(c)) {
          while (pos < end && isSpace(b[pos])) {
            pos++;
          }
          if (pos >= end) {
            return null;
          }
          if (b[pos] != '=') {
            return new Attribute(name.toString(), "", pos);
          }
          pos++;
          break;
        }
        if (c == '/' || c == '>') {
          return new Attribute(name.toString(), "", pos);
        }
        name.append(lower(c));
        pos++;
      }
      while (pos < end && isSpace(b[pos])) {
        pos++;
      }
      if (pos >= end) {
        return null;
      }
      byte c = b[pos];
      if (c == '"' || c == '\'') {
        int start = ++pos;
        while (pos < end && b[pos] != c) {
          pos++;
        }
        if (pos >= end) {
          return null;
        }
        String value = latin1(start, pos);
        pos++;
        return new Attribute(name.toString(), value, start);
      }
      if (c == '>') {
        return new Attribute(name.toString(), "", pos);
      }
      int start = pos;
      while (pos < end && !isSpace(b[pos]) && b[pos] != '>') {
        pos++;
      }
      if (pos >= end) {
        return null;
      }
      return new Attribute(name.toString(), latin1(start, pos), start);
    }

    private boolean startsWith(String s) {
      if (pos + s.length() > end) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        if (b[pos + i] != s.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    private boolean startsWithIgnoreCase(String lowerCase) {
      if (pos + lowerCase.length() > end) {
        return false;
      }
      for (int i = 0; i < lowerCase.length(); i++) {
        if (lower(b[pos + i]) != lowerCase.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    private int indexOf(String s, int from) {
      outer:
      for (int i = from; i + s.length() <= end; i++) {
        for (int j = 0; j < s.length(); j++) {
          if (b[i + j] != s.charAt(j)) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }

    private String latin1(int from, int to) {
      return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * The HTML standard's "extract a character encoding from a meta element": the index in {@code
   * content} where the label after {@code charset=} starts, or -1.
   */
  static int charsetInContent(String content) {
    String lower = content.toLowerCase(Locale.ROOT);
    int from = 0;
    while (true) {
      int at = lower.indexOf("charset", from);
      if (at < 0) {
        return -1;
      }
      int i = at + 7;
      while (i < content.length() && isSpace(content.charAt(i))) {
        i++;
      }
      if (i >= content.length() || content.charAt(i) != '=') {
        from = i;
        continue;
      }
      i++;
      while (i < content.length() && isSpace(content.charAt(i))) {
        i++;
      }
      if (i >= content.length()) {
        return -1;
      }
      char c = content.charAt(i);
      if (c == '"' || c == '\'') {
        return content.indexOf(c, i + 1) > i + 1 ? i + 1 : -1;
      }
      return i;
    }
  }

  /** The label that starts at {@code at} in a content attribute (see {@link #charsetInContent}). */
  static String contentLabel(String content, int at) {
    char before = at > 0 ? content.charAt(at - 1) : 0;
    if (before == '"' || before == '\'') {
      int close = content.indexOf(before, at);
      if (close > at) {
        return content.substring(at, close);
      }
    }
    int i = at;
    while (i < content.length() && !isSpace(content.charAt(i)) && content.charAt(i) != ';') {
      i++;
    }
    return content.substring(at, i);
  }

  private static boolean isSpace(int c) {
    return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20;
  }

  private static boolean isLetter(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static char lower(byte c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) (c & 0xFF);
  }

  // The WHATWG Encoding standard's labels, by the name of the Java charset that decodes that encoding.
  // Encodings this Java lacks (ISO-8859-10, -14, -16) and the "replacement" encoding are left out, so
  // their labels are unknown here; UTF-16 and x-user-defined are handled where the prescan ends.
  private static final Map<String, String> LABELS = labels(new String[][] {
    {"UTF-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"},
    {"IBM866", "866", "cp866", "csibm866", "ibm866"},
    {"ISO-8859-2", "csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"},
    {"ISO-8859-3", "csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"},
    {"ISO-8859-4", "csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"},
    {"ISO-8859-5", "csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"},
    {"ISO-8859-6", "arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e",
      "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"},
    {"ISO-8859-7", "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597",
      "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"},
    {"ISO-8859-8", "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598",
      "iso_8859-8", "iso_8859-8:1988", "visual", "csiso88598i", "iso-8859-8-i", "logical"},
    {"ISO-8859-13", "iso-8859-13", "iso8859-13", "iso885913"},
    {"ISO-8859-15", "csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"},
    {"KOI8-R", "cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"},
    {"KOI8-U", "koi8-ru", "koi8-u"},
    {"x-MacRoman", "csmacintosh", "mac", "macintosh", "x-mac-roman"},
    {"x-windows-874", "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"},
    {"windows-1250", "cp1250", "windows-1250", "x-cp1250"},
    {"windows-1251", "cp1251", "windows-1251", "x-cp1251"},
    {"windows-1252", "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
      "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252"},
    {"windows-1253", "cp1253", "windows-1253", "x-cp1253"},
    {"windows-1254", "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989",
      "l5", "latin5", "windows-1254", "x-cp1254"},
    {"windows-1255", "cp1255", "windows-1255", "x-cp1255"},
    {"windows-1256", "cp1256", "windows-1256", "x-cp1256"},
    {"windows-1257", "cp1257", "windows-1257", "x-cp1257"},
    {"windows-1258", "cp1258", "windows-1258", "x-cp1258"},
    {"x-MacCyrillic", "x-mac-cyrillic", "x-mac-ukrainian"},
    {"GBK", "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk"},
    {"GB18030", "gb18030"},
    {"Big5-HKSCS", "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"},
    {"EUC-JP", "cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"},
    {"ISO-2022-JP", "csiso2022jp", "iso-2022-jp"},
    {"windows-31j", "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"},
    {"x-windows-949", "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601",
      "ksc_5601", "windows-949"},
    {"UTF-16BE", "unicodefffe", "utf-16be"},
    {"UTF-16LE", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"},
  });

  private static Map<String, String> labels(String[][] table) {
    Map<String, String> m = new HashMap<>();
    for (String[] row : table) {
      for (int i = 1; i < row.length; i++) {
        m.put(row[i], row[0]);
      }
    }
    return Map.copyOf(m);
  }
}
