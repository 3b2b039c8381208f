package dev.copydesk.rules;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.OptionType;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.RuleOption;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.rules.internal.BlockSegments;
import dev.copydesk.rules.internal.BlockSegments.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Page chrome pasted into the article body: comment forms, share widgets, newsletter and paywall
 * prompts, related-content lists, cookie notices, advertisement markers, copyright footers. Judged by
 * the shape of a block (a short block that is chrome, a block that starts with a chrome phrase), never
 * by phrases inside ordinary sentences. Phrase lists live under {@code page-chrome/} in the resources.
 *
 * <p>Stateless and thread-safe.
 */
@RuleInfo(
    id = "page-chrome",
    summary = "Page chrome such as comment forms, share widgets and newsletter prompts pasted into the body",
    severity = Severity.ERROR,
    category = Category.BOILERPLATE,
    tags = {"boilerplate", "scraping"},
    description =
        "Flags blocks that are the furniture of a web page rather than the article: comment forms"
            + " (\"Leave a Reply\", \"Your email address will not be published\"), share widgets (\"Share"
            + " this\", \"7k SHARES\"), newsletter, subscription and paywall prompts, \"Advertisement - story"
            + " continues below\", related-content lists (\"Related posts\" and the headlines under it),"
            + " \"Read more\", cookie notices, copyright footers and \"Proudly powered by WordPress\". Only a"
            + " whole block, a line standing on its own, or a block that starts with a chrome phrase is"
            + " flagged: \"she left a reply\" inside a sentence is prose.",
    options = {
      @RuleOption(
          name = "max-list-items",
          type = OptionType.INTEGER,
          defaultValue = "15",
          description = "How many headline-like blocks after a related-content heading count as its list")
    })
public final class PageChromeRule implements ArticleRule {

  /** A list item after a related heading has at most this many words. */
  static final int MAX_ITEM_WORDS = 16;

  @Override
  public void check(Article article, RuleContext context) {
    boolean splitLines = article.format() != Format.MARKDOWN;
    List<Segment> segments = new ArrayList<>();
    for (Block b : article.blocks()) {
      if (b.isProse()) {
        segments.addAll(BlockSegments.withBarCells(b, splitLines));
      }
    }
    ChromeLexicon lexicon = ChromeLexicon.get();
    int maxItems = Math.max(0, context.options().getInt("max-list-items"));
    for (int i = 0; i < segments.size(); i++) {
      Segment seg = segments.get(i);
      Optional<ChromeLexicon.Hit> hit = lexicon.classify(seg.text());
      if (hit.isEmpty()) {
        continue;
      }
      ChromeKind kind = hit.get().kind();
      int last = i;
      if (hit.get().heading() && kind.headsList()) {
        while (last + 1 < segments.size()
            && last - i < maxItems
            && isListItem(segments.get(last + 1), lexicon)) {
          last++;
        }
      }
      Segment end = segments.get(last);
      Span span =
          new Span(
              seg.block().toSource(seg.start(), seg.end()).start(),
              end.block().toSource(end.start(), end.end()).end());
      String shown = shorten(seg.text());
      String message =
          last > i
              ? "\"" + shown + "\" and the " + (last - i) + " item(s) under it are " + kind.description()
                  + ", page chrome rather than article text: delete them from the body."
              : "\"" + shown + "\" is " + kind.description()
                  + ", page chrome rather than article text: delete it from the body.";
      context.at(span).message(message).fix(dev.copydesk.core.rule.Fix.delete(span)).report();
      i = last;
    }
  }

  /**
   * A headline-like item of a related list: short, not a sentence of prose (no final period unless an
   * ellipsis), or a date or reading-time line; never a heading of the article's own structure.
   */
  private static boolean isListItem(Segment seg, ChromeLexicon lexicon) {
    String t = seg.text();
    if (seg.block().kind() == BlockKind.HEADING && seg.block().level() <= 2) {
      return false;
    }
    if (lexicon.classify(t).map(h -> h.kind() != ChromeKind.RELATED).orElse(false)) {
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
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 60 ? one : one.substring(0, 57) + "...";
  }
}
