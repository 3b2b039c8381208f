package dev.copydesk.rules.grammar;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.model.TextMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;

/**
 * An article's source as LanguageTool reads it: one or more {@link AnnotatedText}s that each cover the
 * source from offset 0, so that every position LanguageTool reports is an offset into the source.
 *
 * <p>Each prose block's text is laid over the source through its {@link TextMap}: characters copied one
 * for one are text; a character that stands for other source characters (an entity such as {@code
 * &amp;amp;}, a line break folded to a space, an escape) is markup interpreted as that character; source
 * characters that no text comes from (emphasis marks, tags, link destinations) are markup with no
 * content, so "a *great* idea" reads as "a great idea" and a finding on "great" starts after the mark.
 * What lies between two blocks (markup, code blocks, HTML page furniture) reads as a paragraph break;
 * what lies before the first block (front matter, an HTML head) reads as nothing.
 *
 * <p>Nothing in inline code, URLs, e-mail addresses, bare domain names and social handles is reported:
 * they stay in the text, so the sentence around them reads naturally, and {@link #locate} drops matches
 * that touch them.
 *
 * <p>Long articles are split at block boundaries into chunks of about {@value #MAX_CHUNK_TEXT}
 * characters, since LanguageTool's position look-up scans all of a text's markup for each sentence.
 *
 * <p>Immutable once built; confined to the thread checking the article.
 */
final class AnnotatedSource {

  static final int MAX_CHUNK_TEXT = 20_000;

  /**
   * Longest sentence, in tokens, handed to LanguageTool: its English chunker takes time quadratic in the
   * length of one sentence (a 20,000-token "sentence" of brackets takes minutes; 500 tokens, some tens
   * of milliseconds). No sentence of prose comes near; a block with a longer one is left unchecked and
   * its sentence listed in {@link #unchecked()}.
   */
  static final int MAX_SENTENCE_TOKENS = 500;

  /** A paragraph break, as LanguageTool's sentence splitter reads one. */
  private static final String BLOCK_BREAK = "\n\n";

  // Linear: every match starts at a '<' and [^<>]* stops at the next '<' or '>'.
  private static final Pattern CODE_TAG =
      Pattern.compile("<(/?)(code|kbd|samp|tt|var)\\b[^<>]*>", Pattern.CASE_INSENSITIVE);

  private static final Set<String> TOP_LEVEL_DOMAINS =
      // Top-level domains that are not also English words or common abbreviations, so that a missing
      // space after a full stop ("the council.The mayor") is still a grammar finding.
      Set.of(
          "com", "org", "net", "gov", "edu", "mil", "info", "biz", "io", "uk", "eu", "de", "fr", "ie", "au",
          "nz", "ca", "za", "tv", "fm", "ly", "dev", "app");

  private final String source;
  private final List<AnnotatedText> chunks;
  /** Source characters under some block's text. */
  private final BitSet prose;
  /** Source characters copied one for one into a block's text. */
  private final BitSet plain;
  /** Source characters in inline code, URLs and the like: never reported. */
  private final BitSet excluded;
  /** Replacement pieces by source start: what LanguageTool read for them. */
  private final Map<Integer, Piece> replacements;
  /** Sentences too long to hand to LanguageTool; their blocks were left out. */
  private final List<Sentence> unchecked;

  private AnnotatedSource(
      String source, List<AnnotatedText> chunks, BitSet prose, BitSet plain, BitSet excluded, Map<Integer, Piece> replacements,
      List<Sentence> unchecked) {
    this.unchecked = unchecked;
    this.source = source;
    this.chunks = chunks;
    this.prose = prose;
    this.plain = plain;
    this.excluded = excluded;
    this.replacements = replacements;
  }

  /** Lays the article's prose blocks over its source. */
  static AnnotatedSource of(Article article) {
    return of(article, MAX_CHUNK_TEXT);
  }

