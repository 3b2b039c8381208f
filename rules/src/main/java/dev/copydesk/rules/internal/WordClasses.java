package dev.copydesk.rules.internal;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The word sets of the pack as classes of words, so that a sentence's words are looked up once for all
 * of them rather than once per set. Each {@link WordSet} made while there are classes left takes one,
 * a bit of a {@code long}; a {@link Words} view, when made, gives each of its words the bits of the sets
 * that may hold it, by its hash (see {@link Table}). A set then asks of a word one bit, and of a sentence
 * that holds none of its words, nothing at all: the pack's rules read every sentence with several sets
 * each, and nearly every word is in none of them. The set still compares a word it is asked whether it
 * holds ({@link WordSet#contains(Words, int)}); a scan ({@link WordSet#nextMayContain}) may stop at a
 * word that only shares a slot with one of the set's, as its caller expects of a filter.
 *
 * <p>Sets are registered as they are made (the pack's are constants, made as their rules' classes are
 * initialized), and a view reads a snapshot: a set made after the view takes a class the view does not
 * know, and is asked word by word as before. So a late set, or one past the 64th, costs only speed. A
 * view and a set of different registries (tests make their own) know nothing of each other's classes.
 *
 * <p>Thread-safe: registration is synchronized, and each snapshot is immutable.
 */
final class WordClasses {

  /** The registry of every set made with {@link WordSet#of(java.util.Set)}, read by {@link Words#of}. */
  static final WordClasses SHARED = new WordClasses();

  static final int MAX_CLASSES = Long.SIZE;

  /**
   * One state of the registry: the classes registered so far, and a table from a word's hash to the
   * classes that may hold it. Each hash has one of 4,096 slots, shared by whatever hashes fall in it,
   * whose classes it holds together: so a word may be given a class none of whose words it is (a class
   * of {@code n} words takes about {@code n} slots, so about one word in {@code 4096 / n}), never denied
   * one it is in. A look-up is one load, with no branch to mispredict on the many words that are in
   * some class ("the", "said") and the many that are in none. Immutable.
   */
  static final class Table {
    private static final int SLOT_BITS = 12;
    private final int classes;
    private final long[] bits;
    // The same table in a tenth of the memory, read by every word of every sentence: each slot's
    // classes as an index into the few distinct sets of classes the slots hold (most slots hold none).
    // 32 KB of longs, read at random, often missed the processor's first cache; 4 KB of bytes and a
    // short palette do not. Null when there are more than 256 distinct sets: then bits is read.
    private final byte @Nullable [] index;
    private final long[] palette;

    private Table(int classes, long[] bits) {
      this.classes = classes;
      this.bits = bits;
      java.util.Map<Long, Integer> entries = new java.util.LinkedHashMap<>();
      entries.put(0L, 0);
      byte[] index = new byte[bits.length];
      for (int s = 0; s < bits.length && index != null; s++) {
        Integer e = entries.computeIfAbsent(bits[s], k -> entries.size());
        if (e > 0xFF) {
          index = null;
        } else {
          index[s] = (byte) (int) e;
        }
      }
      this.index = index;
      this.palette = index == null ? new long[0] : entries.keySet().stream().mapToLong(Long::longValue).toArray();
    }

    /** The bits of every class registered in this table: a view reads these and no others. */
    long known() {
      return classes == MAX_CLASSES ? -1L : (1L << classes) - 1;
    }

    /** The classes that may hold a word whose {@link String#hashCode} is {@code hash}. */
    long of(int hash) {
      byte[] i = index;
      return i != null ? palette[i[slot(hash)] & 0xFF] : bits[slot(hash)];
    }

    /** Whether the table is read through its palette (see index): for tests. */
    boolean compact() {
      return index != null;
    }

    private Table with(Set<String> words, long bit) {
      long[] b = bits.clone();
      for (String w : words) {
        b[slot(w.hashCode())] |= bit;
      }
      return new Table(classes + 1, b);
    }

    private static int slot(int hash) {
      return (hash * 0x9E3779B9) >>> (32 - SLOT_BITS);
    }
  }

  private volatile Table current = new Table(0, new long[1 << Table.SLOT_BITS]);

  WordClasses() {}

  /** The registry as it stands: the classes a view made now knows. */
  Table current() {
    return current;
  }

  /**
   * Registers {@code words} (normalized) as a new class and returns its index, or -1 when every class is
   * taken or {@code words} is empty (a set with no words needs no class to say no).
   */
  synchronized int register(Set<String> words) {
    Table t = current;
    if (words.isEmpty() || t.classes == MAX_CLASSES) {
      return -1;
    }
    int index = t.classes;
    current = t.with(words, 1L << index);
    return index;
  }
}
