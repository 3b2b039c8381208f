package dev.copydesk.core.parse;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Comment;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.LineMap;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Link;
import dev.copydesk.core.model.Metadata;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.model.TokenList;
import dev.copydesk.core.model.TextMap;
import dev.copydesk.core.segment.SentenceSegmenter;
import dev.copydesk.core.segment.TextRange;
import dev.copydesk.core.segment.Tokenizer;
import dev.copydesk.core.text.Latin1;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects what a format parser finds and builds the immutable {@link Article}, segmenting each prose
 * block into sentences. Used by the parsers of this package; not thread-safe, one per parse.
 */
final class ArticleAssembler {

  private final String id;
  private final Format format;
  private final String source;
  private final SentenceSegmenter segmenter;
  private final Tokenizer tokenizer = Tokenizer.english();
  // The tokenizer's working list, for every sentence of this article in turn.
  private final TokenList.Builder tokenScratch = new TokenList.Builder();
  private final List<PendingBlock> blocks = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private final List<Comment> comments = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private Metadata.Builder metadata = Metadata.builder();
  private @Nullable Span frontMatter;
  private @Nullable Span body;
  // Where the article lies when the body is more than the article (an HTML page read whole), else null.
  private @Nullable Span mainContent;
  private boolean prose;

  ArticleAssembler(String id, Format format, String source, SentenceSegmenter segmenter) {
    this.id = id;
    this.format = format;
    this.source = source;
    this.segmenter = segmenter;
  }

  String source() {
    return source;
  }

  Metadata.Builder metadata() {
    return metadata;
  }

  void metadata(Metadata.Builder builder) {
    this.metadata = builder;
  }

  void frontMatter(Span span) {
    this.frontMatter = span;
  }

  void body(Span span) {
    this.body = span;
  }

  /** Where the article itself lies, when the body read is more than the article; by default the body. */
  void mainContent(Span span) {
    this.mainContent = span;
  }

  void link(Link link) {
    links.add(link);
  }

  void comment(Comment comment) {
    comments.add(comment);
  }

  void diagnostic(Diagnostic d) {
    diagnostics.add(d);
  }

  /**
   * Adds a block. Text that is empty after trimming is dropped; leading and trailing white space of the
   * text is kept out of sentences but stays in the text.
   */
  void block(BlockKind kind, int level, Span span, String text, TextMap map) {
    if (text.isBlank()) {
      return;
    }
    if (kind.isProse()) {
      prose = true;
    }
    List<Sentence> sentences = new ArrayList<>();
    if (kind.isProse()) {
      byte[] latin1 = Latin1.of(text);
      List<TextRange> ranges = mergeOverlapping(segmenter.split(text), map);
      for (int k = 0; k < ranges.size(); k++) {
        TextRange r = ranges.get(k);
        sentences.add(
            Sentence.of(
                sentences.size(),
                text,
                r.start(),
                r.end(),
                map.toSource(r.start(), r.end()),
                tokenizer.tokenize(text, latin1, r.start(), r.end(), tokenScratch)));
      }
    }
    blocks.add(new PendingBlock(kind, level, span, text, map, sentences));
  }

  /**
   * Joins sentences whose source spans would overlap. A replacement piece maps to its source as a
   * whole, so two sentences that divide one between them (text a markup parser changed in a way the
   * aligner could not line up, such as NULs jsoup dropped before a U+FFFD) would both cover it; they
   * are one sentence to the source.
   */
  private static List<TextRange> mergeOverlapping(List<TextRange> ranges, TextMap map) {
    List<TextRange> out = new ArrayList<>(ranges.size());
    int lastEnd = -1;
    for (int j = 0; j < ranges.size(); j++) {
      TextRange r = ranges.get(j);
      Span s = map.toSource(r.start(), r.end());
      if (!out.isEmpty() && s.start() < lastEnd) {
        TextRange last = out.remove(out.size() - 1);
        r = new TextRange(last.start(), r.end());
        s = map.toSource(r.start(), r.end());
      }
      out.add(r);
      lastEnd = s.end();
    }
    return out;
  }

