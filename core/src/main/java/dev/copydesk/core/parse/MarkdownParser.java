package dev.copydesk.core.parse;

import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Comment;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.LineMap;
import dev.copydesk.core.model.Link;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.segment.SentenceSegmenter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.jspecify.annotations.Nullable;

/**
 * Markdown (CommonMark with GFM tables, through commonmark-java) with YAML or TOML {@link FrontMatter}.
 *
 * <p>Blocks: headings (level), paragraphs, one LIST_ITEM block per paragraph of a list item (level =
 * list nesting depth), one BLOCK_QUOTE block per paragraph of a quote, table cells, and code (kept,
 * never segmented). Inline markup (emphasis, links, inline code, inline HTML) is removed from a block's
 * text without breaking its sentences, and every text character maps to the source characters it came
 * from: entities and backslash escapes are replacement pieces, a soft line break is one space standing
 * for the line break and the indentation or quote markers around it. Raw HTML blocks are not prose;
 * HTML comments anywhere become {@link Comment comments} (inline directives live there). A paragraph of
 * nothing but images is not prose either: alt text is for screen readers, not the copy desk.
 *
 * <p>Immutable and thread-safe: commonmark's {@link Parser} is, and each parse has its own state.
 */
final class MarkdownParser {

  /** Deeper nesting is read as text: keeps hostile input ({@code >>>>...}) cheap and bounded. */
  private static final int MAX_BLOCK_NESTING = 64;

  private static final int MAX_INLINE_NESTING = 64;

  /**
   * Longest inline content (one paragraph, heading or table cell) parsed for emphasis and links; longer
   * content is read as plain text. commonmark-java's delimiter processing is quadratic in a paragraph
   * that mixes many unmatched {@code *} with links: 64 KB took seconds, a 1 MB line half an hour. No
   * real paragraph comes near this length.
   */
  static final int MAX_INLINE_LENGTH = 32 * 1024;

  // Linear: matched whole against one inline HTML literal; a single repeated class.
  private static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

  private final SentenceSegmenter segmenter;
  private final Parser parser;

  MarkdownParser(SentenceSegmenter segmenter) {
    this.segmenter = segmenter;
    this.parser =
        Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .maxOpenBlockParsers(MAX_BLOCK_NESTING)
            .maxInlineNesting(MAX_INLINE_NESTING)
            .inlineParserFactory(MarkdownParser::boundedInlineParser)
            .build();
  }

  /**
   * The default inline parser, except for content over {@link #MAX_INLINE_LENGTH}. Package-private so
   * that tests read Markdown exactly as this parser does.
   */
  static InlineParser boundedInlineParser(InlineParserContext context) {
    InlineParser full = new InlineParserImpl(context);
    return (lines, block) -> {
      int length = 0;
      for (SourceLine line : lines.getLines()) {
        length += line.getContent().length() + 1;
      }
      if (length <= MAX_INLINE_LENGTH) {
        full.parse(lines, block);
        return;
      }
      // Each line as literal text with its own source span, soft breaks between: what the walk reads
      // as verbatim text. The marker tells the walk to say so.
      block.appendChild(new LiteralInlines(length));
      boolean first = true;
      for (SourceLine line : lines.getLines()) {
        if (!first) {
          block.appendChild(new SoftLineBreak());
        }
        first = false;
        Text t = new Text(line.getContent().toString());
        if (line.getSourceSpan() != null) {
          t.addSourceSpan(line.getSourceSpan());
        }
        block.appendChild(t);
      }
    };
  }

  /** Marks a block whose inline content was too long to parse for markup. */
  private static final class LiteralInlines extends CustomNode {
    final int length;

    LiteralInlines(int length) {
      this.length = length;
    }
  }

  ParsedArticle parse(String id, String source) {
    ArticleAssembler out = new ArticleAssembler(id, Format.MARKDOWN, source, segmenter);
    int start = source.startsWith("\uFEFF") ? 1 : 0;
    FrontMatter.Result fm = FrontMatter.read(source, start, out.metadata(), out);
    if (fm.span() != null) {
      out.frontMatter(fm.span());
    }
    int bodyStart = fm.bodyStart();
    out.body(new Span(bodyStart, source.length()));
    Node document = parser.parse(bodyStart == 0 ? source : source.substring(bodyStart));
    new Walk(source, bodyStart, out).blocks(document);
    return out.build();
  }

