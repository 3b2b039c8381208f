package dev.copydesk.core.segment;

import dev.copydesk.core.model.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.en.EnglishTagger;
import org.jspecify.annotations.Nullable;

/**
 * Part-of-speech tags from LanguageTool's English tagger, a dictionary look-up that gives every
 * reading a word can have (no disambiguation by context).
 *
 * <p>The tagger loads on the first call to {@link #tag}, not before (about 0.15 to 0.35 s and some
 * megabytes of dictionary), through the holder idiom: the JVM initialises {@link Holder} once, on
 * first use, with its own locking. So runs whose rules never ask for tags never load it.
 *
 * <p>The tags of a token depend on its text and type alone, so the tags of the last tens of thousands
 * of distinct tokens are kept and most words of a text are never looked up again.
 *
 * <p>Thread-safe. One LanguageTool tagger is shared by all threads: {@code EnglishTagger.tag} keeps
 * no state between calls (its look-up objects are made per word), the dictionary it reads is
 * immutable once loaded, and its one shared mutable step, the lazy dictionary getter of {@code
 * MorfologikTagger}, is synchronized. {@code PosTaggersTest} checks that tags from many threads at
 * once equal the tags from one.
 */
final class LanguageToolEnglishTagger implements PosTagger {

  static final LanguageToolEnglishTagger INSTANCE = new LanguageToolEnglishTagger();

  /**
   * The Penn Treebank tags. LanguageTool adds refinements after a colon or underscore ("NN:UN",
   * "PRP$_A1S"), reduced here to their Penn tag, and tags of its own ("PCT", "SENT_START",
   * "SENT_END", "PARA_END", "ORD", "RB_SENT"), which are dropped.
   */
  private static final Set<String> PENN =
      Set.of(
          "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP",
          "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB",
          "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "``", "''", ",", ".", ":",
          "$", "#", "-LRB-", "-RRB-");

  /** LanguageTool's own tags, some of which look like refined Penn tags ("RB_SENT"). */
  private static final Set<String> LANGUAGE_TOOL_ONLY =
      Set.of("SENT_START", "SENT_END", "PARA_END", "RB_SENT", "PCT", "ORD");

  /** Verbs whose negation LanguageTool splits into a stem it does not know ("ca" + "n't"). */
  private static final Map<String, String> NEGATED_STEMS = Map.of("ca", "can", "wo", "will", "sha", "shall");

  /** Clitics that LanguageTool splits off a word ("Blair" + "'s", "they" + "'re"); longest first. */
  private static final List<String> CLITICS = List.of("'re", "'ll", "'ve", "'m", "'d", "'s");

  private static volatile boolean loaded;
  private static final java.util.concurrent.atomic.AtomicBoolean PREPARING = new java.util.concurrent.atomic.AtomicBoolean();
  // Why loading in the background failed, for the message of the first call that needs the tagger (the
  // JVM then reports only that the class could not be initialised).
  private static volatile @Nullable Throwable backgroundFailure;

  /**
   * All that touches LanguageTool. The JVM initialises this class once, on first use, with its own
   * locking (the holder idiom); until then no LanguageTool class is even loaded, since no code
   * outside it names one.
   */
  private static final class Holder {
    static final EnglishTagger TAGGER = EnglishTagger.INSTANCE;

    static {
      loaded = true;
    }

    /** Nothing: calling it initialises this class, which loads the tagger. */
    static void load() {}

    /** The Penn tags of each word, in reading order, without repeats. */
    static List<List<String>> tag(List<String> words) {
      List<AnalyzedTokenReadings> readings = TAGGER.tag(words);
      List<List<String>> out = new ArrayList<>(readings.size());
      for (AnalyzedTokenReadings r : readings) {
        Set<String> tags = new LinkedHashSet<>();
        for (AnalyzedToken t : r.getReadings()) {
          String tag = pennTag(t.getPOSTag());
          if (tag != null) {
            tags.add(tag);
          }
        }
        out.add(List.copyOf(tags));
      }
      return out;
    }
  }

  /** A tagger with a cache of its own; others use {@link #INSTANCE}. */
  LanguageToolEnglishTagger() {}

  /** Whether LanguageTool's tagger has been loaded in this class loader; for tests. */
  static boolean isLoaded() {
    return loaded;
  }

