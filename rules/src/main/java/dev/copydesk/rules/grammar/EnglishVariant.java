package dev.copydesk.rules.grammar;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The English variants LanguageTool checks, each with its own spelling dictionary. Plain "en" has no
 * dictionary of its own, so it is not one of them: an article or setting that says only "en" gets the
 * configured default variant.
 *
 * <p>Immutable and thread-safe.
 */
enum EnglishVariant {
  US("en-US"),
  GB("en-GB"),
  AU("en-AU"),
  CA("en-CA"),
  NZ("en-NZ"),
  ZA("en-ZA");

  /** The fallback when neither the article nor the configuration names a variant. */
  static final EnglishVariant DEFAULT = US;

  private final String code;

  EnglishVariant(String code) {
    this.code = code;
  }

  /** The BCP 47 tag, e.g. {@code en-GB}: LanguageTool's short code with variant. */
  String code() {
    return code;
  }

  /** Every variant's code, for messages. */
  static String codes() {
    StringBuilder sb = new StringBuilder();
    for (EnglishVariant v : values()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(v.code);
    }
    return sb.toString();
  }

  /**
   * The variant a language tag names: {@code en-GB}, {@code en_gb} and {@code EN-GB} all name
   * {@link #GB}; extra subtags ({@code en-GB-oxendict}) are ignored. Null for anything else, including
   * plain {@code en}.
   */
  static @Nullable EnglishVariant fromTag(String tag) {
    String[] parts = tag.strip().replace('_', '-').split("-");
    if (parts.length < 2 || !parts[0].equalsIgnoreCase("en")) {
      return null;
    }
    String region = parts[1].toUpperCase(Locale.ROOT);
    for (EnglishVariant v : values()) {
      if (v.name().equals(region)) {
        return v;
      }
    }
    return null;
  }

  /**
   * Parses a configured variant.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code value} is none of them
   */
  static EnglishVariant parse(String value) {
    EnglishVariant v = fromTag(value);
    if (v == null) {
      throw new IllegalArgumentException(
          "'" + value + "' is not an English variant LanguageTool checks (expected one of " + codes() + ")");
    }
    return v;
  }

  /** Whether a language tag names English at all ({@code en}, {@code en-IE}, {@code EN_us}). */
  static boolean isEnglish(String tag) {
    String t = tag.strip().replace('_', '-');
    int dash = t.indexOf('-');
    return (dash < 0 ? t : t.substring(0, dash)).equalsIgnoreCase("en");
  }
}