  /** One parse's walk over the tree. Not thread-safe. */
  private static final class Walk {
    private final String source;
    private final int offset;
    private final ArticleAssembler out;
    /** The nearest enclosing list item or quote, innermost first. */
    private final Deque<BlockKind> containers = new ArrayDeque<>();
    private int listDepth;
    private boolean seenBlock;

    // Inline state of the leaf block being read.
    private @Nullable TextBuilder text;
    private @Nullable String pendingBreak;
    private final Deque<int[]> openLinks = new ArrayDeque<>();

    Walk(String source, int offset, ArticleAssembler out) {
      this.source = source;
      this.offset = offset;
      this.out = out;
    }

    void blocks(Node root) {
      walk(root, this::enterBlock, this::exitBlock);
    }

    /**
     * Visits the descendants of {@code root} in document order without recursion: nesting depth is
     * the input's to choose. {@code enter} returns true to visit a node's children; {@code exit} runs
     * after them.
     */
    private static void walk(Node root, java.util.function.Predicate<Node> enter, java.util.function.Consumer<Node> exit) {
      Node n = root.getFirstChild();
      while (n != null) {
        if (enter.test(n) && n.getFirstChild() != null) {
          n = n.getFirstChild();
          continue;
        }
        while (n != null) {
          exit.accept(n);
          if (n.getNext() != null) {
            n = n.getNext();
            break;
          }
          n = n.getParent();
          if (n == root) {
            n = null;
          }
        }
      }
    }

    /** Handles a block node; true to visit its children. */
    private boolean enterBlock(Node n) {
      if (n instanceof Paragraph) {
        BlockKind kind = containers.isEmpty() ? BlockKind.PARAGRAPH : containers.peek();
        leaf(n, kind, kind == BlockKind.LIST_ITEM ? listDepth : 0);
        return false;
      }
      if (n instanceof Heading h) {
        leaf(n, BlockKind.HEADING, h.getLevel());
        return false;
      }
      if (n instanceof TableCell) {
        leaf(n, BlockKind.TABLE_CELL, 0);
        return false;
      }
      if (n instanceof FencedCodeBlock f) {
        List<SourceSpan> spans = f.getSourceSpans();
        int last = spans.size() - (f.getClosingFenceLength() != null && spans.size() > 1 ? 1 : 0);
        code(n, f.getLiteral(), spans.subList(Math.min(1, last), last));
        return false;
      }
      if (n instanceof IndentedCodeBlock c) {
        code(n, c.getLiteral(), c.getSourceSpans());
        return false;
      }
      if (n instanceof HtmlBlock) {
        Span span = span(n);
        if (span != null) {
          htmlComments(span);
        }
        return false;
      }
      if (n instanceof ThematicBreak || n instanceof LinkReferenceDefinition) {
        return false;
      }
      if (n instanceof ListBlock) {
        listDepth++;
      } else if (n instanceof ListItem) {
        containers.push(BlockKind.LIST_ITEM);
      } else if (n instanceof BlockQuote) {
        containers.push(BlockKind.BLOCK_QUOTE);
      }
      return true;
    }

    private void exitBlock(Node n) {
      if (n instanceof ListBlock) {
        listDepth--;
      } else if (n instanceof ListItem || n instanceof BlockQuote) {
        containers.pop();
      }
    }

    /** A block of inline content: its text, links and comments. */
    private void leaf(Node block, BlockKind kind, int level) {
      Span span = span(block);
      if (span == null) {
        return;
      }
      if (block.getFirstChild() instanceof LiteralInlines literal) {
        out.diagnostic(
            new Diagnostic(
                Diagnostic.Level.WARNING,
                "parse.long-paragraph",
                "a paragraph of " + literal.length + " characters is longer than " + MAX_INLINE_LENGTH
                    + " characters; its emphasis and links are read as plain text",
                LineMap.of(source).position(span.start())));
      }
      TextBuilder tb = new TextBuilder(source);
      text = tb;
      pendingBreak = null;
      openLinks.clear();
      inlines(block);
      text = null;
      if (!tb.hasContent() || (kind == BlockKind.PARAGRAPH && onlyImages(block))) {
        return;
      }
      String blockText = tb.text();
      if (kind == BlockKind.HEADING && level == 1 && !seenBlock && !out.metadata().hasTitle()) {
        out.metadata().title(blockText);
      }
      seenBlock = true;
      out.block(kind, level, span, blockText, tb.map());
    }