  /**
   * Starts loading LanguageTool's tagger on a daemon thread, once, unless it is loaded: a run that will
   * ask for tags gets the load done beside its other start-up work (0.15 to 0.35 s). A call that needs
   * the tagger while it loads waits for it (the JVM's class initialisation lock).
   */
  @Override
  public void prepare() {
    if (loaded || !PREPARING.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        Holder.load();
      } catch (LinkageError e) {
        backgroundFailure = e;
      }
    }, "copydesk-pos-tagger-load");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The tags of each token. A word LanguageTool does not know as a whole gets the tags of the part
   * LanguageTool's own tokenizer would split off first ("Blair's" those of "Blair", "don't" those
   * of "do", "can't" those of "can"), and a hyphenated word those of its last part ("search-engine"
   * those of "engine"); a number that is not in the dictionary is {@code CD}.
   *
   * @throws IllegalStateException if LanguageTool's tagger cannot be loaded
   */
  @Override
  public List<List<String>> tag(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    // A token's tags depend on its text and type alone (LanguageTool's English tagger looks every word
    // up on its own): known tokens come from the cache, and each other text and type is tagged once,
    // with the others, however often it stands in the sentence (a sentence of a million words may be
    // one word repeated).
    List<List<String>> out = new ArrayList<>(tokens.size());
    List<Token> unknown = null;
    Map<Token.Type, Map<String, Integer>> unknownIndex = null;
    int[] unknownAt = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      List<String> cached = cacheOf(t.type()).get(t.text());
      out.add(cached);
      if (cached == null) {
        if (unknown == null) {
          unknown = new ArrayList<>();
          unknownIndex = new EnumMap<>(Token.Type.class);
          unknownAt = new int[tokens.size()];
        }
        Map<String, Integer> ofType = unknownIndex.computeIfAbsent(t.type(), type -> new HashMap<>());
        Integer k = ofType.get(t.text());
        if (k == null) {
          k = unknown.size();
          ofType.put(t.text(), k);
          unknown.add(t);
        }
        unknownAt[i] = k;
      }
    }
    if (unknown != null) {
      List<List<String>> tagged = tagUncached(unknown);
      for (int k = 0; k < unknown.size(); k++) {
        remember(unknown.get(k), tagged.get(k));
      }
      for (int i = 0; i < tokens.size(); i++) {
        if (out.get(i) == null) {
          out.set(i, tagged.get(unknownAt[i]));
        }
      }
    }
    return List.copyOf(out);
  }

  // Tokens tagged so far, by text: words, numbers and the other tokens apart, since the type decides
  // the fallbacks. Each is cleared when full.
  private final Map<String, List<String>> wordTags = new ConcurrentHashMap<>();
  private final Map<String, List<String>> numberTags = new ConcurrentHashMap<>();
  private final Map<String, List<String>> otherTags = new ConcurrentHashMap<>();

  /** At most this many tokens of each kind are remembered (some megabytes): an archive has no end. */
  private static final int CACHE_LIMIT = 50_000;

  private Map<String, List<String>> cacheOf(Token.Type type) {
    return type == Token.Type.WORD ? wordTags : type == Token.Type.NUMBER ? numberTags : otherTags;
  }

  private void remember(Token t, List<String> tags) {
    Map<String, List<String>> c = cacheOf(t.type());
    if (c.size() >= CACHE_LIMIT) {
      c.clear();
    }
    c.put(t.text(), tags);
  }

  /** The tags of {@code tokens}, from LanguageTool. */
  private static List<List<String>> tagUncached(List<Token> tokens) {
    List<String> words = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      words.add(t.text());
    }
    List<List<String>> tags = lookUp(words);
    List<Integer> retry = new ArrayList<>();
    List<String> fallbacks = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tags.get(i).isEmpty()) {
        String fallback = fallbackWord(tokens.get(i));
        if (fallback != null) {
          retry.add(i);
          fallbacks.add(fallback);
        }
      }
    }
    if (!retry.isEmpty()) {
      List<List<String>> second = lookUp(fallbacks);
      for (int r = 0; r < retry.size(); r++) {
        tags.set(retry.get(r), second.get(r));
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (tags.get(i).isEmpty() && tokens.get(i).type() == Token.Type.NUMBER) {
        tags.set(i, List.of("CD"));
      }
    }
    return tags;
  }

  private static List<List<String>> lookUp(List<String> words) {
    try {
      return new ArrayList<>(Holder.tag(words));
    } catch (LinkageError e) {
      // ExceptionInInitializerError the first time, NoClassDefFoundError after: missing jars or data.
      // The first one may have been thrown in the background (prepare), and carries the reason.
      Throwable first = backgroundFailure != null ? backgroundFailure : e;
      throw new IllegalStateException("LanguageTool's English tagger could not be loaded: " + first, first);
    }
  }

  /** The word to look up instead of a token LanguageTool does not know as a whole, or null. */
  static @Nullable String fallbackWord(Token token) {
    if (token.type() != Token.Type.WORD) {
      return null;
    }
    String word = token.text().replace('\u2019', '\'');
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("n't") && word.length() > 3) {
      String stem = word.substring(0, word.length() - 3);
      String known = NEGATED_STEMS.get(stem.toLowerCase(Locale.ROOT));
      return known != null ? known : stem;
    }
    for (String clitic : CLITICS) {
      if (lower.endsWith(clitic) && word.length() > clitic.length()) {
        return word.substring(0, word.length() - clitic.length());
      }
    }
    int hyphen = Math.max(word.lastIndexOf('-'), Math.max(word.lastIndexOf('\u2010'), word.lastIndexOf('\u2011')));
    if (hyphen > 0 && hyphen < word.length() - 1) {
      return word.substring(hyphen + 1);
    }
    return null;
  }

  static @Nullable String pennTag(@Nullable String languageToolTag) {
    if (languageToolTag == null || LANGUAGE_TOOL_ONLY.contains(languageToolTag)) {
      return null;
    }
    String tag = languageToolTag;
    int cut = tag.indexOf(':');
    if (cut < 0) {
      cut = tag.indexOf('_');
    }
    if (cut > 0) {
      tag = tag.substring(0, cut);
    }
    return PENN.contains(tag) ? tag : null;
  }
}