  static AnnotatedSource of(Article article, int maxChunkText) {
    String source = article.source();
    BitSet prose = new BitSet(source.length());
    BitSet plain = new BitSet(source.length());
    BitSet excluded = new BitSet(source.length());
    Map<Integer, Piece> replacements = new TreeMap<>();
    List<Sentence> unchecked = new ArrayList<>();
    List<AnnotatedText> chunks = new ArrayList<>();
    AnnotatedTextBuilder chunk = null;
    int chunkText = 0;
    int cursor = 0; // source offset up to which the current chunk (or the last block) reaches
    // The article the page holds, in a page linted whole: its menus and comments are no one's writing
    // to correct.
    for (Block block : article.mainContentProseBlocks()) {
      Sentence tooLong = null;
      for (Sentence s : block.sentences()) {
        if (s.tokens().size() > MAX_SENTENCE_TOKENS) {
          tooLong = s;
          break;
        }
      }
      if (tooLong != null) {
        // Read as what lies between blocks, a paragraph break: the rest of the article is still checked.
        unchecked.add(tooLong);
        continue;
      }
      List<Piece> pieces = pieces(block, source);
      if (pieces.isEmpty() || pieces.get(0).sourceStart < cursor) {
        // No text, or a block that does not follow the previous one in the source: it cannot be laid
        // over the source without breaking positions, so it is left unchecked.
        continue;
      }
      if (chunk != null && chunkText >= maxChunkText) {
        chunks.add(chunk.build());
        chunk = null;
      }
      int blockStart = pieces.get(0).sourceStart;
      if (chunk == null) {
        chunk = new AnnotatedTextBuilder();
        if (blockStart > 0) {
          chunk.addMarkup(source.substring(0, blockStart));
        }
        chunkText = 0;
      } else {
        chunk.addMarkup(source.substring(cursor, blockStart), BLOCK_BREAK);
      }
      int at = blockStart;
      for (Piece p : pieces) {
        if (p.sourceStart > at) {
          chunk.addMarkup(source.substring(at, p.sourceStart));
        }
        if (p.verbatim) {
          chunk.addText(p.text);
          plain.set(p.sourceStart, p.sourceEnd);
        } else {
          chunk.addMarkup(source.substring(p.sourceStart, p.sourceEnd), p.text);
          replacements.put(p.sourceStart, p);
        }
        prose.set(p.sourceStart, p.sourceEnd);
        chunkText += p.text.length();
        at = p.sourceEnd;
      }
      cursor = at;
      excludeCode(article.format(), block, pieces, source, excluded);
      excludeAddresses(block, excluded);
    }
    if (chunk != null) {
      chunks.add(chunk.build());
    }
    return new AnnotatedSource(source, List.copyOf(chunks), prose, plain, excluded, replacements, List.copyOf(unchecked));
  }

  /** Sentences longer than {@value #MAX_SENTENCE_TOKENS} tokens, whose blocks LanguageTool was not given. */
  List<Sentence> unchecked() {
    return unchecked;
  }

  /** The texts to check, each covering the source from offset 0; empty when there is no prose. */
  List<AnnotatedText> chunks() {
    return chunks;
  }

  /**
   * The span to report for a LanguageTool match at source offsets {@code [from, to)}: trimmed to the
   * prose characters it covers, so it never starts or ends on markup. Null when it covers no prose or
   * touches inline code, a URL or an address.
   */
  @Nullable Span locate(int from, int to) {
    if (from < 0 || to > source.length() || from >= to) {
      return null;
    }
    int start = prose.nextSetBit(from);
    if (start < 0 || start >= to) {
      return null;
    }
    int end = prose.previousSetBit(to - 1) + 1;
    int ex = excluded.nextSetBit(start);
    if (ex >= 0 && ex < end) {
      return null;
    }
    return new Span(start, end);
  }

  /**
   * Whether {@code span} is plain text in the source, every character copied one for one: only then
   * can a replacement be applied to the source without deleting markup or half an entity.
   */
  boolean isPlain(Span span) {
    return plain.nextClearBit(span.start()) >= span.end();
  }

  /** The text LanguageTool read for {@code span}: entities decoded, markup left out. */
  String textOf(Span span) {
    StringBuilder sb = new StringBuilder(span.length());
    int i = span.start();
    while (i < span.end()) {
      if (plain.get(i)) {
        sb.append(source.charAt(i));
        i++;
        continue;
      }
      Piece r = replacements.get(i);
      if (r != null) {
        sb.append(r.text);
        i = Math.max(i + 1, r.sourceEnd);
      } else {
        i++;
      }
    }
    return sb.toString();
  }

  /** A run of a block's text and the source characters it comes from. */
  record Piece(int sourceStart, int sourceEnd, String text, boolean verbatim) {}

  /**
   * The block's text as runs in source order: verbatim runs (text equal to the source, one for one) and
   * replacement pieces. Empty when the map does not run forward through the source.
   */
  static List<Piece> pieces(Block block, String source) {
    String text = block.text();
    TextMap map = block.textMap();
    int n = text.length();
    List<Piece> out = new ArrayList<>();
    int last = 0;
    int i = 0;
    while (i < n) {
      int s = map.startOf(i);
      int e = map.endOf(i);
      if (s < last || e < s || e > source.length()) {
        return List.of();
      }
      int j = i + 1;
      if (e == s + 1 && text.charAt(i) == source.charAt(s)) {
        while (j < n) {
          int s2 = map.startOf(j);
          if (s2 != e || map.endOf(j) != s2 + 1 || text.charAt(j) != source.charAt(s2)) {
            break;
          }
          e = s2 + 1;
          j++;
        }
        out.add(new Piece(s, e, text.substring(i, j), true));
      } else {
        while (j < n && map.startOf(j) == s && map.endOf(j) == e) {
          j++;
        }
        out.add(new Piece(s, e, text.substring(i, j), false));
      }
      last = e;
      i = j;
    }
    return out;
  }

