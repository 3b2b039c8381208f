package dev.copydesk.core.engine;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.rule.Derivation;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The views derived from one article's parts ({@link dev.copydesk.core.rule.RuleContext#derive}): by
 * derivation, then by input, inputs told apart by identity.
 *
 * <p>Every rule asks for the view of every sentence or block, so a look-up runs a few hundred times
 * an article. A sentence or block is hashed from its position in the source, two fields away, rather
 * than by {@link System#identityHashCode}, which the command line's compiler (C1) cannot inline: it
 * calls into the VM, and the first call for an object also writes the hash into its header. Keys are
 * still compared by identity, so two equal sentences never share a view.
 *
 * <p>Not thread-safe; one per article check.
 */
final class DerivedViews {

  private @Nullable Derivation<?, ?>[] derivations = new Derivation<?, ?>[8];
  private Table[] tables = new Table[8];
  private int count;
  // Table sizes for views of the article's sentences and of its blocks: each such table takes all of
  // them, and is made that size at once rather than grown (and, for a short article, not made larger).
  private final int sentenceCapacity;
  private final int blockCapacity;

  /** Views of an article of {@code sentences} sentences in {@code blocks} blocks. */
  DerivedViews(int sentences, int blocks) {
    this.sentenceCapacity = Table.capacityFor(sentences);
    this.blockCapacity = Table.capacityFor(blocks);
  }

  /** Views of an article whose size is not known: tables grow as they fill. */
  DerivedViews() {
    this(Table.DEFAULT_ENTRIES, Table.DEFAULT_ENTRIES);
  }

  // The derivation asked for last and its views: a rule asks for one view of every sentence or block in
  // turn, and the derivations of an article, a score or more, are otherwise looked through each time.
  private @Nullable Derivation<?, ?> lastDerivation;
  private @Nullable Table lastTable;

  /** The views of {@code derivation}, made empty on first use. */
  Table of(Derivation<?, ?> derivation) {
    Table last = lastTable;
    if (derivation == lastDerivation && last != null) {
      return last;
    }
    Table t = find(derivation);
    lastDerivation = derivation;
    lastTable = t;
    return t;
  }

  private Table find(Derivation<?, ?> derivation) {
    for (int i = 0; i < count; i++) {
      if (derivations[i] == derivation) {
        return tables[i];
      }
    }
    if (count == derivations.length) {
      derivations = Arrays.copyOf(derivations, count * 2);
      tables = Arrays.copyOf(tables, count * 2);
    }
    Table t = new Table(sentenceCapacity, blockCapacity);
    derivations[count] = derivation;
    tables[count] = t;
    count++;
    return t;
  }

  /** One derivation's views by input: open addressing, linear probing, identity keys. */
  static final class Table {
    // Entries a table is made for when its inputs are neither sentences nor blocks.
    static final int DEFAULT_ENTRIES = 16;
    private static final @Nullable Object[] NONE = new Object[1];

    private final int sentenceCapacity;
    private final int blockCapacity;
    // Made by the first put, sized by its input's kind; until then one empty slot, so that get finds
    // nothing without a test of its own.
    private @Nullable Object[] keys = NONE;
    private @Nullable Object[] values = NONE;
    private int size;

    Table() {
      this(capacityFor(DEFAULT_ENTRIES), capacityFor(DEFAULT_ENTRIES));
    }

    Table(int sentenceCapacity, int blockCapacity) {
      this.sentenceCapacity = sentenceCapacity;
      this.blockCapacity = blockCapacity;
    }

    /** The table size that holds {@code entries} at most half full: a power of two, at least 8. */
    static int capacityFor(int entries) {
      return Math.max(8, Integer.highestOneBit(Math.max(1, 2 * entries + 1)) << 1);
    }

    /** The view of {@code input}, or null if none is stored. */
    @Nullable Object get(Object input) {
      @Nullable Object[] k = keys;
      int mask = k.length - 1;
      for (int i = slot(input, mask); ; i = (i + 1) & mask) {
        Object key = k[i];
        if (key == input) {
          return values[i];
        }
        if (key == null) {
          return null;
        }
      }
    }

    /** Stores {@code value} as the view of {@code input}, which has none yet. */
    void put(Object input, Object value) {
      Objects.requireNonNull(input, "input");
      if (keys == NONE) {
        int capacity = input instanceof Sentence ? sentenceCapacity
            : input instanceof Block ? blockCapacity
            : capacityFor(DEFAULT_ENTRIES);
        keys = new Object[capacity];
        values = new Object[capacity];
      }
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      insert(keys, values, input, value);
      size++;
    }

    int size() {
      return size;
    }

    /** The slots the table has now (one before its first view): for tests. */
    int capacity() {
      return keys.length;
    }

    private void grow() {
      @Nullable Object[] oldKeys = keys;
      @Nullable Object[] oldValues = values;
      @Nullable Object[] newKeys = new Object[oldKeys.length * 2];
      @Nullable Object[] newValues = new Object[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        Object key = oldKeys[i];
        if (key != null) {
          insert(newKeys, newValues, key, Objects.requireNonNull(oldValues[i]));
        }
      }
      keys = newKeys;
      values = newValues;
    }

    private static void insert(@Nullable Object[] keys, @Nullable Object[] values, Object input, Object value) {
      int mask = keys.length - 1;
      int i = slot(input, mask);
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = input;
      values[i] = value;
    }

    private static int slot(Object input, int mask) {
      int x = hash(input) * 0x9E3779B9;
      return (x ^ (x >>> 16)) & mask;
    }
  }

  /**
   * A hash that stays the same for the life of {@code input}: a sentence's or block's start in the
   * source and its index (final fields: two parts of one article rarely share both), anything else's
   * identity hash.
   */
  static int hash(Object input) {
    if (input instanceof Sentence s) {
      return s.span().start() * 31 + s.index();
    }
    if (input instanceof Block b) {
      return b.span().start() * 31 + b.index();
    }
    // Anything else (a text folded through the context, say) by identity: a hash of a text's content
    // would give every copy of one line (a separator, a repeated table row) the same slot, and a page
    // of thousands of them a quadratic walk of the table.
    return System.identityHashCode(input);
  }
}