    private void inlines(Node root) {
      walk(root, this::enterInline, this::exitInline);
    }

    private boolean enterInline(Node n) {
      if (n instanceof Text t) {
        literal(t.getLiteral(), n.getSourceSpans(), -1, -1, true);
        return false;
      }
      if (n instanceof Code c) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (!spans.isEmpty()) {
          int from = start(spans.get(0));
          int to = end(spans.get(spans.size() - 1));
          int ticks = 0;
          while (from + ticks < to && source.charAt(from + ticks) == '`') {
            ticks++;
          }
          literal(c.getLiteral(), spans, from + ticks, to - ticks, false);
        }
        return false;
      }
      if (n instanceof SoftLineBreak) {
        lineBreak(" ");
        return false;
      }
      if (n instanceof HardLineBreak) {
        lineBreak("\n");
        return false;
      }
      if (n instanceof HtmlInline h) {
        String lit = h.getLiteral();
        Span span = span(n);
        if (lit.startsWith("<!--") && span != null) {
          out.comment(new Comment(commentText(lit), span));
        } else if (BR.matcher(lit).matches()) {
          lineBreak("\n");
        }
        return false;
      }
      if (n instanceof org.commonmark.node.Link) {
        openLinks.push(new int[] {text().length()});
      }
      return true;
    }

    private void exitInline(Node n) {
      if (n instanceof org.commonmark.node.Link l) {
        int from = openLinks.pop()[0];
        Span span = span(n);
        if (span != null) {
          out.link(new Link(l.getDestination(), text().textFrom(from).strip(), span));
        }
      }
    }

    private TextBuilder text() {
      TextBuilder t = text;
      if (t == null) {
        throw new IllegalStateException("inline content outside a leaf block");
      }
      return t;
    }

    /**
     * A line break stands for everything from the end of the line's text to the next text: trailing
     * blanks, the break, indentation and quote markers. It is written when the next text comes, since
     * only then is the range known; a break at the start of a block is no text at all.
     */
    private void lineBreak(String kind) {
      if (!text().isEmpty() && (pendingBreak == null || kind.equals("\n"))) {
        pendingBreak = kind;
      }
    }

