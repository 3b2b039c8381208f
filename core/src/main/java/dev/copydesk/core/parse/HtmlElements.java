package dev.copydesk.core.parse;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What the HTML parser needs to know about element names: which are block-level (they end a block of
 * text), which hold no reader-visible prose, which are links.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlElements {

  private HtmlElements() {}

  /** Elements that start and end a block of text; inline elements do neither. */
  private static final Set<String> BLOCK =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
          "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
          "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol",
          "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp",
          "plaintext", "optgroup", "option");

  /**
   * Elements whose content no reader sees as prose: scripts, styles, embedded documents and form
   * controls. Chrome such as nav and footer is visible and stays.
   */
  private static final Set<String> INVISIBLE =
      Set.of(
          "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
          "select", "textarea", "input", "head", "title", "meta", "link", "base", "audio", "video", "source",
          "track", "map", "area", "param", "datalist", "noembed", "noframes", "frameset");

  static boolean isBlock(Element e) {
    return BLOCK.contains(e.normalName());
  }

  /** Whether a lower-case tag name is block-level. */
  static boolean isBlockName(String name) {
    return BLOCK.contains(name);
  }

  /** Whether the element and everything in it is left out of the text. */
  static boolean isInvisible(Element e) {
    if (INVISIBLE.contains(e.normalName())) {
      return true;
    }
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
      return s.contains("display:none") || s.contains("visibility:hidden");
    }
    return false;
  }

  static boolean isHeading(Element e) {
    String n = e.normalName();
    return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6';
  }
}
