package dev.copydesk.core.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of a sentence, kept as arrays of offsets and types rather than as objects: an article's
 * model holds about one token for every five characters of its text, and rules that walk every word
 * read the offsets and types ({@link #start}, {@link #end}, {@link #type}) without a {@link Token}
 * being made for each. {@link #get} makes a token when asked, and keeps it.
 *
 * <p>Immutable and thread-safe (a token made by {@link #get} is kept; two threads may both make one,
 * and the two are equal).
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {

  private static final Token.Type[] TYPES = Token.Type.values();
  private static final TokenList EMPTY = new TokenList(null, null, new int[0], new byte[0], null, 0, new Token[0]);
  // A token's type is its ordinal in the low bits of its byte; HASHED marks a token whose ASCII hash
  // (see asciiHash) the tokenizer worked out.
  private static final int TYPE_BITS = 0x3F;
  private static final int HASHED = 0x40;

  // The text the offsets are in (a block's text), or null when the tokens were given as objects.
  private final @Nullable String source;
  // The source's characters as Latin-1 bytes (see Latin1), when the tokenizer had them; else null.
  private final byte @Nullable [] latin1;
  // Start and end of token i at 2i and 2i + 1.
  private final int[] bounds;
  private final byte[] types;
  // The tokens' ASCII hashes (see asciiHash) where HASHED says so; null when no token has one.
  private final int @Nullable [] hashes;
  // How many tokens are words or numbers.
  private final int wordsAndNumbers;
  // The tokens as given, for a list made from tokens (then source is null); else null.
  private final Token @Nullable [] given;
  // The tokens made from the source so far, for a list made from offsets. Made on first use.
  private @Nullable Token @Nullable [] made;

  private TokenList(
      @Nullable String source, byte @Nullable [] latin1, int[] bounds, byte[] types, int @Nullable [] hashes,
      int wordsAndNumbers, Token @Nullable [] given) {
    this.source = source;
    this.latin1 = latin1;
    this.bounds = bounds;
    this.types = types;
    this.hashes = hashes;
    this.given = given;
    this.wordsAndNumbers = wordsAndNumbers;
  }

  /** The empty list. */
  public static TokenList of() {
    return EMPTY;
  }

  /** A list of {@code tokens}; a {@code TokenList} is returned as it is. */
  public static TokenList copyOf(List<Token> tokens) {
    if (tokens instanceof TokenList t) {
      return t;
    }
    int n = tokens.size();
    if (n == 0) {
      return EMPTY;
    }
    int[] bounds = new int[2 * n];
    byte[] types = new byte[n];
    Token[] given = new Token[n];
    for (int i = 0; i < n; i++) {
      Token t = Objects.requireNonNull(tokens.get(i), "token");
      bounds[2 * i] = t.start();
      bounds[2 * i + 1] = t.end();
      types[i] = (byte) t.type().ordinal();
      given[i] = t;
    }
    int words = 0;
    for (int i = 0; i < n; i++) {
      words += isWordOrNumberType(types[i]) ? 1 : 0;
    }
    return new TokenList(null, null, bounds, types, null, words, given);
  }

  @Override
  public int size() {
    return types.length;
  }

  /**
   * The text the tokens' offsets are in (the block's text), from which their characters can be read
   * without making tokens; {@code null} for a list made from tokens given as objects ({@link #copyOf}),
   * whose characters are the tokens' own.
   */
  public @Nullable String source() {
    return source;
  }

  /**
   * The {@link #source()}'s characters as {@link dev.copydesk.core.text.Latin1} bytes, for a reader of
   * every character, or null when the list was not given them. Shared: not to be modified.
   */
  public byte @Nullable [] latin1() {
    return latin1;
  }

  /** Offset of token {@code i} in the block's text. */
  public int start(int i) {
    Objects.checkIndex(i, types.length);
    return bounds[2 * i];
  }

  /** Offset just past token {@code i} in the block's text. */
  public int end(int i) {
    Objects.checkIndex(i, types.length);
    return bounds[2 * i + 1];
  }

  public Token.Type type(int i) {
    return TYPES[types[i] & TYPE_BITS];
  }

  /** Whether token {@code i} is a word or a number. */
  public boolean isWordOrNumber(int i) {
    return isWordOrNumberType(types[i]);
  }

  private static boolean isWordOrNumberType(byte type) {
    int t = type & TYPE_BITS;
    return t == Token.Type.WORD.ordinal() || t == Token.Type.NUMBER.ordinal();
  }

  /** How many tokens are words or numbers ({@link #isWordOrNumber}). */
  public int wordsAndNumbers() {
    return wordsAndNumbers;
  }

  /**
   * Whether the tokenizer worked out token {@code i}'s {@link #asciiHash}: for a word of ASCII letters
   * and digits (and apostrophes or hyphens inside), as nearly every English word is.
   */
  public boolean hasAsciiHash(int i) {
    return (types[i] & HASHED) != 0;
  }

  /**
   * The {@link String#hashCode} of token {@code i} with its ASCII capitals lower-cased, which the
   * tokenizer works out as it reads the word, so that a reader looking words up in tables need not read
   * them again. Only when {@link #hasAsciiHash}; otherwise 0.
   */
  public int asciiHash(int i) {
    int[] h = hashes;
    return h != null && (types[i] & HASHED) != 0 ? h[i] : 0;
  }

  @Override
  public Token get(int i) {
    Objects.checkIndex(i, types.length);
    Token[] g = given;
    if (g != null) {
      return g[i];
    }
    @Nullable Token[] m = made;
    if (m == null) {
      m = new Token[types.length];
      made = m;
    }
    Token t = m[i];
    if (t == null) {
      // A list made from offsets has its source.
      t = Token.in(Objects.requireNonNull(source), bounds[2 * i], bounds[2 * i + 1], TYPES[types[i] & TYPE_BITS]);
      m[i] = t;
    }
    return t;
  }

  /**
   * Collects tokens for a {@link TokenList}, one sentence after another: a tokenizer keeps one builder
   * and allocates no arrays but the lists' own. Not thread-safe.
   */
  public static final class Builder {

    private int[] bounds = new int[64];
    private byte[] types = new byte[32];
    private int[] hashes = new int[32];
    private boolean anyHash;
    private int wordsAndNumbers;
    private int size;

    /** Adds the token {@code [start, end)} of the text the list will be built on. */
    public void add(int start, int end, Token.Type type) {
      if (size == types.length) {
        grow();
      }
      bounds[2 * size] = start;
      bounds[2 * size + 1] = end;
      types[size] = (byte) type.ordinal();
      wordsAndNumbers += type == Token.Type.WORD || type == Token.Type.NUMBER ? 1 : 0;
      size++;
    }

    /**
     * {@link #add}, with the token's {@link TokenList#asciiHash}: the hash of its characters, each
     * ASCII, capitals lower-cased, as {@link String#hashCode} computes it.
     */
    public void add(int start, int end, Token.Type type, int asciiHash) {
      if (size == types.length) {
        grow();
      }
      bounds[2 * size] = start;
      bounds[2 * size + 1] = end;
      types[size] = (byte) (type.ordinal() | HASHED);
      hashes[size] = asciiHash;
      anyHash = true;
      wordsAndNumbers += type == Token.Type.WORD || type == Token.Type.NUMBER ? 1 : 0;
      size++;
    }

    private void grow() {
      types = Arrays.copyOf(types, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
      bounds = Arrays.copyOf(bounds, size * 4);
    }

    /**
     * The list of the tokens added since the last build, with offsets in {@code source}, which must
     * hold every token added; the builder is empty afterwards.
     *
     * @throws IllegalArgumentException if a token is empty or not inside {@code source}
     */
    public TokenList build(String source) {
      return build(source, null);
    }

    /**
     * {@link #build(String)}, with the source's characters as {@link dev.copydesk.core.text.Latin1}
     * bytes, kept for the list's readers.
     */
    public TokenList build(String source, byte @Nullable [] latin1) {
      if (latin1 != null && latin1.length != source.length()) {
        clear();
        throw new IllegalArgumentException(latin1.length + " bytes for a text of length " + source.length());
      }
      if (size == 0) {
        return EMPTY;
      }
      for (int i = 0; i < size; i++) {
        int start = bounds[2 * i];
        int end = bounds[2 * i + 1];
        if (start < 0 || end <= start || end > source.length()) {
          clear();
          throw new IllegalArgumentException(
              "invalid token [" + start + ", " + end + ") in a text of length " + source.length());
        }
      }
      TokenList out =
          new TokenList(
              source, latin1, Arrays.copyOf(bounds, 2 * size), Arrays.copyOf(types, size),
              anyHash ? Arrays.copyOf(hashes, size) : null, wordsAndNumbers, null);
      clear();
      return out;
    }

    private void clear() {
      size = 0;
      anyHash = false;
      wordsAndNumbers = 0;
    }
  }
}
