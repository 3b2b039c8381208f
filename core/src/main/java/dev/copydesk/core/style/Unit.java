package dev.copydesk.core.style;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.model.Token;
import dev.copydesk.core.model.TokenList;
import dev.copydesk.core.segment.SentenceSegmenter;
import dev.copydesk.core.segment.TextRange;
import dev.copydesk.core.segment.Tokenizer;
import dev.copydesk.core.text.Latin1;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One piece of an article that a style check reads as a whole: a block, a sentence, the title, a
 * front-matter value, or the whole article. Its text maps back to exact source spans.
 *
 * <p>Immutable; confined to the thread checking the article.
 */
final class Unit {

  /** What the unit is, for messages and for checks that treat some kinds differently. */
  enum Kind {
    BLOCK,
    SENTENCE,
    TITLE,
    FIELD,
    ARTICLE
  }

  /** Maps a range of the unit's text to the source. */
  interface Mapper {
    Span toSource(int start, int end);
  }

  private final Kind kind;
  private final String text;
  // How the text maps to the source: through the block (block units and sentence units, at
  // blockOffset into the block's text) when mapper is null, else through mapper. Units are made for
  // every block and sentence, and a capturing lambda each is a call into the VM under C1.
  private final @Nullable Mapper mapper;
  private final int blockOffset;
  private final @Nullable Block block;
  private final @Nullable Sentence sentence;
  private final List<Block> blocks;
  private List<List<Token>> sentenceTokens;

  private Unit(
      Kind kind, String text, @Nullable Mapper mapper, int blockOffset, @Nullable Block block, @Nullable Sentence sentence, List<Block> blocks) {
    if (mapper == null && block == null) {
      throw new IllegalArgumentException("a unit maps through a mapper or a block");
    }
    this.kind = kind;
    this.text = text;
    this.mapper = mapper;
    this.blockOffset = blockOffset;
    this.block = block;
    this.sentence = sentence;
    this.blocks = blocks;
  }

  static Unit of(Block block) {
    return new Unit(Kind.BLOCK, block.text(), null, 0, block, null, List.of(block));
  }

  static Unit of(Block block, Sentence s) {
    return new Unit(Kind.SENTENCE, s.text(), null, s.textStart(), block, s, List.of(block));
  }

  /** Text that appears verbatim in the source at {@code sourceStart}. */
  static Unit verbatim(Kind kind, String text, int sourceStart) {
    return new Unit(kind, text, (a, b) -> new Span(sourceStart + a, sourceStart + b), 0, null, null, List.of());
  }

  /** Text whose characters cannot be placed one by one: every range maps to {@code span}. */
  static Unit approximate(Kind kind, String text, Span span) {
    return new Unit(kind, text, (a, b) -> span, 0, null, null, List.of());
  }

  /** The given blocks as one text, blank lines between them. */
  static Unit article(List<Block> blocks) {
    StringBuilder sb = new StringBuilder();
    int[] starts = new int[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      if (i > 0) {
        sb.append("\n\n");
      }
      starts[i] = sb.length();
      sb.append(blocks.get(i).text());
    }
    String text = sb.toString();
    Mapper m =
        (a, b) -> {
          int first = piece(starts, a);
          int last = piece(starts, Math.max(a, b - 1));
          Block fb = blocks.get(first);
          Block lb = blocks.get(last);
          int fa = Math.min(Math.max(0, a - starts[first]), fb.text().length());
          int lbEnd = Math.min(Math.max(0, b - starts[last]), lb.text().length());
          if (first == last) {
            return fb.toSource(fa, Math.max(fa, lbEnd));
          }
          return fb.toSource(fa, fb.text().length()).union(lb.toSource(0, lbEnd));
        };
    return new Unit(Kind.ARTICLE, text, m, 0, null, null, List.copyOf(blocks));
  }

  private static int piece(int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  Kind kind() {
    return kind;
  }

  String text() {
    return text;
  }

  /** The block this unit is or lies in, for block and sentence units. */
  @Nullable Block block() {
    return block;
  }

  @Nullable Sentence sentence() {
    return sentence;
  }

  /** The blocks this unit covers (none for the title and front-matter values). */
  List<Block> blocks() {
    return blocks;
  }

  @Nullable BlockKind blockKind() {
    return block == null ? null : block.kind();
  }

  /** The source span of the text range {@code [start, end)}. */
  Span toSource(int start, int end) {
    Mapper m = mapper;
    return m != null ? m.toSource(start, end) : Objects.requireNonNull(block).toSource(blockOffset + start, blockOffset + end);
  }

  /** The whole unit, surrounding white space left out. */
  Span span() {
    int s = 0;
    int e = text.length();
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return toSource(s, e);
  }

  /** Whether the unit's source text is exactly its text, so a fix can replace it as a whole. */
  boolean isVerbatim(String source, int start, int end) {
    Span span = toSource(start, end);
    return span.end() <= source.length() && span.of(source).equals(text.substring(start, end));
  }

  /**
   * The tokens of each sentence, offsets relative to this unit's text. Blocks and sentences use the
   * article's segmentation; other units are segmented here.
   */
  List<List<Token>> sentences() {
    List<List<Token>> s = sentenceTokens;
    if (s != null) {
      return s;
    }
    List<List<Token>> out = new ArrayList<>();
    if (kind == Kind.BLOCK && block != null) {
      for (Sentence x : block.sentences()) {
        out.add(x.tokens());
      }
    } else if (kind == Kind.SENTENCE && sentence != null) {
      int base = sentence.textStart();
      List<Token> shifted = new ArrayList<>();
      for (Token t : sentence.tokens()) {
        shifted.add(Token.in(text, t.start() - base, t.end() - base, t.type())); // text is the sentence's
      }
      out.add(shifted);
    } else {
      Tokenizer tokenizer = Tokenizer.english();
      byte[] latin1 = Latin1.of(text);
      for (TextRange r : SentenceSegmenter.english().split(text)) {
        out.add(tokenizer.tokenize(text, latin1, r.start(), r.end(), new TokenList.Builder()));
      }
    }
    sentenceTokens = List.copyOf(out);
    return sentenceTokens;
  }

  /** Number of word tokens. */
  int wordCount() {
    int n = 0;
    for (List<Token> s : sentences()) {
      for (Token t : s) {
        if (t.isWord()) {
          n++;
        }
      }
    }
    return n;
  }
}
