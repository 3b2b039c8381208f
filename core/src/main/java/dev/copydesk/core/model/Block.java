package dev.copydesk.core.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A block of an article: a heading, paragraph, list item, block quote, table cell, caption or code
 * block, with its text (inline markup removed) and sentences. A Markdown list item or block quote that
 * holds paragraphs yields one block per paragraph, each of the container's kind.
 *
 * <p>Offsets in {@link #text()} map to the source through {@link #toSource(int, int)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Block {

  private final int index;
  private final BlockKind kind;
  private final int level;
  private final Span span;
  private final String text;
  private final TextMap textMap;
  private final List<Sentence> sentences;
  // What characters the text holds (see characters()), read when first asked. Written by whichever
  // thread asks first, each making the same summary: a record, so that its fields are seen set.
  private @Nullable Characters characters;

  /** {@link #lineBreaks()}: one or more line feeds. */
  public static final int LINE_FEED = 1;
  /** {@link #lineBreaks()}: two or more line feeds. */
  public static final int LINE_FEEDS = 2;
  /** {@link #lineBreaks()}: a carriage return. */
  public static final int CARRIAGE_RETURN = 4;
  /**
   * {@link #lineBreaks()}: another character that ends a line as {@code \R} reads them: vertical tab,
   * form feed, next line (U+0085), line or paragraph separator (U+2028, U+2029).
   */
  public static final int OTHER_LINE_BREAK = 8;

  /**
   * A summary of a text's characters: which ASCII characters it holds (a bit each), its greatest
   * character and its line breaks.
   */
  // The Latin-1 bytes' stand-in for a character outside Latin-1 (dev.copydesk.core.text.Latin1's, a
  // layer above the model).
  private static final byte UNMAPPED = '?';

  private record Characters(long lowAscii, long highAscii, char max, int lineBreaks) {}

  /**
   * @param index 0-based position of the block in the article
   * @param kind what the block is
   * @param level heading level 1-6 for headings, nesting depth for list items, otherwise 0
   * @param span the whole block in the source, markup included
   * @param text the block's text with inline markup removed
   * @param textMap maps offsets of {@code text} to the source
   * @param sentences the block's sentences in order; empty for code
   */
  public Block(
      int index, BlockKind kind, int level, Span span, String text, TextMap textMap, List<Sentence> sentences) {
    if (textMap.textLength() != text.length()) {
      throw new IllegalArgumentException(
          "text map covers " + textMap.textLength() + " characters but the text has " + text.length());
    }
    this.index = index;
    this.kind = kind;
    this.level = level;
    this.span = span;
    this.text = text;
    this.textMap = textMap;
    this.sentences = List.copyOf(sentences);
  }

  public int index() {
    return index;
  }

  public BlockKind kind() {
    return kind;
  }

  public int level() {
    return level;
  }

  public Span span() {
    return span;
  }

  public String text() {
    return text;
  }

  public TextMap textMap() {
    return textMap;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public boolean isProse() {
    return kind.isProse();
  }

  /**
   * The line breaks the text holds, as flags: {@link #LINE_FEED}, {@link #LINE_FEEDS}, {@link
   * #CARRIAGE_RETURN}, {@link #OTHER_LINE_BREAK}; 0 for a text on one line. The text is read once, when
   * first asked: several rules ask of every block, and nearly all blocks are one line.
   */
  public int lineBreaks() {
    return characters().lineBreaks();
  }

  /**
   * Whether the text holds the ASCII character {@code c}. Answered from the summary {@link #lineBreaks}
   * reads, so a rule that looks for rare characters in every block (a bracket, a question mark) can
   * pass over the blocks that have none without reading them again.
   *
   * @throws IllegalArgumentException if {@code c} is not ASCII
   */
  public boolean hasAscii(char c) {
    if (c >= 128) {
      throw new IllegalArgumentException("not an ASCII character: U+" + Integer.toHexString(c));
    }
    Characters s = characters();
    return ((c < 64 ? s.lowAscii() : s.highAscii()) & 1L << c) != 0;
  }

  /** The greatest character of the text ({@code '\0'} for an empty text): none of it is above. */
  public char maxChar() {
    return characters().max();
  }

  private Characters characters() {
    Characters s = characters;
    if (s == null) {
      s = read(text, latin1());
      characters = s;
    }
    return s;
  }

  /**
   * The text's {@link dev.copydesk.core.text.Latin1} bytes, when the tokenizer made them for the
   * sentences (a parsed prose block); else null.
   */
  private byte @Nullable [] latin1() {
    if (sentences.isEmpty()) {
      return null;
    }
    TokenList tokens = sentences.get(0).tokens();
    byte @Nullable [] bytes = tokens.latin1();
    return tokens.source() == text && bytes != null && bytes.length == text.length() ? bytes : null;
  }

  /**
   * One read of {@code text} for all of {@link Characters}: several rules ask of every block. From the
   * text's Latin-1 bytes when there are some: each byte only marks a table, which costs a fraction of
   * working out bits as it goes (every character is read, and this runs for every block). Line breaks,
   * rare, are then looked for only in the texts whose bits say they may be there.
   *
   * <p>Each loop is a small method of its own. As one method of several loops and rare branches, the
   * just-in-time compiler left it for seconds in some runs to code compiled for its loop alone, entered
   * from the interpreter on every call, and threw out its compiled code each time a rare branch was
   * first taken: nearly a tenth of the samples of a profiled lint went to it in those runs, against 1%.
   */
  private static Characters read(String text, byte @Nullable [] latin1) {
    long low;
    long high;
    int max;
    if (latin1 != null) {
      byte[] seen = new byte[256];
      mark(latin1, seen);
      low = bits(seen, 0);
      high = bits(seen, 64);
      max = greatest(seen);
      if (seen[UNMAPPED] != 0) {
        // A '?' byte is a '?' or a character outside Latin-1: the text says which.
        int unmapped = unmapped(text, latin1);
        max = Math.max(max, unmapped & 0xFFFF);
        if ((unmapped & QUESTION_MARK) == 0) {
          low &= ~(1L << UNMAPPED);
        }
      }
    } else {
      long[] summary = summarize(text);
      low = summary[0];
      high = summary[1];
      max = (int) summary[2];
    }
    return new Characters(low, high, (char) max, lineBreaks(text, low, max));
  }

  /** Marks in {@code seen} each byte value {@code bytes} holds. */
  private static void mark(byte[] bytes, byte[] seen) {
    for (byte b : bytes) {
      seen[b & 0xFF] = 1;
    }
  }

  // The marks of eight values read as one long, the first value's in the lowest byte.
  private static final VarHandle EIGHT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  // Multiplied by eight marks (bytes of 0 or 1), puts mark k in bit 56 + k and nothing else in the top
  // byte: each mark's products fall on bits of their own, so no sum carries into it.
  private static final long GATHER = 0x0102040810204080L;

  /** A bit for each of the 64 values from {@code from} that {@code seen} marks: eight at a time. */
  private static long bits(byte[] seen, int from) {
    long bits = 0;
    for (int j = 0; j < 8; j++) {
      long marks = (long) EIGHT.get(seen, from + 8 * j);
      bits |= (marks * GATHER >>> 56) << 8 * j;
    }
    return bits;
  }

  /** The greatest value {@code seen} marks, or 0: from the highest eight marks that are not all 0. */
  private static int greatest(byte[] seen) {
    for (int j = seen.length - 8; j >= 0; j -= 8) {
      long marks = (long) EIGHT.get(seen, j);
      if (marks != 0) {
        return j + (63 - Long.numberOfLeadingZeros(marks)) / 8;
      }
    }
    return 0;
  }

  // In unmapped's result: the text holds a real '?'.
  private static final int QUESTION_MARK = 1 << 16;

  /**
   * For the characters of {@code text} whose byte is {@link #UNMAPPED}: the greatest of them (low 16 bits),
   * and {@link #QUESTION_MARK} if one is a real '?'.
   */
  private static int unmapped(String text, byte[] latin1) {
    int max = 0;
    int question = 0;
    for (int i = 0; i < latin1.length; i++) {
      if (latin1[i] == UNMAPPED) {
        char c = text.charAt(i);
        question |= c == UNMAPPED ? QUESTION_MARK : 0;
        max = Math.max(max, c);
      }
    }
    return max | question;
  }

  /** The ASCII bits below 64 and from 64, and the greatest character, of a text with no Latin-1 bytes. */
  private static long[] summarize(String text) {
    long low = 0;
    long high = 0;
    int max = 0;
    // No branch that depends on the character (letters and spaces alternate, and a branch on them is
    // mispredicted at nearly every word): it only sets bits and keeps the greatest character.
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      long bit = (1L << c) & ((c - 128L) >> 63); // the shift takes c's low six bits; no bit from c >= 128
      long upper = -(long) (c >>> 6 & 1); // all ones for 64..127
      high |= bit & upper;
      low |= bit & ~upper;
      max = Math.max(max, c);
    }
    return new long[] {low, high, max};
  }

  /** {@link #lineBreaks()} of {@code text}, whose ASCII bits below 64 are {@code low}. */
  private static int lineBreaks(String text, long low, int max) {
    int flags = 0;
    if ((low & 1L << '\n') != 0) {
      flags |= text.indexOf('\n', text.indexOf('\n') + 1) >= 0 ? LINE_FEED | LINE_FEEDS : LINE_FEED;
    }
    if ((low & 1L << '\r') != 0) {
      flags |= CARRIAGE_RETURN;
    }
    if ((low & (1L << '\u000B' | 1L << '\f')) != 0
        || max >= '\u0085'
            && (text.indexOf('\u0085') >= 0
                || max >= '\u2028' && (text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0))) {
      flags |= OTHER_LINE_BREAK;
    }
    return flags;
  }

  /** The source span of the text range {@code [start, end)} of this block's text. */
  public Span toSource(int start, int end) {
    return textMap.toSource(start, end);
  }

  @Override
  public String toString() {
    String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
    return kind + span.toString() + " \"" + shown + "\"";
  }
}
