package dev.copydesk.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.core.model.Metadata;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reading metadata values as sources write them: a name or a list of names (or objects with a
 * {@code name}), dates in the formats CMSs and front matter use, and raw values made plain and
 * immutable for {@link Metadata#fields()}.
 *
 * <p>Stateless and thread-safe.
 */
final class MetadataValues {

  private MetadataValues() {}

  /** Front matter keys read as the publication date, in order of preference. */
  private static final List<String> DATE_KEYS =
      List.of("date", "publishDate", "publishdate", "published", "pubDate", "datePublished");

  private static final List<DateTimeFormatter> WRITTEN_DATES =
      List.of(
          pattern("MMMM d, uuuu"),
          pattern("MMM d, uuuu"),
          pattern("MMM. d, uuuu"),
          pattern("d MMMM uuuu"),
          pattern("d MMM uuuu"),
          pattern("EEEE, MMMM d, uuuu"),
          pattern("EEE, MMM d, uuuu"));

  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?"
          + "|Nov(?:ember)?|Dec(?:ember)?)";

  // Linear: alternatives of fixed words and bounded digit runs, nothing nested that can repeat.
  private static final java.util.regex.Pattern WRITTEN_DATE =
      java.util.regex.Pattern.compile(
          "\\b(?:" + MONTH + "\\.? \\d{1,2},? (?:19|20)\\d\\d|\\d{1,2} " + MONTH + "\\.? (?:19|20)\\d\\d|(?:19|20)\\d\\d-\\d\\d-\\d\\d)\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * The first date written out in {@code text}, as a page's dateline shows it: "January 08, 2008", "Jan.
   * 8 2008", "8 January 2008", "2008-01-08". Null when there is none. A year alone ("© 2008") is no date.
   */
  static @Nullable String writtenDate(String text) {
    java.util.regex.Matcher m = WRITTEN_DATE.matcher(text);
    return m.find() ? m.group() : null;
  }

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
  }

  /**
   * Fills the well-known fields of {@code b} from front matter {@code fields} and records every field
   * as it is.
   */
  static void applyFrontMatter(Map<String, Object> fields, Metadata.Builder b) {
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      b.field(e.getKey(), e.getValue());
    }
    b.title(string(fields.get("title")));
    for (String key : List.of("authors", "author", "byline")) {
      for (String name : names(fields.get(key))) {
        b.addAuthor(name);
      }
    }
    for (String key : DATE_KEYS) {
      String raw = string(fields.get(key));
      if (raw != null && !raw.isBlank()) {
        b.published(raw, date(raw));
        break;
      }
    }
    b.url(firstString(fields, "url", "permalink"));
    b.language(firstString(fields, "language", "lang"));
    b.description(firstString(fields, "description", "summary"));
    for (String key : List.of("tags", "categories", "keywords")) {
      Object v = fields.get(key);
      List<String> tags = v instanceof String s ? splitList(s) : names(v);
      for (String tag : tags) {
        b.addTag(tag);
      }
    }
  }

  private static @Nullable String firstString(Map<String, Object> fields, String... keys) {
    for (String k : keys) {
      String s = string(fields.get(k));
      if (s != null && !s.isBlank()) {
        return s;
      }
    }
    return null;
  }

  /** A scalar as a string; null for lists, maps and absent values. */
  static @Nullable String string(@Nullable Object v) {
    if (v instanceof String || v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    return null;
  }

  /** Names from a string, a list of strings, or objects (or lists of objects) with a {@code name}. */
  static List<String> names(@Nullable Object v) {
    List<String> out = new ArrayList<>();
    collectNames(v, out, 0);
    return out;
  }

  private static void collectNames(@Nullable Object v, List<String> out, int depth) {
    if (v == null || depth > 3) {
      return;
    }
    if (v instanceof String s) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    } else if (v instanceof List<?> l) {
      for (Object o : l) {
        collectNames(o, out, depth + 1);
      }
    } else if (v instanceof Map<?, ?> m) {
      collectNames(m.get("name"), out, depth + 1);
    }
  }

  /** "a, b; c" as its trimmed, non-empty items. */
  static List<String> splitList(String s) {
    List<String> out = new ArrayList<>();
    // Linear: a single character class.
    for (String part : s.split("[,;]")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /**
   * The calendar date a publication date names, or null: ISO dates and date-times (the date as
   * written, in the writer's offset), YAML timestamps ({@code 2024-03-01 10:00:00 +01:00}), RFC 1123,
   * {@code 20240301}, and English written dates ("March 1, 2024", "1 Mar 2024").
   */
  static @Nullable LocalDate date(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (s.length() >= 10 && isIsoDate(s)) {
      if (s.length() == 10 || s.charAt(10) == 'T' || s.charAt(10) == 't' || s.charAt(10) == ' ') {
        return localDate(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)), Integer.parseInt(s.substring(8, 10)));
      }
      return null;
    }
    if (s.length() == 8 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return localDate(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6, 8)));
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeException e) {
      // not RFC 1123; try the written forms
    }
    for (DateTimeFormatter f : WRITTEN_DATES) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeException e) {
        // next form
      }
    }
    return null;
  }

  private static boolean isIsoDate(String s) {
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      boolean ok = (i == 4 || i == 7) ? (c == '-' || c == '/') : (c >= '0' && c <= '9');
      if (!ok) {
        return false;
      }
    }
    return s.charAt(4) == s.charAt(7);
  }

  private static @Nullable LocalDate localDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * A Jackson tree as plain immutable Java: String, Long (or the digits of a larger integer), Double,
   * Boolean, List, Map; null becomes "" as {@code SafeYaml} does, so maps never hold null.
   */
  static Object plain(JsonNode n) {
    if (n.isObject()) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        out.put(e.getKey(), plain(e.getValue()));
      }
      return Collections.unmodifiableMap(out);
    }
    if (n.isArray()) {
      List<Object> out = new ArrayList<>(n.size());
      for (JsonNode c : n) {
        out.add(plain(c));
      }
      return Collections.unmodifiableList(out);
    }
    if (n.isIntegralNumber()) {
      return n.canConvertToLong() ? (Object) n.longValue() : n.asText();
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isNull() || n.isMissingNode()) {
      return "";
    }
    return n.asText();
  }
}
