package dev.copydesk.core.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jspecify.annotations.Nullable;

/**
 * Finds the element of an HTML page that holds the article: the page's own markup when it says so, and
 * a content-density heuristic when it does not.
 *
 * <ol>
 *   <li><b>Markup.</b> The first of {@code [itemprop=articleBody]}, {@code <article>}, {@code <main>},
 *       {@code [role=main]} that exists (the one with the most paragraph text when there are several,
 *       since comments and teasers are often {@code <article>}s too) is taken, unless it holds less
 *       than half the paragraph text of the heuristic's choice and does not contain it (a teaser box
 *       marked up as an article). Paragraph text is counted as the heuristic counts it, outside page
 *       furniture. A {@code <main>} (or {@code [role=main]}) that holds the site's menu (a {@code <nav>}
 *       or {@code [role=navigation]} of five links or more, outside the heuristic's choice) is the
 *       page's frame rather than its article: the largest part of it around the heuristic's choice that
 *       holds no menu is taken instead, if that part holds at least half of its paragraph text.
 *   <li><b>Heuristic</b> (Readability's scoring): every paragraph-like element ({@code p}, {@code pre},
 *       {@code td}, and any container counting only its loose text outside block-level children) with
 *       at least 20 visible non-space characters scores 1 + its commas + one point per
 *       100 characters (at most 3). The score goes to its parent in full (loose text: to its container), the next ancestor halved,
 *       and to ancestors up to five levels up divided by three times their distance. Paragraphs inside
 *       page furniture (nav, footer, aside, menus, and elements whose class or id says "comment",
 *       "sidebar", "related", "social" and the like without also saying "article", "content" or
 *       "main") do not score. An ancestor starts
 *       from a weight for its tag ({@code div} +5; {@code pre}, {@code td}, {@code blockquote} +3;
 *       lists and forms −3; headings −5) and ±25 when its class or id reads like content ("article",
 *       "post", "story") or chrome ("comment", "sidebar", "share", "related"). Each candidate's score is
 *       multiplied by (1 − link density), the share of its text inside links, which sinks navigation
 *       and link farms. The best candidate wins; it is replaced by an ancestor that at least three of
 *       the next five candidates (each within 75% of its score) share, or by a parent that scores
 *       higher, and an only child gives way to its parent. The article's chrome inside the chosen
 *       element (share bars, bios) stays: it is what the rules look for.
 * </ol>
 *
 * <p>Stateless and thread-safe; each call keeps its state on the stack.
 */
final class MainContentFinder {

  // Words in class and id attributes that raise or lower an element's score. Looked for as UNLIKELY is
  // (below); NEGATIVE also counts "hid" as a word of its own (see hasHidWord).
  private static final List<String> POSITIVE =
      List.of("article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story");

  private static final List<String> NEGATIVE =
      List.of("-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr",
          "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
          "sponsor", "shopping", "tags", "tool", "widget", "nav", "menu");

  // Words in class and id attributes that mark page furniture, unless one of MAYBE's is there too. Looked
  // for as ASCII letters ignoring case (as a case-insensitive regular expression without Unicode case
  // does), with String.indexOf: several times faster than an alternation of thirty words.
  private static final List<String> UNLIKELY =
      List.of("-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
          "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
          "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
          "yom-remote");

  private static final List<String> MAYBE = List.of("and", "article", "body", "column", "content", "main", "shadow");

  private static final int MIN_PARAGRAPH = 20;

  private MainContentFinder() {}

  /** Visible-text counts of one element. */
  static final class Stats {
    /** Inside page furniture (comments, sidebars, footers): its paragraphs do not vote. */
    boolean unlikely;
    int text;
    /** Text not inside a block-level descendant: what reads as loose paragraphs of this element. */
    int looseText;
    int looseCommas;
    /** Paragraph text outside page furniture: what the article itself is made of. */
    int paragraphText;
    int linkText;
    int commas;
    boolean hasBlock;
    double score;
    boolean scored;

    int nonLinkText() {
      return text - linkText;
    }

    double linkDensity() {
      return text == 0 ? 0 : (double) linkText / text;
    }
  }

