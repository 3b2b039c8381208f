package dev.copydesk.rules;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.rule.BlockRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.Severity;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Page chrome (comment forms, share widgets, related-post lists) pasted into the article body. */
@RuleInfo(
    id = "page-chrome",
    summary = "Page chrome such as comment forms and share widgets pasted into the body",
    severity = Severity.ERROR,
    category = Category.BOILERPLATE,
    tags = {"boilerplate", "scraping"})
public final class PageChromeRule implements BlockRule {

  private static final Set<String> PHRASES =
      PhraseList.load("page-chrome.txt").phrases().stream().map(PageChromeRule::normalize).collect(Collectors.toUnmodifiableSet());

  @Override
  public void check(Block block, RuleContext context) {
    String text = block.text();
    if (text.length() > 120) {
      return;
    }
    if (PHRASES.contains(normalize(text))) {
      int start = 0;
      int end = text.length();
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      context.report(
          block,
          start,
          end,
          "Page chrome \"" + text.strip() + "\" is not part of the article: delete it from the body.");
    }
  }

  static String normalize(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    t = t.replaceAll("^[\\p{Punct}\\p{Pi}\\p{Pf}\\s]+|[\\p{Punct}\\p{Pi}\\p{Pf}\\s]+$", "");
    return t;
  }
}
