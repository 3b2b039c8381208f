package dev.copydesk.core.fix;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Span;
import org.junit.jupiter.api.Test;

/** Stretches of HTML that hold whole elements, and those that would cut one in two. */
class HtmlBalanceTest {

  private static boolean balanced(String html, String stretch) {
    int start = html.indexOf(stretch);
    return HtmlBalance.isBalanced(html, new Span(start, start + stretch.length()));
  }

  @Test
  void wholeElementsCommentsAndVoidElementsAreBalanced() {
    String html = "<div><p>Leave a <b>Reply</b></p><!-- share --><br><img src=x /><li><a href=\"/x\">Tweet</a></li>"
        + "<script>if (a < b) {}</script></div>";
    assertTrue(balanced(html, "<p>Leave a <b>Reply</b></p>"));
    assertTrue(balanced(html, "<!-- share --><br><img src=x />"));
    assertTrue(balanced(html, "<li><a href=\"/x\">Tweet</a></li>"));
    assertTrue(balanced(html, "<script>if (a < b) {}</script>"));
    assertTrue(balanced(html, "Leave a "), "text alone");
  }

  @Test
  void cutTagsCommentsAndElementsAreNot() {
    String html = "<div><h2>Most Popular</h2></div><!-- list --><ul><li>One</li><li>Two</li></ul>";
    assertFalse(balanced(html, "Most Popular</h2></div><!-- list --><ul><li>One</li>"), "closes what it did not open");
    assertFalse(balanced(html, "<ul><li>One</li>"), "leaves the list open");
    assertFalse(balanced(html, "<li>One</li><li"), "a tag cut in two");
    assertFalse(balanced(html, "h2>Most Popular</h2>"), "starts inside a tag");
    assertFalse(balanced(html, "<!-- li"), "a comment cut in two");
    assertTrue(balanced(html, "<li>One</li><li>Two</li>"));
  }
}
