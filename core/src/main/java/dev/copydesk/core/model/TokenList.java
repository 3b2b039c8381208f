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
 * being made for each. {@link #get} makes a token when asked, and keeps it. What rules look words up
 * by (each word's hash, first letters, length) the tokenizer works out as it reads them ({@link
 * #wordData}), so that no reader reads the words again for it.
 *
 * <p>Immutable and thread-safe (a token made by {@link #get} is kept; two threads may both make one,
 * and the two are equal).
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {

  private static final Token.Type[] TYPES = Token.Type.values();
  private static final TokenList EMPTY = new TokenList(null, null, new int[0], new byte[0], new int[0], 0, 0, new Token[0]);

  /** The number of ints {@link #wordData()} holds for each word or number. */
  public static final int WORD_FIELDS = 4;
  /** In {@link #wordData()}: the index of the word among all the tokens. */
  public static final int WORD_TOKEN = 0;
  /**
   * In {@link #wordData()}: the word's key, its first two characters lower-cased and its length ({@link
   * #wordKey}), or {@link #UNKEYED}.
   */
  public static final int WORD_KEY = 1;
  /** In {@link #wordData()}: the {@link String#hashCode} of the word lower-cased, when keyed. */
  public static final int WORD_HASH = 2;
  /**
   * In {@link #wordData()}: the word's length (high 16 bits, at most 65535) and its last character
   * lower-cased (low 16 bits), when keyed.
   */
  public static final int WORD_LENGTH_AND_LAST = 3;
  /** The {@link #WORD_KEY} of a word the tokenizer did not work out (any with a character outside ASCII). */
  public static final int UNKEYED = Integer.MIN_VALUE;

  // The text the offsets are in (a block's text), or null when the tokens were given as objects.
  private final @Nullable String source;
  // The source's characters as Latin-1 bytes (see Latin1), when the tokenizer had them; else null.
  private final byte @Nullable [] latin1;
  // Start and end of token i at 2i and 2i + 1.
  private final int[] bounds;
  private final byte[] types;
  // Per word or number, WORD_FIELDS ints (see wordData).
  private final int[] words;
  // How many words the tokenizer did not key.
  private final int unkeyed;
  // How many words are numbers.
  private final int numbers;
  // The tokens as given, for a list made from tokens (then source is null); else null.
  private final Token @Nullable [] given;
  // The tokens made from the source so far, for a list made from offsets. Made on first use.
  private @Nullable Token @Nullable [] made;

  private TokenList(
      @Nullable String source, byte @Nullable [] latin1, int[] bounds, byte[] types, int[] words, int unkeyed,
      int numbers, Token @Nullable [] given) {
    this.source = source;
    this.latin1 = latin1;
    this.bounds = bounds;
    this.types = types;
    this.words = words;
    this.unkeyed = unkeyed;
    this.numbers = numbers;
    this.given = given;
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
    // Tokens given as objects are not keyed: their readers work the words out.
    int count = 0;
    int numbers = 0;
    for (int i = 0; i < n; i++) {
      count += isWordOrNumberType(types[i]) ? 1 : 0;
      numbers += types[i] == Token.Type.NUMBER.ordinal() ? 1 : 0;
    }
    int[] words = new int[count * WORD_FIELDS];
    for (int i = 0, k = 0; i < n; i++) {
      if (isWordOrNumberType(types[i])) {
        words[k * WORD_FIELDS + WORD_TOKEN] = i;
        words[k * WORD_FIELDS + WORD_KEY] = UNKEYED;
        k++;
      }
    }
    return new TokenList(null, null, bounds, types, words, count, numbers, given);
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
    return TYPES[types[i]];
  }

  /** Whether token {@code i} is a word or a number. */
  public boolean isWordOrNumber(int i) {
    return isWordOrNumberType(types[i]);
  }

  private static boolean isWordOrNumberType(byte type) {
    return type == Token.Type.WORD.ordinal() || type == Token.Type.NUMBER.ordinal();
  }

  /** How many tokens are words or numbers ({@link #isWordOrNumber}). */
  public int wordsAndNumbers() {
    return words.length / WORD_FIELDS;
  }

  /** How many tokens are numbers. */
  public int numbers() {
    return numbers;
  }

  /**
   * What the tokenizer worked out of each word and number as it read them, for readers that look words
   * up in tables, so that they need not read the words again: for the {@code k}th word or number, in
   * order, the {@link #WORD_FIELDS} ints from {@code k * WORD_FIELDS}, at {@link #WORD_TOKEN}, {@link
   * #WORD_KEY}, {@link #WORD_HASH} and {@link #WORD_LENGTH_AND_LAST}. A word with a character outside
   * ASCII (and every token of a list made from tokens given as objects) is not keyed: its key is {@link
   * #UNKEYED}, and only its token index is given. Shared: not to be modified.
   */
  public int[] wordData() {
    return words;
  }

  /** How many words and numbers {@link #wordData()} leaves {@link #UNKEYED}. */
  public int unkeyedWords() {
    return unkeyed;
  }

  /**
   * A word's key, as {@link #wordData()} gives it: its first two characters, lower-cased ({@code second}
   * 0 for a word of one character), as {@code first * 128 + second}, shifted left by 5, with its length
   * (31 for any longer) in the low 5 bits. For ASCII characters; the caller keys other words its own way.
   */
  public static int wordKey(int first, int second, int length) {
    return (first * 128 + second) << 5 | Math.min(length, 31);
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
      t = Token.in(Objects.requireNonNull(source), bounds[2 * i], bounds[2 * i + 1], TYPES[types[i]]);
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
    private int[] words = new int[32 * WORD_FIELDS];
    private int size;
    private int wordCount;
    private int unkeyed;
    private int numbers;

    /**
     * Adds the token {@code [start, end)} of the text the list will be built on; a word or number so
     * added is not keyed (see {@link TokenList#wordData()}).
     */
    public void add(int start, int end, Token.Type type) {
      if (size == types.length) {
        grow();
      }
      bounds[2 * size] = start;
      bounds[2 * size + 1] = end;
      types[size] = (byte) type.ordinal();
      if (type == Token.Type.WORD || type == Token.Type.NUMBER) {
        int at = wordCount * WORD_FIELDS;
        words[at + WORD_TOKEN] = size;
        words[at + WORD_KEY] = UNKEYED;
        words[at + WORD_HASH] = 0;
        words[at + WORD_LENGTH_AND_LAST] = 0;
        wordCount++;
        unkeyed++;
        numbers += type == Token.Type.NUMBER ? 1 : 0;
      }
      size++;
    }

    /**
     * Adds the word or number {@code [start, end)}, all of it ASCII, keyed (see {@link
     * TokenList#wordData()}): {@code hash} is the {@link String#hashCode} of its characters with
     * capitals lower-cased, {@code first}, {@code second} and {@code last} its first, second (0 for a
     * word of one character) and last characters lower-cased.
     *
     * @throws IllegalArgumentException if {@code type} is neither {@code WORD} nor {@code NUMBER}
     */
    public void addKeyed(int start, int end, Token.Type type, int hash, int first, int second, int last) {
      if (type != Token.Type.WORD && type != Token.Type.NUMBER) {
        throw new IllegalArgumentException("only words and numbers are keyed, not " + type);
      }
      if (size == types.length) {
        grow();
      }
      bounds[2 * size] = start;
      bounds[2 * size + 1] = end;
      types[size] = (byte) type.ordinal();
      int length = end - start;
      int at = wordCount * WORD_FIELDS;
      words[at + WORD_TOKEN] = size;
      words[at + WORD_KEY] = wordKey(first, second, length);
      words[at + WORD_HASH] = hash;
      words[at + WORD_LENGTH_AND_LAST] = Math.min(length, 0xFFFF) << 16 | last;
      wordCount++;
      numbers += type == Token.Type.NUMBER ? 1 : 0;
      size++;
    }

    private void grow() {
      types = Arrays.copyOf(types, size * 2);
      words = Arrays.copyOf(words, size * 2 * WORD_FIELDS);
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
              Arrays.copyOf(words, wordCount * WORD_FIELDS), unkeyed, numbers, null);
      clear();
      return out;
    }

    private void clear() {
      size = 0;
      wordCount = 0;
      unkeyed = 0;
      numbers = 0;
    }
  }
}