  /**
   * Marks inline code: text between backtick runs of equal length in the markup (Markdown) and inside
   * {@code <code>}, {@code <kbd>}, {@code <samp>}, {@code <tt>} or {@code <var>} (HTML, and HTML inside
   * Markdown). The markup between a block's pieces is all the parser left out, so a backtick there is a
   * code delimiter, never a literal one (an escaped backtick is a replacement piece, not markup).
   */
  private static void excludeCode(Format format, Block block, List<Piece> pieces, String source, BitSet excluded) {
    int blockEnd = Math.max(block.span().end(), pieces.get(pieces.size() - 1).sourceEnd);
    int openTicks = 0;
    int tickOpenAt = -1;
    int tagDepth = 0;
    int tagOpenAt = -1;
    for (int k = 0; k <= pieces.size(); k++) {
      int gapStart = k == 0 ? Math.min(block.span().start(), pieces.get(0).sourceStart) : pieces.get(k - 1).sourceEnd;
      int gapEnd = k == pieces.size() ? blockEnd : pieces.get(k).sourceStart;
      if (gapEnd <= gapStart) {
        continue;
      }
      String gap = source.substring(gapStart, gapEnd);
      if (format == Format.MARKDOWN) {
        // A code span's content is literal, so the gap right after an opening run must close it; if it
        // does not, the run was something else and nothing is marked.
        int from = 0;
        if (openTicks > 0) {
          int lead = gap.startsWith(" ") ? 1 : 0;
          int run = ticks(gap, lead);
          if (run == openTicks) {
            excluded.set(tickOpenAt, gapStart);
            from = lead + run;
          }
          openTicks = 0;
        }
        int end = gap.endsWith(" ") ? gap.length() - 1 : gap.length();
        int run = 0;
        while (end - run - 1 >= from && gap.charAt(end - run - 1) == '`') {
          run++;
        }
        if (run > 0 && k < pieces.size()) {
          openTicks = run;
          tickOpenAt = gapEnd;
        }
      }
      if (format != Format.TEXT) {
        Matcher m = CODE_TAG.matcher(gap);
        while (m.find()) {
          if (m.group(1).isEmpty()) {
            if (tagDepth++ == 0) {
              tagOpenAt = gapStart + m.end();
            }
          } else if (tagDepth > 0 && --tagDepth == 0) {
            excluded.set(tagOpenAt, gapStart + m.start());
          }
        }
      }
    }
    if (tagDepth > 0) {
      excluded.set(tagOpenAt, blockEnd);
    }
  }

  private static int ticks(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) == '`') {
      i++;
    }
    return i - from;
  }

  /**
   * Marks URLs, e-mail addresses, bare domain names ("bbc.co.uk/news") and social handles or hashtags
   * in the block's text. Works token by token (whitespace-separated), so it stays linear on any input.
   */
  private static void excludeAddresses(Block block, BitSet excluded) {
    String text = block.text();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int end = i;
      while (start < end && "(<[{\"'\u201C\u2018".indexOf(text.charAt(start)) >= 0) {
        start++;
      }
      while (end > start && ".,;:!?)>]}\"'\u201D\u2019".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      if (end > start && isAddress(text.substring(start, end))) {
        Span s = block.toSource(start, end);
        excluded.set(s.start(), s.end());
      }
    }
  }

  static boolean isAddress(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    if (lower.contains("://") || lower.startsWith("www.") || lower.startsWith("mailto:")) {
      return true;
    }
    if (token.length() > 1 && (token.charAt(0) == '@' || token.charAt(0) == '#') && Character.isLetterOrDigit(token.charAt(1))) {
      return true;
    }
    int at = token.indexOf('@');
    if (at > 0 && token.indexOf('@', at + 1) < 0) {
      int dot = token.indexOf('.', at);
      return dot > at + 1 && dot < token.length() - 1;
    }
    int slash = lower.indexOf('/');
    String host = slash < 0 ? lower : lower.substring(0, slash);
    int lastDot = host.lastIndexOf('.');
    if (lastDot <= 0 || lastDot == host.length() - 1) {
      return false;
    }
    for (int k = 0; k < host.length(); k++) {
      char c = host.charAt(k);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
        return false;
      }
      if (c == '.' && (k == 0 || host.charAt(k - 1) == '.')) {
        return false;
      }
    }
    String tld = host.substring(lastDot + 1);
    // One-letter labels ("U.S", "e.g") are abbreviations, not hosts.
    return TOP_LEVEL_DOMAINS.contains(tld) && lastDot >= 2;
  }
}