  /** A block before its final index is known. */
  private record PendingBlock(
      BlockKind kind, int level, Span span, String text, TextMap map, List<Sentence> sentences) {

    /** The same block with only the source its own text came from as its span. */
    PendingBlock textOnly() {
      Span own = map.toSource(0, text.length());
      return own.equals(span) ? this : new PendingBlock(kind, level, own, text, map, sentences);
    }
  }

  /**
   * A block's span runs from its element's start tag to its end tag; where the tree put one element's
   * text inside another's source (a page's foster-parented or misnested tags), two blocks would
   * overlap and the sentences of the outer one come after those of the inner one. Such blocks keep
   * only the source of their own text, and the order is made again (found by fuzzing: text after a
   * table's cell whose tags jsoup moved out of the table).
   */
  private static void untangle(List<PendingBlock> ordered) {
    for (int round = 0; round < 4; round++) {
      boolean changed = false;
      for (int i = 0; i + 1 < ordered.size(); i++) {
        PendingBlock a = ordered.get(i);
        PendingBlock b = ordered.get(i + 1);
        if (a.span().end() > b.span().start()) {
          PendingBlock na = a.textOnly();
          PendingBlock nb = b.textOnly();
          if (na != a || nb != b) {
            ordered.set(i, na);
            ordered.set(i + 1, nb);
            changed = true;
          }
        }
      }
      if (!changed) {
        return;
      }
      ordered.sort(BY_START);
    }
  }

  /**
   * What {@link #untangle} cannot separate: one tree text node whose source lies on both sides of
   * another block's (jsoup joins "Before" and "After" of {@code <table>Before<t>moved</t>After</table>}
   * into one node and moves the element out of the table). Spans must not overlap, so the block that
   * starts inside another is left out, and a warning names where and what was not linted.
   */
  private void dropOverlapping(List<PendingBlock> ordered) {
    int end = -1;
    LineMap lines = null;
    for (java.util.Iterator<PendingBlock> it = ordered.iterator(); it.hasNext(); ) {
      PendingBlock b = it.next();
      if (b.span().start() < end) {
        it.remove();
        if (lines == null) {
          lines = LineMap.of(source);
        }
        String text = b.text().strip();
        diagnostics.add(
            new Diagnostic(
                Diagnostic.Level.WARNING,
                "parse.unaligned",
                "text the HTML parser moved away from its place in the source (\""
                    + (text.length() > 40 ? text.substring(0, 37) + "..." : text)
                    + "\") lies inside other text and is not linted",
                lines.position(b.span().start())));
        continue;
      }
      end = Math.max(end, b.span().end());
    }
  }

  /** Whether a prose block has been added. */
  boolean hasProse() {
    return prose;
  }

  /** Adds a block whose text is the source range {@code span} verbatim. */
  void verbatimBlock(BlockKind kind, int level, Span span) {
    block(kind, level, span, span.of(source), TextMap.verbatim(span.start(), span.length()));
  }

  /**
   * Builds the article. Blocks, links and comments are put in source order: an HTML tree can hold
   * text away from where the source has it (foster parenting out of tables), and the model promises
   * source order.
   */
  // Made once: Comparator.comparing captures its key function in a new lambda each call.
  private static final Comparator<PendingBlock> BY_START = Comparator.comparingInt(b -> b.span().start());
  private static final Comparator<Link> LINKS_BY_SPAN = Comparator.comparing(Link::span);
  private static final Comparator<Comment> COMMENTS_BY_SPAN = Comparator.comparing(Comment::span);

  ParsedArticle build() {
    List<PendingBlock> ordered = new ArrayList<>(blocks);
    ordered.sort(BY_START);
    untangle(ordered);
    dropOverlapping(ordered);
    List<Block> built = new ArrayList<>(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      PendingBlock b = ordered.get(i);
      built.add(new Block(built.size(), b.kind(), b.level(), b.span(), b.text(), b.map(), b.sentences()));
    }
    links.sort(LINKS_BY_SPAN);
    comments.sort(COMMENTS_BY_SPAN);
    Article article =
        new Article(id, format, source, metadata.build(), built, links, comments, frontMatter, body, mainContent != null ? mainContent : body);
    return new ParsedArticle(article, diagnostics);
  }
}
