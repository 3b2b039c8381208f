package dev.copydesk.core.parse;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Comment;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Link;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * The span contracts every parsed article must keep, as a list of violations (empty when all hold).
 * Tag ranges of HTML come from jsoup's own positions, so text such as "a < b" is not mistaken for a
 * tag; in Markdown commonmark-java's inline HTML nodes are the tags.
 *
 * <p>Public so that the engine-level reliability tests of core and rules check the same contracts.
 */
public final class SpanChecks {

  private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});");
  /**
   * Reads Markdown as {@link MarkdownParser} does (same extension, nesting and length limits), so that what
   * counts as an inline tag is what CommonMark says it is: a pattern that merely looks for {@code <...>}
   * takes {@code [a<b](url) ... -->} or a comment opener in one heading and its closer in another
   * block for tags, false alarms the fuzzer found at once.
   */
  private static final org.commonmark.parser.Parser MARKDOWN =
      org.commonmark.parser.Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .maxOpenBlockParsers(64)
          .maxInlineNesting(64)
          .inlineParserFactory(MarkdownParser::boundedInlineParser)
          .build();

  private SpanChecks() {}

  public static List<String> violations(Article a) {
    String src = a.source();
    List<String> out = new ArrayList<>();
    Ranges forbidden = a.format() == Format.TEXT ? Ranges.NONE : forbidden(a);
    Span previous = null;
    for (Block b : a.blocks()) {
      check(out, "block " + b.index(), b.span(), src.length());
      for (Sentence s : b.sentences()) {
        String where = "block " + b.index() + " sentence " + s.index() + " " + s.span();
        if (!check(out, where, s.span(), src.length())) {
          continue;
        }
        if (!b.span().contains(s.span())) {
          out.add(where + " lies outside its block " + b.span());
        }
        if (previous != null && s.span().start() < previous.end()) {
          out.add(where + " overlaps or precedes the sentence before it " + previous);
        }
        previous = s.span();
        if (a.format() == Format.TEXT && !s.span().of(src).equals(s.text())) {
          out.add(where + " covers \"" + s.span().of(src) + "\" but the sentence is \"" + s.text() + "\"");
        }
        boundaries(out, where, s.span(), forbidden, src);
      }
    }
    for (Link l : a.links()) {
      if (check(out, "link " + l.span(), l.span(), src.length())) {
        boundaries(out, "link " + l.span(), l.span(), forbidden, src);
      }
    }
    for (Comment c : a.comments()) {
      if (check(out, "comment " + c.span(), c.span(), src.length()) && !src.startsWith("<!--", c.span().start())) {
        out.add("comment " + c.span() + " does not start with <!--");
      }
    }
    // The article's main content lies in the source. Not always in the body's span, nor around every
    // block of its element: jsoup moves misplaced text and what follows </body> into the element it
    // builds, whose own tags may lie elsewhere (docs/reliability.md, "Known limits").
    a.mainContent().ifPresent(m -> check(out, "main content " + m, m, src.length()));
    return out;
  }

  private static boolean check(List<String> out, String where, Span s, int length) {
    if (s.end() > length) {
      out.add(where + " ends past the source (" + length + ")");
      return false;
    }
    return true;
  }

  private static void boundaries(List<String> out, String where, Span s, Ranges forbidden, String src) {
    for (int at : new int[] {s.start(), s.end()}) {
      int inside = forbidden.strictlyInside(at);
      if (inside >= 0) {
        out.add(where + " has a boundary at " + at + " inside \"" + abbreviate(src.substring(forbidden.start(inside), forbidden.end(inside))) + "\"");
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  /** Tags, comments and entities of the source: no span may start or end strictly inside one. */
  static Ranges forbidden(Article a) {
    String src = a.source();
    List<int[]> ranges = new ArrayList<>();
    Matcher m = ENTITY.matcher(src);
    while (m.find()) {
      ranges.add(new int[] {m.start(), m.end()});
    }
    if (a.format() == Format.HTML) {
      Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(src, "");
      doc.traverse(
          (NodeVisitor)
              (Node n, int depth) -> {
                if (n instanceof Element e) {
                  add(ranges, e.sourceRange());
                  add(ranges, e.endSourceRange());
                } else if (n instanceof org.jsoup.nodes.Comment || n instanceof DocumentType) {
                  add(ranges, n.sourceRange());
                }
              });
    } else {
      // Inline HTML of the body (after any front matter), at its offsets in the whole source.
      int bodyStart = a.body().map(Span::start).orElse(0);
      MARKDOWN
          .parse(src.substring(bodyStart))
          .accept(
              new AbstractVisitor() {
                @Override
                public void visit(HtmlInline html) {
                  List<SourceSpan> spans = html.getSourceSpans();
                  if (!spans.isEmpty()) {
                    SourceSpan first = spans.get(0);
                    SourceSpan last = spans.get(spans.size() - 1);
                    ranges.add(new int[] {bodyStart + first.getInputIndex(), bodyStart + last.getInputIndex() + last.getLength()});
                  }
                }
              });
    }
    return new Ranges(ranges);
  }

  private static void add(List<int[]> ranges, Range r) {
    if (r.isTracked() && !r.isImplicit() && r.endPos() > r.startPos()) {
      ranges.add(new int[] {r.startPos(), r.endPos()});
    }
  }

  /** Ranges sorted by start; for overlapping ones the widest reach is kept for lookups. */
  static final class Ranges {
    static final Ranges NONE = new Ranges(List.of());
    private final int[] starts;
    private final int[] ends;
    private final int[] reach;
    private final int[] reachIndex;

    Ranges(List<int[]> list) {
      List<int[]> sorted = new ArrayList<>(list);
      sorted.sort((x, y) -> Integer.compare(x[0], y[0]));
      starts = new int[sorted.size()];
      ends = new int[sorted.size()];
      reach = new int[sorted.size()];
      reachIndex = new int[sorted.size()];
      for (int i = 0; i < sorted.size(); i++) {
        starts[i] = sorted.get(i)[0];
        ends[i] = sorted.get(i)[1];
        boolean extends_ = i == 0 || ends[i] > reach[i - 1];
        reach[i] = extends_ ? ends[i] : reach[i - 1];
        reachIndex[i] = extends_ ? i : reachIndex[i - 1];
      }
    }

    /** The index of a range with {@code start < at < end}, or -1. */
    int strictlyInside(int at) {
      int i = Arrays.binarySearch(starts, at);
      int last = i >= 0 ? i - 1 : -i - 2;
      // Equal starts: step back to the last range starting before at.
      while (last >= 0 && starts[last] >= at) {
        last--;
      }
      if (last < 0) {
        return -1;
      }
      return reach[last] > at ? reachIndex[last] : -1;
    }

    int start(int i) {
      return starts[i];
    }

    int end(int i) {
      return ends[i];
    }
  }
}
