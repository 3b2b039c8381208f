package dev.copydesk.evaluation;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The visible text of a whole HTML page, one paragraph per block-level element (blank lines between),
 * with scripts, styles and templates dropped: a stand-in for linting a page while the HTML parser is
 * not merged, and the same text a reader of the full page sees. No main-content selection. Stateless;
 * thread-safe.
 */
final class PageText {

  private static final Set<String> BLOCKS =
      Set.of("address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div", "dl", "dt",
          "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
          "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
          "tfoot", "th", "thead", "tr", "ul", "button", "select", "option", "label");
  private static final Set<String> SKIPPED =
      Set.of("script", "style", "noscript", "template", "svg", "iframe", "head", "meta", "link", "input", "textarea");

  private PageText() {}

  static String of(String html) {
    Document doc = Jsoup.parse(html);
    StringBuilder out = new StringBuilder();
    walk(doc.body() == null ? doc : doc.body(), out);
    return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
  }

  private static void walk(Node node, StringBuilder out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        String s = t.getWholeText().replaceAll("[\\s\u00a0]+", " ");
        if (!s.isBlank()) {
          if (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
            s = s.stripLeading();
          }
          out.append(s);
        }
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) {
          continue;
        }
        if (tag.equals("br")) {
          out.append('\n');
          continue;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
          paragraphBreak(out);
        }
        walk(e, out);
        if (block) {
          paragraphBreak(out);
        }
      }
    }
  }

  private static void paragraphBreak(StringBuilder out) {
    int n = out.length();
    while (n > 0 && out.charAt(n - 1) == ' ') {
      n--;
    }
    out.setLength(n);
    if (n > 0 && !(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
      out.append(out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
    }
  }
}
