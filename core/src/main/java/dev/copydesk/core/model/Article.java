package dev.copydesk.core.model;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A parsed article: its original source, format, metadata, blocks, sentences, links and markup
 * comments. Every position is a {@link Span} into {@link #source()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Article {

  private final String id;
  private final Format format;
  private final String source;
  private final Metadata metadata;
  private final List<Block> blocks;
  private final List<Block> proseBlocks;
  private final List<Link> links;
  private final List<Comment> comments;
  private final @Nullable Span frontMatter;
  private final @Nullable Span body;
  private final @Nullable Span mainContent;
  private final List<Block> mainContentProseBlocks;
  private volatile @Nullable LineMap lineMap;

  /**
   * @param id the article's identity in reports, usually its path relative to the project root with
   *     forward slashes
   * @param format the source format
   * @param source the decoded source text
   * @param metadata what front matter, meta tags or the title line said
   * @param blocks the body's blocks in source order
   * @param links the body's links in source order
   * @param comments markup comments in source order (inline directives live here)
   * @param frontMatter where the front matter lies, if the source has any
   * @param body the part of the source taken as the article body (HTML: the main content element)
   */
  public Article(
      String id,
      Format format,
      String source,
      Metadata metadata,
      List<Block> blocks,
      List<Link> links,
      List<Comment> comments,
      @Nullable Span frontMatter,
      @Nullable Span body) {
    this(id, format, source, metadata, blocks, links, comments, frontMatter, body, body);
  }

  /**
   * An article whose blocks may reach beyond the article it holds: an HTML page linted whole, whose
   * {@code body} is the page's {@code <body>} and whose {@code mainContent} is the element
   * main-content selection picks in it.
   *
   * @param mainContent where the article itself lies in the source, within {@code body}
   */
  public Article(
      String id,
      Format format,
      String source,
      Metadata metadata,
      List<Block> blocks,
      List<Link> links,
      List<Comment> comments,
      @Nullable Span frontMatter,
      @Nullable Span body,
      @Nullable Span mainContent) {
    this.id = id;
    this.format = format;
    this.source = source;
    this.metadata = metadata;
    this.blocks = List.copyOf(blocks);
    List<Block> prose = this.blocks.stream().filter(Block::isProse).toList();
    this.proseBlocks = prose.size() == this.blocks.size() ? this.blocks : prose;
    this.links = List.copyOf(links);
    this.comments = List.copyOf(comments);
    this.frontMatter = frontMatter;
    this.body = body;
    this.mainContent = mainContent;
    this.mainContentProseBlocks =
        mainContent == null || mainContent.equals(body)
            ? proseBlocks
            : proseBlocks.stream().filter(b -> mainContent.contains(b.span())).toList();
  }

  public String id() {
    return id;
  }

  public Format format() {
    return format;
  }

  public String source() {
    return source;
  }

  public Metadata metadata() {
    return metadata;
  }

  public List<Block> blocks() {
    return blocks;
  }

  /** The blocks rules read as prose (everything but code). */
  public List<Block> proseBlocks() {
    return proseBlocks;
  }

  public List<Link> links() {
    return links;
  }

  public List<Comment> comments() {
    return comments;
  }

  public Optional<Span> frontMatter() {
    return Optional.ofNullable(frontMatter);
  }

  public Optional<Span> body() {
    return Optional.ofNullable(body);
  }

  /**
   * Where the article itself lies in the source: the {@link #body()}, except in an HTML page linted
   * whole ({@code html: {content: page}}), whose blocks cover the page's navigation, sidebars and
   * footers too, and whose main content is the element main-content selection picks, the article the
   * page holds.
   */
  public Optional<Span> mainContent() {
    return Optional.ofNullable(mainContent);
  }

  /**
   * The {@link #proseBlocks()} that lie in the {@link #mainContent()}: all of them but in an HTML page
   * linted whole. For judgments about the article as a whole, such as where it ends: the end of a page
   * is its footer, not the end of its article.
   */
  public List<Block> mainContentProseBlocks() {
    return mainContentProseBlocks;
  }

  /** Line and column lookup for this source, built on first use. */
  public LineMap lineMap() {
    LineMap m = lineMap;
    if (m == null) {
      m = LineMap.of(source);
      lineMap = m;
    }
    return m;
  }

  /** Number of words in the prose blocks. */
  public int wordCount() {
    return wordCount(proseBlocks);
  }

  /** Number of words in the {@link #mainContentProseBlocks()}: the article's length, without a page's menus. */
  public int mainContentWordCount() {
    return mainContentProseBlocks == proseBlocks ? wordCount() : wordCount(mainContentProseBlocks);
  }

  private static int wordCount(List<Block> blocks) {
    int n = 0;
    for (Block b : blocks) {
      for (Sentence s : b.sentences()) {
        TokenList tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
          if (tokens.type(i) == Token.Type.WORD) {
            n++;
          }
        }
      }
    }
    return n;
  }

  @Override
  public String toString() {
    return "Article{" + id + ", " + format + ", " + blocks.size() + " blocks}";
  }
}
