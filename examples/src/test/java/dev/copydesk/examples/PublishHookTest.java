package dev.copydesk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublishHookTest {

  private final PublishHook hook = new PublishHook();

  @Test
  void refusesAnArticleWithACommentFormPastedIn() {
    PublishHook.Decision d =
        hook.beforePublish("budget", "# Budget\n\nThe council approved the budget on Monday.\n\nLeave a Reply\n");
    assertFalse(d.publish());
    assertEquals(1, d.problems().size());
    assertTrue(d.problems().get(0).startsWith("budget.md:5:1: error page-chrome"), d.problems().get(0));
  }

  @Test
  void cleaningUpDeletesTheCommentFormAndThenTheArticlePublishes() {
    String body = "# Budget\n\nThe council approved the budget on Monday, its chair said.\n\n## Leave a Reply\n";
    String cleaned = hook.cleanUp("budget", body);
    assertEquals("# Budget\n\nThe council approved the budget on Monday, its chair said.\n", cleaned);
    assertTrue(hook.beforePublish("budget", cleaned).publish());
    assertEquals(cleaned, hook.cleanUp("budget", cleaned), "nothing left to clean");
  }

  @Test
  void theEditorSeesTheCleanUpAsADiffBeforeApprovingIt() {
    String body = "# Budget\n\nThe council approved the budget on Monday, its chair said.\n\n## Leave a Reply\n";
    assertEquals("""
        --- a/budget.md
        +++ b/budget.md
        @@ -1,5 +1,3 @@
         # Budget
        \s
         The council approved the budget on Monday, its chair said.
        -
        -## Leave a Reply
        """, hook.suggestedEdits("budget", body));
    assertEquals("", hook.suggestedEdits("budget", hook.cleanUp("budget", body)), "nothing left to suggest");
  }

  @Test
  void publishesACleanArticle() {
    PublishHook.Decision d =
        hook.beforePublish("budget", "# Budget\n\nThe council approved the budget on Monday, its chair said.\n");
    assertTrue(d.publish(), d.problems().toString());
  }
}
