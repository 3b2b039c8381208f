package dev.copydesk.rules.internal;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Link;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Span;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Signs that a sentence is sourced: a named speaker with a verb of saying ("Smith said", "said the
 * Treasury"), "according to" followed by a name, a quotation, or a link.
 *
 * <p>Stateless and thread-safe: the word lists are read once, when the class loads.
 */
public final class Attribution {

  private static final WordSet SPEECH_VERBS = WordSet.of(Lexicon.words("attribution-verbs.txt"));

  /** How far (in words) a name may stand from its verb of saying: "Jane Smith, an economist at ING, said". */
  static final int SPEAKER_WINDOW = 10;
  /** Verbs whose object is the listener, not the speaker: "a source told Reuters". */
  private static final Set<String> RECIPIENT_VERBS = Set.of("told", "tells", "tell", "asked");
  /** Words that may stand between a speaker and the verb: "Smith has also said". */
  private static final Set<String> AUXILIARIES =
      Set.of("has", "have", "had", "also", "later", "previously", "was", "is", "will", "would", "once", "then", "recently", "again");
  /** Prepositions before a name that make it a place or time, not a speaker: "In London, analysts said". */
  private static final Set<String> PREPOSITIONS =
      Set.of("in", "at", "on", "from", "for", "by", "after", "before", "during", "with", "to", "into", "across", "since", "until");
  /** Words after a name that close the speaker's phrase: "said Jane Smith of ING", "said Smith on Monday". */
  private static final Set<String> CLAUSE_ENDERS = Set.of("of", "at", "from", "in", "on", "for", "with", "who", "and");

  private Attribution() {}

  public static boolean isSpeechVerb(String lower) {
    return SPEECH_VERBS.contains(lower);
  }

  /**
   * Whether a verb of saying in {@code w}, other than the word at {@code ignoreVerb}, has a named
   * speaker: a name right before it ("Smith said", "the Treasury has said"), a name followed by an
   * appositive before it ("Jane Smith, an economist at ING, said"), or a name after it that ends the
   * clause ("said Richard Parsons.", "said chief executive Richard Parsons of Time Warner"). A name that
   * opens the reported clause ("analysts said Wal-Mart faced") does not count.
   */
  public static boolean hasNamedSpeaker(Words w, int ignoreVerb) {
    for (int v = 0; v < w.size(); v++) {
      if (v == ignoreVerb || !SPEECH_VERBS.contains(w, v)) {
        continue;
      }
      if (speakerBefore(w, v) || (!RECIPIENT_VERBS.contains(w.lower(v)) && speakerAfter(w, v))) {
        return true;
      }
    }
    return false;
  }

  private static boolean speakerBefore(Words w, int v) {
    int j = v - 1;
    while (j >= 0 && AUXILIARIES.contains(w.lower(j)) && v - j <= 3) {
      j--;
    }
    if (j >= 0 && ProperNames.isName(w, j)) {
      return true;
    }
    // An appositive: "Jane Smith, an economist at ING, said".
    for (int k = v - 1; k >= Math.max(0, v - SPEAKER_WINDOW); k--) {
      if (ProperNames.isName(w, k) && punctuationAfter(w, k) == ',') {
        int r = k;
        while (r > 0 && ProperNames.isName(w, r - 1)) {
          r--;
        }
        if (r == 0 || !PREPOSITIONS.contains(w.lower(r - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean speakerAfter(Words w, int v) {
    int j = v + 1;
    while (j < w.size() && j - v <= 4 && !ProperNames.isName(w, j)) {
      j++;
    }
    if (j >= w.size() || !ProperNames.isName(w, j)) {
      return false;
    }
    int k = j;
    while (k + 1 < w.size() && w.isCapitalized(k + 1) && punctuationAfter(w, k) == 0) {
      k++;
    }
    if (k + 1 >= w.size() || punctuationAfter(w, k) != 0) {
      return true;
    }
    return CLAUSE_ENDERS.contains(w.lower(k + 1));
  }

  /** The punctuation mark right after word {@code i} (white space skipped), or 0 if a word follows. */
  public static char punctuationAfter(Words w, int i) {
    String text = w.sentence().text();
    int at = w.token(i).end() - w.sentence().textStart();
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    if (at >= text.length()) {
      return '.';
    }
    char c = text.charAt(at);
    return Character.isLetterOrDigit(c) ? 0 : c;
  }

  /**
   * What a named speaker is reported to say in a sentence: the words {@code [from, to)}, which hold the
   * verb of saying at {@code verb}.
   */
  public record Report(int verb, int from, int to) {
    /** Whether word {@code i} is in the report. */
    public boolean contains(int i) {
      return i >= from && i < to;
    }
  }

  /**
   * The first report in {@code w} of what a named speaker says, as {@link #hasNamedSpeaker(Words)}
   * finds speakers: with the speaker before the verb, the words from the verb on ("Jane Smith said the
   * plan may fail"); after it, the words up to the verb ("The plan may fail, said Jane Smith"); with
   * "according to" a name, the whole sentence. Or null.
   */
  public static @Nullable Report namedReport(Words w) {
    for (int v = 0; v < w.size(); v++) {
      if (!SPEECH_VERBS.contains(w, v)) {
        continue;
      }
      if (w.is(v, "according")) {
        if (v + 1 < w.size() && w.is(v + 1, "to") && ProperNames.anyName(w, v + 2, v + 2 + 6)) {
          return new Report(v, 0, w.size());
        }
        continue;
      }
      if (v > 0 && PASSIVE.contains(w.lower(v - 1))) {
        // "is said to be": hearsay, not a speaker's words.
        continue;
      }
      if (speakerBefore(w, v) && !loneOpeningWord(w, v)) {
        return new Report(v, v, reportEnd(w, v + 1));
      }
      if (!RECIPIENT_VERBS.contains(w.lower(v)) && v > 0 && CLAUSE_MARKS.indexOf(punctuationAfter(w, v - 1)) >= 0
          && speakerAfter(w, v)) {
        return new Report(v, 0, v + 1);
      }
    }
    return null;
  }

  private static final Set<String> PASSIVE = Set.of("is", "was", "are", "were", "be", "been", "being");
  /** Conjunctions that, after a comma or semicolon, open the writer's own clause: "…, although it seems unlikely". */
  private static final Set<String> CONCESSIVE = Set.of("although", "though", "whereas");

  /**
   * Where the words reported after a verb of saying end: at a semicolon, or at a comma before a
   * concessive conjunction ("Mr Letwin would say how, although a cut seems unlikely"); else the end.
   */
  private static int reportEnd(Words w, int from) {
    for (int k = from; k < w.size(); k++) {
      char mark = punctuationAfter(w, k - 1);
      if (mark == ';' || (mark == ',' && CONCESSIVE.contains(w.lower(k)))) {
        return k;
      }
    }
    return w.size();
  }

  /** Marks after which a verb of saying opens an inverted attribution: "…, said Jane Smith". */
  private static final String CLAUSE_MARKS = ",\u2013\u2014-\"'\u201D\u2019";

  /**
   * Whether the only name before verb {@code v} is the sentence's first word alone ("Speculation
   * suggests", "Press reports suggest"): capitalized by its place, it is as likely a noun as a name.
   */
  private static boolean loneOpeningWord(Words w, int v) {
    int j = v - 1;
    while (j >= 0 && AUXILIARIES.contains(w.lower(j)) && v - j <= 3) {
      j--;
    }
    if (j > 0 || (j == 0 && v > 1 && w.isCapitalized(1) && ProperNames.isName(w, 1))) {
      return false;
    }
    for (int k = 1; k < v; k++) {
      if (ProperNames.isName(w, k)) {
        return false;
      }
    }
    return true;
  }

  public static boolean hasNamedSpeaker(Words w) {
    return hasNamedSpeaker(w, -1);
  }

  /** Whether "according to" is followed, within a few words, by a name ("according to the BBC"). */
  public static boolean hasNamedAccordingTo(Words w) {
    for (int i = 0; i + 1 < w.size(); i++) {
      if (w.is(i, "according") && w.is(i + 1, "to")) {
        if (ProperNames.anyName(w, i + 2, i + 2 + 6)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a link of the article lies (partly) inside the sentence. */
  public static boolean hasLink(Article article, Block block, Sentence sentence) {
    Span s = sentence.span();
    List<Link> links = article.links();
    for (int i = 0; i < links.size(); i++) {
      Link l = links.get(i);
      if (l.span().overlaps(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence carries a source of its own: a quotation, a link, "according to" a name, or a
   * named speaker (a verb of saying at {@code ignoreVerb} does not count).
   */
  public static boolean isSourced(Article article, Block block, Quotations quotes, Sentence sentence, Words w, int ignoreVerb) {
    return isSourced(article, block, quotes, sentence, w, ignoreVerb, true);
  }

  /**
   * {@link #isSourced(Article, Block, Quotations, Sentence, Words, int)}, a quotation counting only if
   * {@code quotationCounts}: not when the words at {@code ignoreVerb} are what introduces it ("'Rates
   * will rise,' said analysts": the quotation is the unnamed group's).
   */
  public static boolean isSourced(
      Article article, Block block, Quotations quotes, Sentence sentence, Words w, int ignoreVerb, boolean quotationCounts) {
    return (quotationCounts && quotes.quotes(sentence))
        || hasLink(article, block, sentence)
        || hasNamedAccordingTo(w)
        || hasNamedSpeaker(w, ignoreVerb);
  }
}