    private void flushBreak(int nextSourceStart) {
      String br = pendingBreak;
      if (br == null) {
        return;
      }
      pendingBreak = null;
      TextBuilder tb = text();
      int from = tb.sourceEnd();
      // The break begins where the line's text ends; markup before it (a closing '*') stays outside.
      int lineEnd = from;
      while (lineEnd < nextSourceStart && source.charAt(lineEnd) != '\n' && source.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      while (lineEnd > from && (source.charAt(lineEnd - 1) == ' ' || source.charAt(lineEnd - 1) == '\t' || source.charAt(lineEnd - 1) == '\\')) {
        lineEnd--;
      }
      if (lineEnd == nextSourceStart) {
        lineEnd = from;
      }
      tb.replacement(lineEnd, nextSourceStart, br);
    }

    /**
     * Appends a literal the parser produced from the source {@code spans} (clipped to
     * {@code [clipFrom, clipTo)} when those are not -1). Between two spans (a line break inside a code
     * span) the literal's space stands for the whole gap.
     */
    private void literal(String lit, List<SourceSpan> spans, int clipFrom, int clipTo, boolean escapes) {
      if (lit.isEmpty() || spans.isEmpty()) {
        return;
      }
      TextBuilder tb = text();
      int ti = 0;
      int prevEnd = -1;
      int emittedEnd = clipFrom >= 0 ? clipFrom : start(spans.get(0));
      for (SourceSpan s : spans) {
        int from = start(s);
        int to = end(s);
        if (clipFrom >= 0) {
          from = Math.max(from, clipFrom);
          to = Math.min(to, clipTo);
        }
        if (from > to) {
          continue;
        }
        if (prevEnd >= 0) {
          int gapText = ti;
          while (gapText < lit.length() && (lit.charAt(gapText) == ' ' || lit.charAt(gapText) == '\n')) {
            gapText++;
          }
          if (gapText > ti) {
            emitReplacement(prevEnd, from, lit.substring(ti, gapText));
            ti = gapText;
          }
        }
        if (ti < lit.length()) {
          int aligned = alignInto(tb, lit.substring(ti), from, to, escapes);
          if (aligned > 0) {
            emittedEnd = tb.sourceEnd();
          }
          ti += aligned;
        }
        prevEnd = to;
      }
      if (ti < lit.length()) {
        // The parser did something we cannot line up: the rest stands for the rest of the node.
        int nodeEnd = clipTo >= 0 ? clipTo : end(spans.get(spans.size() - 1));
        emitReplacement(Math.min(emittedEnd, nodeEnd), nodeEnd, lit.substring(ti));
      }
    }

    private int alignInto(TextBuilder tb, String lit, int from, int to, boolean escapes) {
      return SourceAligner.align(
          lit,
          source,
          from,
          to,
          escapes,
          (ts, te, ss, se, verbatim) -> {
            flushBreak(ss);
            if (verbatim) {
              tb.verbatim(ss, se);
            } else {
              tb.replacement(ss, se, lit.substring(ts, te));
            }
          });
    }

    private void emitReplacement(int from, int to, String replacement) {
      flushBreak(from);
      text().replacement(from, to, replacement);
    }

    /** Code: its literal without the final line break, each line break standing for the gap between lines. */
    private void code(Node block, String literal, List<SourceSpan> contentSpans) {
      Span span = span(block);
      if (span == null) {
        return;
      }
      String lit = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
      TextBuilder tb = new TextBuilder(source);
      text = tb;
      pendingBreak = null;
      if (!contentSpans.isEmpty()) {
        literal(lit, contentSpans, -1, -1, false);
      }
      text = null;
      if (tb.hasContent()) {
        seenBlock = true;
        out.block(BlockKind.CODE, 0, span, tb.text(), tb.map());
      }
    }

    /** Comments inside a raw HTML block: extracted, the rest left alone. */
    private void htmlComments(Span block) {
      int i = block.start();
      while (i < block.end()) {
        int open = source.indexOf("<!--", i);
        if (open < 0 || open >= block.end()) {
          return;
        }
        int close;
        if (source.startsWith("<!-->", open)) {
          close = open + 5;
        } else if (source.startsWith("<!--->", open)) {
          close = open + 6;
        } else {
          int end = source.indexOf("-->", open + 4);
          if (end < 0 || end + 3 > block.end()) {
            return;
          }
          close = end + 3;
        }
        out.comment(new Comment(commentText(source.substring(open, close)), new Span(open, close)));
        i = close;
      }
    }

    private boolean onlyImages(Node paragraph) {
      boolean image = false;
      for (Node c = paragraph.getFirstChild(); c != null; c = c.getNext()) {
        Node inner = c;
        if (c instanceof org.commonmark.node.Link && c.getFirstChild() instanceof Image && c.getFirstChild().getNext() == null) {
          inner = c.getFirstChild();
        }
        if (inner instanceof Image) {
          image = true;
        } else if (!(inner instanceof SoftLineBreak
            || inner instanceof HardLineBreak
            || inner instanceof HtmlInline
            || (inner instanceof Text t && t.getLiteral().isBlank()))) {
          return false;
        }
      }
      return image;
    }

    private @Nullable Span span(Node n) {
      List<SourceSpan> spans = n.getSourceSpans();
      if (spans.isEmpty()) {
        return null;
      }
      int s = Integer.MAX_VALUE;
      int e = 0;
      for (SourceSpan sp : spans) {
        s = Math.min(s, start(sp));
        e = Math.max(e, end(sp));
      }
      return new Span(s, e);
    }

    private int start(SourceSpan s) {
      return offset + s.getInputIndex();
    }

    private int end(SourceSpan s) {
      return offset + s.getInputIndex() + s.getLength();
    }
  }

  /** A comment's content without {@code <!--} and {@code -->}, trimmed. */
  static String commentText(String comment) {
    if (comment.length() < 7 || !comment.startsWith("<!--") || !comment.endsWith("-->")) {
      return ""; // "<!-->" and "<!--->" are empty comments
    }
    return comment.substring(4, comment.length() - 3).strip();
  }
}
