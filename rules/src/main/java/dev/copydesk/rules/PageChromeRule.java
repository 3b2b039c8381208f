package dev.copydesk.rules;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.style.BlockMatch;
import dev.copydesk.core.style.StyleRule;
import dev.copydesk.rules.internal.BlockSegments;
import dev.copydesk.rules.internal.BlockSegments.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * stands on its own and each cell of a " | " bar, which a block-level scope cannot express), and taking
 * in the short, headline-like blocks under a related-content heading as the items of its list.
 *
 * <p>Stateless and thread-safe.
 */
public final class PageChromeRule implements ArticleRule {

  private static final StyleRule RULE = PackStyles.rule("page-chrome");

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
    List<Segment> segments = new ArrayList<>();
    for (Block b : article.blocks()) {
      if (b.isProse()) {
        segments.addAll(BlockSegments.withBarCells(b, splitLines));
      }
    }
    int maxItems = Math.max(0, context.options().getInt("max-list-items"));
    for (int i = 0; i < segments.size(); i++) {
      Segment seg = segments.get(i);
      Optional<BlockMatch> hit = RULE.matchBlock(seg.text(), context);
      if (hit.isEmpty()) {
        continue;
      }
      String label = hit.get().label() == null ? hit.get().group() : hit.get().label();
      int last = i;
      if (hit.get().isWholeOrNearlyWhole() && hit.get().group().equals(RELATED)) {
        while (last + 1 < segments.size()
            && last - i < maxItems
            && isListItem(segments.get(last + 1))) {
          last++;
        }
      }
      Segment end = segments.get(last);
      Span span =
          new Span(
              seg.block().toSource(seg.start(), seg.end()).start(),
              end.block().toSource(end.start(), end.end()).end());
      String message =
          last > i
              ? "\"" + shorten(seg.text()) + "\" and the " + (last - i) + " item(s) under it are " + label
                  + ", page chrome rather than article text: delete them from the body."
              : RULE.message(seg.text(), label);
      context.at(span).message(message).fix(Fix.delete(span)).report();
      i = last;
    }
  }

  /** Whether {@code text}, judged as a block or a line of its own, is page chrome of any kind. */
  static boolean isChrome(String text) {
    return RULE.matchBlock(text).isPresent();
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

  private static String shorten(String s) {
    // Linear: one character class, repeated.
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 60 ? one : one.substring(0, 57) + "...";
  }
}
