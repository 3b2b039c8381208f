package dev.copydesk.rules.internal;

import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Token;
import dev.copydesk.core.model.TokenList;
import dev.copydesk.core.text.Latin1;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The word and number tokens of one sentence, with their normalized (lower-case, straight apostrophe)
 * forms, for phrase matching. Punctuation and symbols are left out, so "Experts, however, say" reads as
 * three words. Offsets of {@link #token(int)} are relative to the block's text.
 *
 * <p>Immutable and thread-safe (the normalized form of an ASCII word is made on first use; two threads
 * may both make it, and either copy is the same string).
 */
public final class Words {

  // Per word, FIELDS ints in data, laid out as TokenList#wordData lays them out: for a sentence the
  // tokenizer keyed throughout (nearly all), data is the token list's own array, and making the view
  // copies nothing.
  private static final int FIELDS = TokenList.WORD_FIELDS;
  // The word's index among all of the sentence's tokens.
  private static final int TOKEN = TokenList.WORD_TOKEN;
  // The normalized word's first two characters and length, for WordSet's tables (see shapeOf).
  private static final int SHAPE = TokenList.WORD_KEY;
  // The normalized word's String.hashCode.
  private static final int HASH = TokenList.WORD_HASH;
  // The normalized word's length (high 16 bits, at most 65535) and last character (low 16 bits): some
  // rules read them on every word, and the token they would otherwise come from is another object to load.
  private static final int LENGTH_AND_LAST = TokenList.WORD_LENGTH_AND_LAST;

  private final Sentence sentence;
  private final TokenList tokens;
  // The block's text the tokens' offsets are in, or null when the tokens were given as objects (a
  // sentence made by hand): then characters come from the tokens. Not the sentence's own text, which
  // a sentence made by the parser cuts from the block's only when asked.
  private final @Nullable String text;
  private final int size;
  // Not to be written once the view is made: it may be the token list's own.
  private final int[] data;
  // The normalized forms of the words outside ASCII (made with the view), or null if there are none.
  private final @Nullable String @Nullable [] normalized;
  // The lower-case forms of ASCII words, made when lower(i) first asks: most are never asked for.
  private @Nullable String @Nullable [] lowered;
  // The word classes (see WordClasses) this view knows, of which registry, those each word may be in, and
  // those any may be in.
  private final WordClasses registry;
  private final long knownClasses;
  private final long[] classes;
  private final long anyClass;

  private Words(Sentence sentence, WordClasses registry) {
    this.sentence = sentence;
    this.registry = registry;
    TokenList all = sentence.tokens();
    this.tokens = all;
    String text = all.source();
    this.text = text;
    this.size = all.wordsAndNumbers();
    int[] keyed = all.wordData();
    int[] data;
    @Nullable String[] normalized;
    if (all.unkeyedWords() == 0) {
      data = keyed;
      normalized = null;
    } else {
      data = keyed.clone();
      normalized = normalizeUnkeyed(all, text, size, data);
    }
    this.data = data;
    this.normalized = normalized;
    // Every word's classes, from its hash: one look-up a word for all the pack's word sets.
    WordClasses.Table table = registry.current();
    long[] classes = new long[size];
    long any = 0;
    for (int k = 0; k < size; k++) {
      long c = table.of(data[k * FIELDS + HASH]);
      classes[k] = c;
      any |= c;
    }
    this.knownClasses = table.known();
    this.classes = classes;
    this.anyClass = any;
  }

  /**
   * Works out, into {@code data}, the hash, shape, length and last character of each word the tokenizer
   * left unkeyed, and returns the normalized forms of those outside ASCII (null if there are none).
   */
  private static @Nullable String @Nullable [] normalizeUnkeyed(TokenList all, @Nullable String text, int size, int[] data) {
    // Some words the tokenizer left: those with a character outside ASCII, or all of them for tokens
    // given as objects. Each is worked out here, in a copy.
    byte @Nullable [] bytes = all.latin1();
    @Nullable String[] normalized = null;
    for (int k = 0; k < size; k++) {
      int at = k * FIELDS;
      if (data[at + SHAPE] != TokenList.UNKEYED) {
        continue;
      }
      int i = data[at + TOKEN];
      // An ASCII word's hash is read off the text the tokens were cut from (its Latin-1 bytes when the
      // tokenizer kept them, else its characters; off each token, for tokens given as objects), folding
      // capitals on the way; its normalized form is made only if a rule asks for it.
      int from = all.start(i);
      int to = all.end(i);
      String chars = text;
      if (chars == null) {
        chars = all.get(i).text();
        from = 0;
        to = chars.length();
      }
      int h = 0;
      int j = from;
      if (bytes != null) {
        // No word holds a '?', which in the bytes stands for a character outside Latin-1: it and any
        // byte past ASCII leave the word to the general path below.
        for (; j < to; j++) {
          byte a = bytes[j];
          if (a < 0 || a == Latin1.UNMAPPED) {
            break;
          }
          h = 31 * h + ASCII_LOWER[a];
        }
      } else {
        for (; j < to; j++) {
          char a = chars.charAt(j);
          if (a >= 128) {
            break;
          }
          h = 31 * h + ASCII_LOWER[a];
        }
      }
      if (j == to) {
        int length = to - from;
        int c0 = ASCII_LOWER[chars.charAt(from)];
        int c1 = length > 1 ? ASCII_LOWER[chars.charAt(from + 1)] : 0;
        int last = ASCII_LOWER[chars.charAt(to - 1)];
        data[at + HASH] = h;
        data[at + SHAPE] = TokenList.wordKey(c0, c1, length);
        data[at + LENGTH_AND_LAST] = Math.min(length, 0xFFFF) << 16 | last;
      } else {
        String form = Lexicon.normalize(chars.substring(from, to));
        if (normalized == null) {
          normalized = new String[size];
        }
        normalized[k] = form;
        data[at + HASH] = form.hashCode();
        data[at + SHAPE] = shapeOf(form);
        data[at + LENGTH_AND_LAST] = Math.min(form.length(), 0xFFFF) << 16 | form.charAt(form.length() - 1);
      }
    }
    return normalized;
  }

  /**
   * The first word in {@code [from, to)} that may be in word class {@code index} of registry {@code of}
   * (its hash shares a slot with one of the class's words), or {@code to}; -1 when this view does not
   * know the class, and the caller must ask word by word.
   */
  int nextInClass(WordClasses of, int index, int from, int to) {
    long bit = 1L << index;
    if (of != registry || (knownClasses & bit) == 0) {
      return -1;
    }
    if ((anyClass & bit) == 0) {
      return to;
    }
    long[] c = classes;
    for (int i = from; i < to; i++) {
      if ((c[i] & bit) != 0) {
        return i;
      }
    }
    return to;
  }

  /**
   * Whether word {@code i} may be in word class {@code index} of registry {@code of}: 1 if it may, 0 if
   * it is not, -1 when this view does not know the class.
   */
  int inClass(WordClasses of, int index, int i) {
    long bit = 1L << index;
    if (of != registry || (knownClasses & bit) == 0) {
      return -1;
    }
    return (classes[i] & bit) != 0 ? 1 : 0;
  }

  /** The normalized form of word {@code i} if it is outside ASCII, else null. */
  private @Nullable String nonAscii(int i) {
    @Nullable String[] nn = normalized;
    return nn == null ? null : nn[i];
  }

  private int tokenOf(int i) {
    return data[i * FIELDS + TOKEN];
  }

  /** Character {@code k} of word {@code i} as written. */
  private char charOf(int i, int k) {
    String t = text;
    int token = tokenOf(i);
    return t != null ? t.charAt(tokens.start(token) + k) : tokens.get(token).charAt(k);
  }

  /** The number of characters of word {@code i} as written. */
  private int writtenLength(int i) {
    int token = tokenOf(i);
    return tokens.end(token) - tokens.start(token);
  }

  // Each ASCII character lower-cased.
  private static final char[] ASCII_LOWER = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_LOWER[c] = asciiLower(c);
    }
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  public static Words of(Sentence sentence) {
    return new Words(sentence, WordClasses.SHARED);
  }

  /** The view of {@code sentence} with the classes of {@code registry} as they stand. */
  static Words of(Sentence sentence, WordClasses registry) {
    return new Words(sentence, registry);
  }

  public Sentence sentence() {
    return sentence;
  }

  public int size() {
    return size;
  }

  /** The normalized form of word {@code i}. */
  public String lower(int i) {
    Objects.checkIndex(i, size);
    String form = nonAscii(i);
    if (form != null) {
      return form;
    }
    // Two threads may both make the array, or the form; either is the same.
    @Nullable String[] made = lowered;
    if (made == null) {
      made = new String[size];
      lowered = made;
    }
    String l = made[i];
    if (l == null) {
      // ASCII: no apostrophes to straighten. Cut from the text directly when there is one, rather than
      // through token(i), which would make the sentence's token objects for one string.
      String t = text;
      int token = tokenOf(i);
      String written = t != null ? t.substring(tokens.start(token), tokens.end(token)) : tokens.get(token).text();
      l = written.toLowerCase(Locale.ROOT);
      made[i] = l;
    }
    return l;
  }

  /**
   * Whether normalized word {@code i} is {@code word} (itself normalized), answered from the hash and
   * length kept for it when they differ, so most words are ruled out without making their form.
   */
  public boolean is(int i, String word) {
    if (hash(i) != word.hashCode() || length(i) != word.length()) {
      return false;
    }
    String form = nonAscii(i);
    if (form != null) {
      return form.equals(word);
    }
    // An ASCII word: compared as it is read, without making its normalized form.
    for (int k = 0; k < word.length(); k++) {
      if (asciiLower(charOf(i, k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }


  /** The length of normalized word {@code i}, without making it. */
  public int length(int i) {
    Objects.checkIndex(i, size);
    int length = data[i * FIELDS + LENGTH_AND_LAST] >>> 16;
    return length < 0xFFFF ? length : lower(i).length();
  }

  /** The last character of normalized word {@code i}, without making it. */
  public char last(int i) {
    Objects.checkIndex(i, size);
    return (char) data[i * FIELDS + LENGTH_AND_LAST];
  }

  /** Whether normalized word {@code i} ends with {@code suffix} (itself normalized), without making it. */
  public boolean endsWith(int i, String suffix) {
    Objects.checkIndex(i, size);
    String form = nonAscii(i);
    if (form != null) {
      return form.endsWith(suffix);
    }
    int from = writtenLength(i) - suffix.length();
    if (from < 0) {
      return false;
    }
    for (int k = 0; k < suffix.length(); k++) {
      if (asciiLower(charOf(i, from + k)) != suffix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The shape of normalized word {@code i}: its first two characters (the second 0 for a word of one)
   * as {@code first * 128 + second}, shifted left by 5, with its length (31 for any longer) in the low
   * 5 bits; -1 when either character is outside ASCII, -2 for an empty word. Every lexicon set asks
   * about every word; the shape, worked out once, answers most of them from two tables.
   */
  public int shape(int i) {
    Objects.checkIndex(i, size);
    return data[i * FIELDS + SHAPE];
  }

  /**
   * The {@link String#hashCode} of normalized word {@code i}, kept from when the words were made: a rule
   * that hashes every word (repeated paragraphs) would otherwise read each word's string again, long
   * after it left the cache.
   */
  public int hash(int i) {
    Objects.checkIndex(i, size);
    return data[i * FIELDS + HASH];
  }

  /** How many of the words are number tokens. */
  public int numbers() {
    return tokens.numbers();
  }

  /** See {@link #shape(int)}. */
  static int shapeOf(String word) {
    if (word.isEmpty()) {
      return -2;
    }
    char c = word.charAt(0);
    char d = word.length() > 1 ? word.charAt(1) : 0;
    if (c >= 128 || d >= 128) {
      return -1;
    }
    return TokenList.wordKey(c, d, word.length());
  }

  /** The word as written. */
  public String text(int i) {
    return token(i).text();
  }

  public Token token(int i) {
    Objects.checkIndex(i, size);
    return tokens.get(tokenOf(i));
  }

  /** The index of word {@code i} among all of the sentence's tokens (for part-of-speech tags). */
  public int tokenIndex(int i) {
    Objects.checkIndex(i, size);
    return tokenOf(i);
  }

  /** Whether word {@code i} starts with an upper-case letter. */
  public boolean isCapitalized(int i) {
    Objects.checkIndex(i, size);
    char c = charOf(i, 0);
    return Character.isUpperCase(Character.isHighSurrogate(c) ? text(i).codePointAt(0) : c);
  }

  /** Whether word {@code i} is a number token. */
  public boolean isNumber(int i) {
    Objects.checkIndex(i, size);
    return tokens.type(tokenOf(i)) == Token.Type.NUMBER;
  }

  /** Start of word {@code from} to end of word {@code to - 1}, as block-text offsets. */
  public int startOffset(int from) {
    Objects.checkIndex(from, size);
    return tokens.start(tokenOf(from));
  }

  public int endOffset(int toExclusive) {
    Objects.checkIndex(toExclusive - 1, size);
    return tokens.end(tokenOf(toExclusive - 1));
  }
}
