package dev.copydesk.rules;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Link;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.style.BlockMatch;
import dev.copydesk.core.style.StyleRule;
import dev.copydesk.rules.internal.BlockSegments;
import dev.copydesk.rules.internal.BlockSegments.Segment;
import dev.copydesk.rules.internal.LinkRuns;
import dev.copydesk.rules.internal.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Page chrome pasted into the article body: comment forms, share widgets, newsletter and paywall
 * prompts, related-content lists, cookie notices, advertisement markers, copyright footers. Judged by
 * the shape of a block (a short block that is chrome, a block that starts with a chrome phrase), never
 * by phrases inside ordinary sentences.
 *
 * <p>What is chrome is declared in {@code styles/page-chrome.yml}: the metadata, every phrase list by
 * kind, and the shapes no list can hold (share counts, paywall counters, copyright lines, newsletter
 * prompts), all as block-shaped existence groups. This class keeps what is about the article's layout
 * rather than its words: cutting blocks into the segments judged (in plain text and HTML, each line that
 * stands on its own and each cell of a " | " bar, which a block-level scope cannot express; in HTML, each
 * link of a block made of nothing but links), taking in the short, headline-like blocks under a
 * related-content heading as the items of its list, and, in HTML, judging a link that stands alone by the
 * labels of site-furniture links too ({@code styles/page-chrome-links.yml}: "Privacy Policy", "Sign
 * in"), words that are chrome only as such links.
 *
 * <p>Stateless and thread-safe.
 */
public final class PageChromeRule implements ArticleRule {

  private static final StyleRule RULE = PackStyles.rule("page-chrome");

  /** Labels of links that are site furniture when a link stands alone (HTML only). */
  private static final StyleRule LINKS = PackStyles.rule("page-chrome-links");

  /** The group of page-chrome.yml whose headings take in the list under them. */
  static final String RELATED = "related";

  /** A list item after a related heading has at most this many words. */
  static final int MAX_ITEM_WORDS = 16;

  @Override
  public RuleMetadata metadata() {
    return RULE.metadata();
  }

  @Override
  public void check(Article article, RuleContext context) {
    boolean splitLines = article.format() != Format.MARKDOWN;
    LinkCover links = article.format() == Format.HTML ? new LinkCover(article.links()) : null;
    List<Piece> pieces = new ArrayList<>();
    List<Block> blocks = article.blocks();
    for (int k = 0; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      if (!b.isProse()) {
        continue;
      }
      List<Segment> segments =
          BlockSegments.withBarCells(b, splitLines ? context.derive(Views.LINES, b) : BlockSegments.of(b, false));
      if (links == null) {
        for (int j = 0; j < segments.size(); j++) {
          Segment s = segments.get(j);
          pieces.add(new Piece(s, false));
        }
      } else {
        links.split(b, segments, pieces);
      }
    }
    int maxItems = Math.max(0, context.options().getInt("max-list-items"));
    for (int i = 0; i < pieces.size(); i++) {
      Segment seg = pieces.get(i).segment();
      Optional<BlockMatch> hit = RULE.matchBlock(seg.text(), context);
      boolean furniture = false;
      if (hit.isEmpty() && pieces.get(i).link()) {
        hit = LINKS.matchBlock(seg.text());
        furniture = hit.isPresent();
      }
      if (hit.isEmpty()) {
        continue;
      }
      String label = hit.get().label() == null ? hit.get().group() : hit.get().label();
      int last = i;
      if (furniture) {
        // A run of furniture links (a footer's legal links, a bar of network buttons) is one finding.
        while (last + 1 < pieces.size() && pieces.get(last + 1).link() && isChromeLink(pieces.get(last + 1).segment().text())) {
          last++;
        }
      } else if (hit.get().isWholeOrNearlyWhole() && hit.get().group().equals(RELATED)) {
        while (last + 1 < pieces.size()
            && last - i < maxItems
            && isListItem(pieces.get(last + 1).segment())) {
          last++;
        }
      }
      Segment end = pieces.get(last).segment();
      Span span =
          new Span(
              seg.block().toSource(seg.start(), seg.end()).start(),
              end.block().toSource(end.start(), end.end()).end());
      String message;
      if (last == i) {
        message = RULE.message(seg.text(), label);
      } else if (furniture) {
        // The label names one thing ("a share or social-media widget"): said of each link, not of the run.
        message = "\"" + shorten(seg.text()) + "\" and the " + count(last - i, "link") + " after it: each is " + label
            + ", page chrome rather than article text: delete them from the body.";
      } else {
        message = "\"" + shorten(seg.text()) + "\" and the " + count(last - i, "item") + " under it are " + label
            + ", page chrome rather than article text: delete them from the body.";
      }
      context.at(span).message(message).fix(Fix.delete(span)).report();
      i = last;
    }
  }

  /** A segment judged on its own; {@code link} when it is the text of one link standing alone. */
  private record Piece(Segment segment, boolean link) {}

  /** Whether a link's text is chrome of any kind, furniture links included. */
  private static boolean isChromeLink(String text) {
    return RULE.matchBlock(text).isPresent() || LINKS.matchBlock(text).isPresent();
  }

  /** Whether {@code text}, judged as a block or a line of its own, is page chrome of any kind. */
  static boolean isChrome(String text) {
    return RULE.matchBlock(text).isPresent();
  }

  /**
   * {@link #isChrome(String)} for a rule checking an article: {@code text} (a block's own text, say) is
   * folded through {@code context}, so a text the phrase rules folded already is not folded again.
   */
  static boolean isChrome(String text, RuleContext context) {
    return RULE.matchBlock(text, context).isPresent();
  }

  /**
   * A headline-like item of a related list: short, not a sentence of prose (no final period unless an
   * ellipsis), or a date or reading-time line; never a heading of the article's own structure.
   */
  private static boolean isListItem(Segment seg) {
    String t = seg.text();
    if (seg.block().kind() == BlockKind.HEADING && seg.block().level() <= 2) {
      return false;
    }
    if (RULE.matchBlock(t).map(h -> !h.group().equals(RELATED)).orElse(false)) {
      return true;
    }
    int words = BlockSegments.words(t, MAX_ITEM_WORDS + 1);
    if (words == 0 || words > MAX_ITEM_WORDS) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return last != '.' || t.endsWith("...") || t.endsWith("\u2026") || words <= 4;
  }

  /** "1 link", "2 links". */
  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String shorten(String s) {
    // Linear: one character class, repeated.
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 60 ? one : one.substring(0, 57) + "...";
  }

  /**
   * Where an HTML article's links lie in its blocks' text: cuts a segment made of nothing but links into
   * its links, each judged on its own ("Jump to RecipePrint Recipe" is two buttons), and marks a segment
   * that is one link. Separators between the links (white space, "|", "·", "/", commas) are allowed; any
   * other text makes the segment ordinary text. One per check; not thread-safe.
   */
  private static final class LinkCover {
    private final LinkRuns runs;

    LinkCover(List<Link> links) {
      this.runs = new LinkRuns(links);
    }

    void split(Block b, List<Segment> segments, List<Piece> out) {
      List<int[]> ranges = runs.ranges(b);
      for (Segment s : segments) {
        List<int[]> inside = new ArrayList<>();
        boolean onlyLinks = !ranges.isEmpty();
        int pos = s.start();
        for (int[] r : ranges) {
          if (r[1] <= s.start() || r[0] >= s.end()) {
            continue;
          }
          int from = Math.max(r[0], s.start());
          int to = Math.min(r[1], s.end());
          onlyLinks &= LinkRuns.isSeparators(b.text(), pos, from);
          inside.add(new int[] {from, to});
          pos = Math.max(pos, to);
        }
        onlyLinks &= !inside.isEmpty() && LinkRuns.isSeparators(b.text(), pos, s.end());
        if (!onlyLinks) {
          out.add(new Piece(s, false));
        } else if (inside.size() == 1) {
          out.add(new Piece(s, true));
        } else {
          for (int[] r : inside) {
            Segment cell = trimmed(b, r[0], r[1]);
            if (cell != null) {
              out.add(new Piece(cell, true));
            }
          }
        }
      }
    }

    private static @Nullable Segment trimmed(Block b, int from, int to) {
      String t = b.text();
      while (from < to && (Character.isWhitespace(t.charAt(from)) || t.charAt(from) == '\u00A0')) {
        from++;
      }
      while (to > from && (Character.isWhitespace(t.charAt(to - 1)) || t.charAt(to - 1) == '\u00A0')) {
        to--;
      }
      return from < to ? new Segment(b, from, to) : null;
    }
  }
}