  /** The element that holds the article; {@code body} (or the document) when nothing stands out. */
  static Element find(Document doc) {
    Element body = doc.body();
    Element root = body != null ? body : doc;
    Map<Element, Stats> stats = new IdentityHashMap<>();
    List<Element> paragraphs = new ArrayList<>();
    measure(root, stats, paragraphs);
    Element heuristic = heuristic(root, stats, paragraphs);
    List<List<Element>> kinds = marked(root);
    for (int k = 0; k < kinds.size(); k++) {
      List<Element> marked = kinds.get(k);
      Element best = null;
      int bestText = -1;
      for (Element e : marked) {
        Stats s = stats.get(e);
        int t = s == null ? 0 : s.paragraphText;
        if (t > bestText) {
          best = e;
          bestText = t;
        }
      }
      if (best == null) {
        continue;
      }
      Stats h = heuristic == null ? null : stats.get(heuristic);
      if (heuristic != null && k >= MAIN && contains(best, heuristic)) {
        // A <main> that holds the site's menu is the page's frame, not its article: the article is the
        // largest part of it around the heuristic's choice that holds no menu.
        List<Element> menus = menus(best, heuristic);
        if (!menus.isEmpty()) {
          Element e = heuristic;
          while (e.parent() != null && e.parent() != best && !containsAny(e.parent(), menus)) {
            e = e.parent();
          }
          // Only when that part holds most of the frame's paragraphs: else the heuristic went astray.
          Stats part = stats.get(e);
          if (part != null && part.paragraphText * 2 >= bestText) {
            return e;
          }
        }
      }
      if (h == null || contains(best, heuristic) || bestText * 2 >= h.paragraphText) {
        return best;
      }
    }
    return heuristic != null ? heuristic : root;
  }

