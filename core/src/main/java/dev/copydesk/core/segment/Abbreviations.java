package dev.copydesk.core.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The abbreviation data of a {@link SentenceSegmenter}: for each word, when a period right after it
 * keeps the sentence going. Read once from a resource file whose format that file describes.
 *
 * <p>Immutable and thread-safe.
 */
final class Abbreviations {

  /** When the period after a word does not end the sentence. */
  enum Continues {
    /** Never ends the sentence ("Mr.", "e.g."). */
    ALWAYS("continues"),
    /** Goes on unless a sentence starter follows ("Sept. 11" but "in Sept. The"). */
    UNLESS_STARTER("continues-unless-starter"),
    /** Goes on unless the next word starts with a capital letter ("approx. 5", "etc. and"). */
    UNLESS_CAPITAL("continues-unless-capital"),
    /** Goes on only before a lower-case letter ("Ltd. said"). */
    BEFORE_LOWERCASE("continues-before-lowercase"),
    /** Goes on before a number ("No. 10"). */
    BEFORE_NUMBER("continues-before-number"),
    /** Goes on before a number or a Roman numeral ("Fig. 3", "Vol. II"). */
    BEFORE_NUMERAL("continues-before-numeral");

    final String section;

    Continues(String section) {
      this.section = section;
    }
  }

  /** The section of one- and two-letter words that end sentences like any word. */
  static final String ENDS_SECTION = "ends";

  /** The section of words that start sentences and never names. */
  static final String STARTERS_SECTION = "starters";

  /** Longest word (in UTF-16 units) that any table holds; longer words need no look-up. */
  final int maxLength;

  private final Map<String, Set<Continues>> words;
  private final Set<String> ends;
  private final Set<String> starters;
  /** Second words of the two-word entries ("al" of "et al"), to skip the pair look-up for other words. */
  private final Set<String> pairSeconds;

  private Abbreviations(
      Map<String, Set<Continues>> words,
      Set<String> ends,
      Set<String> starters,
      Set<String> pairSeconds,
      int maxLength) {
    this.words = words;
    this.ends = ends;
    this.starters = starters;
    this.pairSeconds = pairSeconds;
    this.maxLength = maxLength;
  }

  /**
   * Reads a table from a class-path resource next to this class.
   *
   * @throws IllegalStateException if the resource is missing or malformed; the resources ship with the
   *     library, so this is a packaging bug, reported with the file and line
   */
  static Abbreviations load(String resource) {
    try (InputStream in = Abbreviations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("abbreviation resource not found: " + resource);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read abbreviation resource " + resource, e);
    }
  }

  static Abbreviations parse(BufferedReader reader, String name) throws IOException {
    Map<String, Set<Continues>> words = new HashMap<>();
    Set<String> ends = new HashSet<>();
    Set<String> starters = new HashSet<>();
    Set<String> pairSeconds = new HashSet<>();
    Map<String, Set<String>> seenPerSection = new HashMap<>();
    @Nullable String section = null;
    int maxLength = 0;
    int lineNo = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      if (entry.startsWith("[") && entry.endsWith("]")) {
        section = entry.substring(1, entry.length() - 1);
        if (!section.equals(ENDS_SECTION) && !section.equals(STARTERS_SECTION) && continuesOf(section) == null) {
          throw malformed(name, lineNo, "unknown section [" + section + "]");
        }
        continue;
      }
      if (section == null) {
        throw malformed(name, lineNo, "word '" + entry + "' before any [section]");
      }
      if (entry.endsWith(".")) {
        throw malformed(name, lineNo, "word '" + entry + "' must not end with a period");
      }
      // Two spaces or more: the first and the last are apart. (Not a stream per entry: this runs at every
      // start, interpreted.)
      if (entry.indexOf(' ') != entry.lastIndexOf(' ') || entry.indexOf('\t') >= 0) {
        throw malformed(name, lineNo, "entry '" + entry + "' must be one word or two separated by one space");
      }
      if (!seenPerSection.computeIfAbsent(section, s -> new HashSet<>()).add(entry)) {
        throw malformed(name, lineNo, "duplicate word '" + entry + "' in [" + section + "]");
      }
      int space = entry.indexOf(' ');
      if (section.equals(STARTERS_SECTION)) {
        if (space >= 0) {
          throw malformed(name, lineNo, "starter '" + entry + "' must be one word");
        }
        starters.add(entry);
        continue;
      }
      if (space >= 0) {
        pairSeconds.add(entry.substring(space + 1));
      }
      maxLength = Math.max(maxLength, entry.length());
      Continues kind = continuesOf(section);
      if (kind == null) {
        ends.add(entry);
      } else {
        words.computeIfAbsent(entry, w -> EnumSet.noneOf(Continues.class)).add(kind);
      }
    }
    Map<String, Set<Continues>> frozen = new HashMap<>();
    words.forEach((w, kinds) -> frozen.put(w, Set.copyOf(kinds)));
    return new Abbreviations(
        Map.copyOf(frozen), Set.copyOf(ends), Set.copyOf(starters), Set.copyOf(pairSeconds), maxLength);
  }

  private static @Nullable Continues continuesOf(String section) {
    for (Continues c : Continues.values()) {
      if (c.section.equals(section)) {
        return c;
      }
    }
    return null;
  }

  private static IllegalStateException malformed(String name, int line, String what) {
    return new IllegalStateException(name + ":" + line + ": " + what);
  }

  /** When a period after {@code word} keeps the sentence going; empty for an ordinary word. */
  Set<Continues> lookup(String word) {
    Set<Continues> kinds = words.get(word);
    return kinds == null ? Set.of() : kinds;
  }

  /** Whether {@code previous word} is a two-word entry, such as "et al". */
  Set<Continues> lookupPair(String previous, String word) {
    if (!pairSeconds.contains(word)) {
      return Set.of();
    }
    return lookup(previous + " " + word);
  }

  /** Whether {@code word} starts sentences and never names. */
  boolean startsSentence(String word) {
    return starters.contains(word);
  }

  /** Whether {@code word} may end a sentence even though it is only one or two letters long. */
  boolean endsSentence(String word) {
    return ends.contains(word);
  }
}
