package dev.copydesk.core.parse;

import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Comment;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.HtmlContent;
import dev.copydesk.core.model.Link;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.segment.SentenceSegmenter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * HTML pages (jsoup with source positions). The article's text is read from the main content element
 * that {@link MainContentFinder} picks ({@link HtmlContent#MAIN}), or from the whole {@code <body>}
 * ({@link HtmlContent#PAGE}: navigation, sidebars, footers and comment sections too); metadata from
 * {@link HtmlMetadata}; comments from the whole page.
 *
 * <p>Blocks: {@code p} and loose text in containers (PARAGRAPH, text split by two {@code <br>}s in a
 * row too), {@code h1}-{@code h6} (HEADING), {@code li} (LIST_ITEM, level = list depth),
 * {@code blockquote} (BLOCK_QUOTE, paragraphs inside it too), {@code td}/{@code th} without block
 * children (TABLE_CELL; a layout cell is a container), {@code figcaption}/{@code caption} (CAPTION),
 * {@code pre} (CODE). Scripts, styles, embedded and hidden content are left out; visible chrome (nav,
 * footer, share bars) inside the main content stays for the rules to see.
 *
 * <p>Text is what a browser shows: white space collapsed to one space (a replacement piece for the
 * whole run), entities decoded (one replacement piece per entity), inline tags gone. Every text
 * character maps to its source characters, so no span starts or ends inside a tag or an entity.
 *
 * <p>Immutable and thread-safe: each parse makes its own jsoup parser.
 */
final class HtmlParser {

  private final SentenceSegmenter segmenter;
  private final HtmlContent content;

  HtmlParser(SentenceSegmenter segmenter, HtmlContent content) {
    this.segmenter = segmenter;
    this.content = content;
  }

  HtmlContent content() {
    return content;
  }

  ParsedArticle parse(String id, String source) {
    ArticleAssembler out = new ArticleAssembler(id, Format.HTML, source, segmenter);
    Document doc = OffsetTreeBuilder.parser().parseInput(source, "");
    HtmlMetadata.Tags tags = new HtmlMetadata.Tags();
    commentsAndTags(doc, source, out, tags);
    String report = tags.copydeskReport();
    if (report != null) {
      // A report left where articles are (a folder of old CI artifacts): its text is findings about other
      // files, and linting it would report them again as its own.
      out.diagnostic(Diagnostic.warning("parse.copydesk-report", "a Copydesk report (" + report + "), not an article; not linted"));
      return out.build();
    }
    HtmlMetadata.read(doc, tags, out.metadata());
    Element main = content == HtmlContent.PAGE ? page(doc) : MainContentFinder.find(doc);
    Span body = outerSpan(main, source.length());
    if (body != null) {
      out.body(body);
    }
    if (content == HtmlContent.PAGE) {
      // The whole page is read, but the article it holds is still where the article ends (see
      // Article#mainContent).
      // Not cut to the body's span: jsoup moves what a page has after </body> into the body, and an
      // element left open runs to the end of the page, so the article's text can lie past that tag.
      Span article = outerSpan(MainContentFinder.find(doc), source.length());
      if (article != null) {
        out.mainContent(article);
      }
    }
    new Blocks(source, out).walk(main);
    if (!out.hasProse()) {
      out.diagnostic(
          Diagnostic.warning(
              "parse.no-main-content",
              content == HtmlContent.PAGE ? "no visible text found in the page" : "no article text found in the page"));
    }
    return out.build();
  }

  /** The element whose visible text is the whole page: {@code <body>} (or the document without one). */
  private static Element page(Document doc) {
    Element body = doc.body();
    return body != null ? body : doc;
  }

  /**
   * Every {@code <!-- -->} comment of the page, wherever it is, into {@code out}; and every element to
   * {@code tags}, in the same walk.
   */
  private static void commentsAndTags(Document doc, String source, ArticleAssembler out, HtmlMetadata.Tags tags) {
    doc.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (node instanceof Element e) {
                tags.offer(e);
              } else if (node instanceof org.jsoup.nodes.Comment c) {
                Range r = c.sourceRange();
                if (r.isTracked() && !r.isImplicit() && source.startsWith("<!--", r.startPos())) {
                  out.comment(new Comment(c.getData().strip(), new Span(r.startPos(), Math.min(r.endPos(), source.length()))));
                }
              }
            });
  }

  /**
   * From the start of an element's start tag to the end of its end tag, as far as they are known, within
   * a source of {@code length} characters: jsoup can put an implied end tag one past the end of a page
   * that stops inside a tag ({@code <html>DOCT<hYPE }, found by fuzzing).
   */
  static @Nullable Span outerSpan(Element e, int length) {
    Range open = e.sourceRange();
    if (!open.isTracked()) {
      return null;
    }
    int start = Math.min(open.startPos(), length);
    int end = open.endPos();
    Range close = e.endSourceRange();
    if (close.isTracked()) {
      end = Math.max(end, close.endPos());
    }
    return new Span(start, Math.max(start, Math.min(end, length)));
  }

  /** Whether a character is HTML white space, the kind that collapses. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }

  /** One block-level element being read. */
  private static final class Context {
    final @Nullable Element element;
    final BlockKind kind;
    final int level;
    /** Whether a block-level child cut its text in parts (then no part owns the element's span). */
    boolean split;

    Context(@Nullable Element element, BlockKind kind, int level) {
      this.element = element;
      this.kind = kind;
      this.level = level;
    }
  }

  /** One parse's walk over the main content. Not thread-safe. */
  private static final class Blocks implements NodeFilter {
    private final String source;
    private final ArticleAssembler out;
    private final Deque<Context> contexts = new ArrayDeque<>();
    private @Nullable TextBuilder text;
    private int listDepth;
    private int brRun;
    private int pendingBreakStart = -1;
    private int pendingBreakEnd;

    Blocks(String source, ArticleAssembler out) {
      this.source = source;
      this.out = out;
    }

    void walk(Element main) {
      contexts.push(new Context(null, BlockKind.PARAGRAPH, 0));
      main.filter(this);
      flush(false);
      contexts.clear();
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t);
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (HtmlElements.isInvisible(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String name = e.normalName();
      if (name.equals("a") && e.hasAttr("href")) {
        Span span = outerSpan(e, source.length());
        if (span != null) {
          out.link(new Link(e.attr("href"), e.text(), span));
        }
      } else if (name.equals("br")) {
        lineBreak(e);
      } else if (HtmlElements.isBlock(e)) {
        Context parent = contexts.peek();
        if (text != null && text.hasContent()) {
          parent.split = true;
        }
        flush(false);
        if (isList(name)) {
          listDepth++;
        }
        contexts.push(contextFor(e, parent));
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e && HtmlElements.isBlock(e) && !HtmlElements.isInvisible(e)) {
        flush(true);
        contexts.pop();
        Context parent = contexts.peek();
        if (parent != null) {
          // Text after this block belongs to another part of the parent.
          parent.split = true;
        }
        if (isList(e.normalName())) {
          listDepth--;
        }
      }
      return FilterResult.CONTINUE;
    }

    private static boolean isList(String name) {
      return name.equals("ul") || name.equals("ol") || name.equals("menu") || name.equals("dir");
    }

    private Context contextFor(Element e, Context parent) {
      if (parent.kind == BlockKind.CODE) {
        return new Context(e, BlockKind.CODE, 0);
      }
      String name = e.normalName();
      if (HtmlElements.isHeading(e)) {
        return new Context(e, BlockKind.HEADING, name.charAt(1) - '0');
      }
      return switch (name) {
        case "li" -> new Context(e, BlockKind.LIST_ITEM, Math.max(1, listDepth));
        case "blockquote" -> new Context(e, BlockKind.BLOCK_QUOTE, 0);
        case "pre", "listing", "xmp", "plaintext" -> new Context(e, BlockKind.CODE, 0);
        case "figcaption", "caption" -> new Context(e, BlockKind.CAPTION, 0);
        case "td", "th" -> hasBlockChild(e) ? inherit(e, parent) : new Context(e, BlockKind.TABLE_CELL, 0);
        default -> inherit(e, parent);
      };
    }

    /** A container or paragraph is read as the list item, quote or caption it sits in. */
    private static Context inherit(Element e, Context parent) {
      return switch (parent.kind) {
        case LIST_ITEM, BLOCK_QUOTE, CAPTION -> new Context(e, parent.kind, parent.level);
        default -> new Context(e, BlockKind.PARAGRAPH, 0);
      };
    }

    /** Block-level children or grandchildren make a table cell a layout container. */
    private static boolean hasBlockChild(Element e) {
      for (Element c : e.children()) {
        if (HtmlElements.isBlock(c)) {
          return true;
        }
        for (Element g : c.children()) {
          if (HtmlElements.isBlock(g)) {
            return true;
          }
        }
      }
      return false;
    }

    private TextBuilder builder() {
      TextBuilder t = text;
      if (t == null) {
        t = new TextBuilder(source);
        text = t;
      }
      return t;
    }

    private boolean inCode() {
      Context c = contexts.peek();
      return c != null && c.kind == BlockKind.CODE;
    }

    private void lineBreak(Element br) {
      Range r = br.sourceRange();
      if (!r.isTracked() || r.isImplicit()) {
        return;
      }
      if (inCode()) {
        builder().replacement(r.startPos(), r.endPos(), '\n');
        return;
      }
      brRun++;
      if (brRun >= 2) {
        // <br><br> is how many pages, old ones above all, separate paragraphs.
        Context c = contexts.peek();
        if (text != null && text.hasContent() && c != null) {
          c.split = true;
        }
        flush(false);
        return;
      }
      TextBuilder t = text;
      if (t != null && !t.isEmpty()) {
        // Written when more text follows, so that a block never ends in a line break.
        pendingBreakStart = r.startPos();
        pendingBreakEnd = r.endPos();
      }
    }

    /** Writes a pending {@code <br>} before text that follows it. */
    private void flushBreak(TextBuilder tb) {
      if (pendingBreakStart >= 0) {
        tb.replacement(pendingBreakStart, pendingBreakEnd, '\n');
        pendingBreakStart = -1;
      }
    }

    private void append(TextNode node) {
      Range r = node.sourceRange();
      if (!r.isTracked() || r.isImplicit() || r.endPos() > source.length()) {
        return;
      }
      String literal = node.getWholeText();
      if (literal.isEmpty()) {
        return;
      }
      int start = r.startPos();
      int end = r.endPos();
      TextBuilder current = text;
      if (current != null && !current.isEmpty() && (start < current.sourceEnd() || crossesBlockTag(current.sourceEnd(), start))) {
        // The tree moved this text away from where the source has it (foster parenting out of a table,
        // misnested tags): it starts a block of its own so that no block spans another's text.
        Context c = contexts.peek();
        if (c != null) {
          c.split = true;
        }
        flush(false);
      }
      TextBuilder tb = builder();
      boolean code = inCode();
      int aligned =
          SourceAligner.align(
              literal,
              source,
              start,
              end,
              false,
              (ts, te, ss, se, verbatim) -> {
                if (code) {
                  if (verbatim) {
                    tb.verbatim(ss, se);
                  } else {
                    tb.replacement(ss, se, literal.substring(ts, te));
                  }
                } else if (verbatim) {
                  collapse(tb, ss, se);
                } else {
                  String decoded = literal.substring(ts, te);
                  if (isAllSpace(decoded)) {
                    space(tb, ss, se, false);
                  } else {
                    flushBreak(tb);
                    tb.replacement(ss, se, decoded);
                    brRun = 0;
                  }
                }
              });
      if (aligned < literal.length()) {
        // jsoup changed the text in a way we cannot line up: the rest stands for the rest of the node.
        String rest = literal.substring(aligned);
        flushBreak(tb);
        int from = Math.max(start, tb.isEmpty() ? start : tb.sourceEnd());
        // Linear: one character class, repeated.
        tb.replacement(Math.min(from, end), end, code ? rest : rest.replaceAll("[ \t\n\r\f]+", " "));
      }
    }

    private static boolean isAllSpace(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (!isSpace(s.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    /** Appends verbatim source with each run of white space collapsed to one space. */
    private void collapse(TextBuilder tb, int from, int to) {
      int i = from;
      while (i < to) {
        int j = i;
        if (isSpace(source.charAt(i))) {
          while (j < to && isSpace(source.charAt(j))) {
            j++;
          }
          space(tb, i, j, j - i == 1 && source.charAt(i) == ' ');
        } else {
          while (j < to && !isSpace(source.charAt(j))) {
            j++;
          }
          flushBreak(tb);
          tb.verbatim(i, j);
          brRun = 0;
        }
        i = j;
      }
    }

    private void space(TextBuilder tb, int from, int to, boolean verbatim) {
      if (tb.isEmpty() || isSpace(tb.last()) || pendingBreakStart >= 0) {
        return;
      }
      if (verbatim) {
        tb.verbatim(from, to);
      } else {
        tb.replacement(from, to, ' ');
      }
    }

    /** Whether {@code source[from, to)} holds a block-level start or end tag. */
    private boolean crossesBlockTag(int from, int to) {
      int i = source.indexOf('<', from);
      while (i >= 0 && i < to) {
        int n = i + 1;
        if (n < to && source.charAt(n) == '/') {
          n++;
        }
        int nameStart = n;
        while (n < to && Character.isLetterOrDigit(source.charAt(n))) {
          n++;
        }
        if (n > nameStart && n - nameStart <= 10 && HtmlElements.isBlockName(source.substring(nameStart, n).toLowerCase(Locale.ROOT))) {
          return true;
        }
        i = source.indexOf('<', i + 1);
      }
      return false;
    }

    /** Ends the current block; {@code closing} when the context's own element ends here. */
    private void flush(boolean closing) {
      TextBuilder t = text;
      text = null;
      brRun = 0;
      pendingBreakStart = -1;
      Context c = contexts.peek();
      if (t == null || c == null || !t.hasContent()) {
        return;
      }
      Span span = new Span(t.sourceStart(), t.sourceEnd());
      if (closing && !c.split && c.element != null) {
        Span outer = outerSpan(c.element, source.length());
        if (outer != null) {
          span = outer.union(span);
        }
      }
      out.block(c.kind, c.level, span, t.text(), t.map());
    }
  }
}