  /**
   * The elements the page's markup names as its article, in document order, by how surely: those of
   * {@code [itemprop=articleBody]}, {@code article}, {@code main} and {@code [role=main]}, as jsoup's
   * selectors match them (attribute values ignoring case), found in one walk rather than one per
   * selector.
   */
  private static List<List<Element>> marked(Element root) {
    List<Element> articleBody = new ArrayList<>();
    List<Element> article = new ArrayList<>();
    List<Element> main = new ArrayList<>();
    List<Element> roleMain = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articlebody")) {
        articleBody.add(e);
      }
      if (e.nameIs("article")) {
        article.add(e);
      }
      if (e.nameIs("main")) {
        main.add(e);
      }
      if (e.hasAttr("role") && e.attr("role").equalsIgnoreCase("main")) {
        roleMain.add(e);
      }
    }
    return List.of(articleBody, article, main, roleMain);
  }

  /** Counts visible text per element, bottom-up, without recursion. */
  private static void measure(Element root, Map<Element, Stats> stats, List<Element> paragraphs) {
    Deque<Stats> stack = new ArrayDeque<>();
    // Pages repeat the same class names on hundreds of elements: match each distinct one once.
    Map<String, Boolean> furniture = new HashMap<>();
    root.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
              if (HtmlElements.isInvisible(e)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              Stats s = new Stats();
              Stats parent = stack.peek();
              s.unlikely = (parent != null && parent.unlikely) || isUnlikely(e, furniture);
              stack.push(s);
            } else if (node instanceof TextNode t && !stack.isEmpty()) {
              Stats s = stack.peek();
              String text = t.getWholeText();
              int chars = 0;
              int commas = 0;
              for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c)) {
                  chars++;
                  if (c == ',') {
                    commas++;
                  }
                }
              }
              s.text += chars;
              s.commas += commas;
              s.looseText += chars;
              s.looseCommas += commas;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return FilterResult.CONTINUE;
            }
            Stats s = stack.pop();
            if (e.normalName().equals("a")) {
              s.linkText = s.text;
            }
            Stats parent = stack.peek();
            if (parent != null) {
              parent.text += s.text;
              parent.linkText += s.linkText;
              parent.commas += s.commas;
              boolean block = HtmlElements.isBlock(e);
              parent.hasBlock |= s.hasBlock || block;
              if (!block) {
                parent.looseText += s.looseText;
                parent.looseCommas += s.looseCommas;
              }
            }
            if (s.text > 0) {
              stats.put(e, s);
              int length = paragraphLength(e, s);
              if (!s.unlikely && length >= MIN_PARAGRAPH) {
                paragraphs.add(e);
                s.paragraphText += length;
              }
            }
            if (parent != null) {
              parent.paragraphText += s.paragraphText;
            }
            return FilterResult.CONTINUE;
          }
        });
  }

  /** Page furniture by its tag, role, class or id, as Readability judges "unlikely candidates". */
  private static boolean isUnlikely(Element e, Map<String, Boolean> furniture) {
    String name = e.normalName();
    switch (name) {
      case "nav", "footer", "aside" -> {
        return true;
      }
      case "body", "html", "article", "main", "a" -> {
        return false;
      }
      default -> {
        // judged by attributes below
      }
    }
    String role = e.attr("role");
    if (!role.isEmpty()
        && switch (role) {
          case "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog" -> true;
          default -> false;
        }) {
      return true;
    }
    String className = e.className();
    String id = e.id();
    if (className.isEmpty() && id.isEmpty()) {
      return false;
    }
    return furniture.computeIfAbsent(
        className + " " + id, MainContentFinder::furnitureMarks);
  }

  /** Whether class and id words {@code marks} name page furniture: one of UNLIKELY's, none of MAYBE's. */
  static boolean furnitureMarks(String marks) {
    String lower = asciiLowerCase(marks);
    return containsAny(lower, UNLIKELY) && !containsAny(lower, MAYBE);
  }

  /** {@code s} with ASCII capitals made small and every other character as it is. */
  static String asciiLowerCase(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = (char) (c + ('a' - 'A'));
      }
    }
    return out == null ? s : new String(out);
  }

  private static boolean containsAny(String s, List<String> words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How much paragraph text an element holds of its own: all of it for {@code p}, {@code pre} and
   * {@code td}; the loose text outside block children for containers, which is how pages without
   * {@code <p>} (text and {@code <br>}s in a div) hold their article. Zero for anything else.
   */
  private static int paragraphLength(Element e, Stats s) {
    return switch (e.normalName()) {
      case "p", "pre", "td" -> s.text;
      case "div", "section", "article", "main", "center", "font", "span" -> s.looseText;
      default -> 0;
    };
  }

  private static boolean isLooseTextHolder(Element e) {
    return switch (e.normalName()) {
      case "p", "pre", "td" -> false;
      default -> true;
    };
  }

  private static int paragraphCommas(Element e, Stats s) {
    return switch (e.normalName()) {
      case "p", "pre", "td" -> s.commas;
      default -> s.looseCommas;
    };
  }

  /** The heuristic's choice alone, for tests and diagnosis. */
  static @Nullable Element byHeuristic(Document doc) {
    Element body = doc.body();
    Element root = body != null ? body : doc;
    Map<Element, Stats> stats = new IdentityHashMap<>();
    List<Element> paragraphs = new ArrayList<>();
    measure(root, stats, paragraphs);
    return heuristic(root, stats, paragraphs);
  }

  private static @Nullable Element heuristic(Element root, Map<Element, Stats> stats, List<Element> paragraphs) {
    List<Element> candidates = new ArrayList<>();
    for (Element p : paragraphs) {
      Stats ps = stats.get(p);
      double score = 1 + paragraphCommas(p, ps) + Math.min(3, paragraphLength(p, ps) / 100);
      // Loose text is a paragraph of its container (Readability wraps it in a <p> there), so the
      // container itself takes the full score.
      Element a = isLooseTextHolder(p) ? p : p.parent();
      for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
        Stats as = stats.get(a);
        if (as == null) {
          break;
        }
        if (!as.scored) {
          as.scored = true;
          as.score = initialScore(a);
          candidates.add(a);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        as.score += score / divider;
        if (a == root) {
          break;
        }
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    candidates.sort((x, y) -> Double.compare(finalScore(stats, y), finalScore(stats, x)));
    Element top = candidates.get(0);
    double topScore = finalScore(stats, top);

    // Several close runners-up under one ancestor: the article is split into sibling sections.
    List<Element> close = new ArrayList<>();
    for (int i = 1; i < Math.min(6, candidates.size()); i++) {
      if (finalScore(stats, candidates.get(i)) >= 0.75 * topScore) {
        close.add(candidates.get(i));
      }
    }
    if (close.size() >= 3) {
      Map<Element, Integer> sharing = new IdentityHashMap<>();
      for (Element c : close) {
        for (Element a = c; a != null && a != root; a = a.parent()) {
          sharing.merge(a, 1, Integer::sum);
        }
      }
      for (Element a = top.parent(); a != null && a != root; a = a.parent()) {
        if (sharing.getOrDefault(a, 0) >= 3) {
          top = a;
          break;
        }
      }
    }

    // A parent that scores better holds more of the article.
    double lastScore = finalScore(stats, top);
    double threshold = lastScore / 3;
    for (Element a = top.parent(); a != null && a != root; a = a.parent()) {
      Stats as = stats.get(a);
      if (as == null || !as.scored) {
        continue;
      }
      double s = finalScore(stats, a);
      if (s < threshold) {
        break;
      }
      if (s > lastScore) {
        top = a;
        break;
      }
      lastScore = s;
    }

    while (top.parent() != null && top.parent() != root && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  private static double finalScore(Map<Element, Stats> stats, Element e) {
    Stats s = stats.get(e);
    return s == null ? 0 : s.score * (1 - s.linkDensity());
  }

  private static double initialScore(Element e) {
    double score =
        switch (e.normalName()) {
          case "div" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return score + classWeight(e.className()) + classWeight(e.id());
  }

  /** What the words of a class or id attribute {@code s} add to an element's score: -25, 0 or 25. */
  static int classWeight(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    String lower = asciiLowerCase(s);
    int w = 0;
    if (containsAny(lower, NEGATIVE) || hasHidWord(lower)) {
      w -= 25;
    }
    if (containsAny(lower, POSITIVE)) {
      w += 25;
    }
    return w;
  }

  /**
   * Whether "hid" is the whole of {@code s}, its first word, its last, or a word between spaces (as the
   * expression {@code ^hid$| hid$| hid |^hid } found it, its {@code $} matching before a line
   * terminator that ends the text, too).
   */
  static boolean hasHidWord(String s) {
    if (s.startsWith("hid ") || s.startsWith("hid") && endsAt(s, 3)) {
      return true;
    }
    for (int i = s.indexOf(" hid"); i >= 0; i = s.indexOf(" hid", i + 1)) {
      if (s.startsWith(" hid ", i) || endsAt(s, i + 4)) {
        return true;
      }
    }
    return false;
  }

  /** Whether only a line terminator, or nothing, follows offset {@code i} of {@code s}: where {@code $} matches. */
  private static boolean endsAt(String s, int i) {
    int rest = s.length() - i;
    if (rest == 0) {
      return true;
    }
    if (rest == 2) {
      return s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
    }
    if (rest == 1) {
      char c = s.charAt(i);
      return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
    return false;
  }

  /** Where {@code <main>} and {@code [role=main]} are in {@link #marked}'s list. */
  private static final int MAIN = 2;
  /** Fewest links that make a {@code <nav>} a site's menu rather than a breadcrumb trail or a pager. */
  private static final int MENU_LINKS = 5;

  /** The site menus in {@code frame} outside {@code article}: {@code <nav>} or {@code [role=navigation]} with many links. */
  private static List<Element> menus(Element frame, Element article) {
    List<Element> out = new ArrayList<>();
    for (Element e : frame.select("nav, [role=navigation]")) {
      if (!contains(article, e) && !contains(e, article) && e.select("a[href]").size() >= MENU_LINKS) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean containsAny(Element outer, List<Element> inner) {
    for (Element e : inner) {
      if (contains(outer, e)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code inner} is {@code outer} or lies inside it. */
  static boolean contains(Element outer, Element inner) {
    for (Element e = inner; e != null; e = e.parent()) {
      if (e == outer) {
        return true;
      }
    }
    return false;
  }
}
