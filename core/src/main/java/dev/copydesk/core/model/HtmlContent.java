package dev.copydesk.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Which text of an HTML page is linted. Set in {@code .copydesk.yml} as {@code html: {content: page}}
 * or through {@code Linter.Builder#htmlContent}.
 *
 * <p>Immutable and thread-safe.
 */
public enum HtmlContent {
  /**
   * The element that holds the article, as the page's markup or a content-density heuristic picks it:
   * navigation, sidebars, footers and comment sections around it are left out. The default, for
   * published articles.
   */
  MAIN,
  /**
   * All visible text of the page's body: navigation, sidebars, footers and comment sections included.
   * For auditing a site's templates, or a scraped page before a CMS imports it, where the chrome around
   * the article is what is to be found.
   */
  PAGE;

  /** The lower-case name used in configuration: {@code main} or {@code page}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The setting named {@code id} (case-insensitive, surrounding white space ignored), if any. */
  public static Optional<HtmlContent> fromId(String id) {
    String s = id.strip().toLowerCase(Locale.ROOT);
    for (HtmlContent c : values()) {
      if (c.id().equals(s)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
