package dev.copydesk.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.core.rule.Derivation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The table of derived views finds each input's view by identity, however many inputs share a hash. */
class DerivedViewsTest {

  private static List<Sentence> sentences(Article article) {
    List<Sentence> out = new ArrayList<>();
    for (Block b : article.blocks()) {
      out.addAll(b.sentences());
    }
    return out;
  }

  private static Article article(String text) {
    return ArticleParser.create().parse("a.txt", text, Format.TEXT).article();
  }

  @Test
  void equalSentencesOfTwoParsesAreTwoKeysThoughTheyHashAlike() {
    String text = "First sentence here. Second one follows.\n\nA new paragraph. And its end.\n";
    List<Sentence> a = sentences(article(text));
    List<Sentence> b = sentences(article(text));
    assertEquals(a, b, "the two parses give equal sentences");
    DerivedViews.Table t = new DerivedViews.Table();
    for (int i = 0; i < a.size(); i++) {
      assertEquals(DerivedViews.hash(a.get(i)), DerivedViews.hash(b.get(i)));
      t.put(a.get(i), "a" + i);
      t.put(b.get(i), "b" + i);
    }
    for (int i = 0; i < a.size(); i++) {
      assertEquals("a" + i, t.get(a.get(i)));
      assertEquals("b" + i, t.get(b.get(i)));
    }
    assertEquals(2 * a.size(), t.size());
  }

  @Test
  void aTableIsMadeAtOnceForAllOfAnArticlesSentencesOrBlocks() {
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < 12; p++) {
      text.append("Paragraph ").append(p).append(" opens. It goes on. It closes.\n\n");
    }
    Article article = article(text.toString());
    List<Sentence> all = sentences(article);
    List<Block> blocks = article.blocks();
    assertEquals(36, all.size());
    DerivedViews views = new DerivedViews(all.size(), blocks.size());
    Derivation<Sentence, String> bySentence = Derivation.of("by sentence", Sentence::text);
    Derivation<Block, String> byBlock = Derivation.of("by block", Block::text);
    Derivation<String, String> byString = Derivation.of("by string", Function.identity());

    DerivedViews.Table sentenceViews = views.of(bySentence);
    assertNull(sentenceViews.get(all.get(0)), "an empty table finds nothing");
    sentenceViews.put(all.get(0), "first");
    int made = sentenceViews.capacity();
    assertEquals(true, made >= 2 * all.size() + 2 && made <= 4 * all.size() + 4, "sized for the sentences: " + made);
    for (int i = 1; i < all.size(); i++) {
      sentenceViews.put(all.get(i), "s" + i);
    }
    assertEquals(made, sentenceViews.capacity(), "never grown");
    assertEquals("first", sentenceViews.get(all.get(0)));
    assertEquals("s35", sentenceViews.get(all.get(35)));

    DerivedViews.Table blockViews = views.of(byBlock);
    blockViews.put(blocks.get(0), "b0");
    assertEquals(true, blockViews.capacity() < made, "a table of blocks is smaller: " + blockViews.capacity());
    for (int i = 1; i < blocks.size(); i++) {
      blockViews.put(blocks.get(i), "b" + i);
    }
    assertEquals("b11", blockViews.get(blocks.get(11)));

    // Other inputs start small and grow; keys are told apart by identity.
    DerivedViews.Table other = views.of(byString);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      keys.add("key " + i);
      other.put(keys.get(i), "v" + i);
    }
    assertEquals(true, other.capacity() >= 256, "grown: " + other.capacity());
    for (int i = 0; i < 100; i++) {
      assertEquals("v" + i, other.get(keys.get(i)));
    }
    assertNull(other.get(new String("key 99")), "an equal key that is another object has no view");
    assertEquals(100, other.size());
  }

  @Test
  void everyViewSurvivesTheTableGrowing() {
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < 300; p++) {
      text.append("Paragraph ").append(p).append(" opens. It closes.\n\n");
    }
    Article article = article(text.toString());
    List<Sentence> all = sentences(article);
    List<Block> blocks = article.blocks();
    DerivedViews.Table t = new DerivedViews.Table();
    for (Sentence s : all) {
      assertNull(t.get(s));
      t.put(s, s.text());
    }
    for (Block b : blocks) {
      t.put(b, b);
    }
    assertEquals(all.size() + blocks.size(), t.size());
    for (Sentence s : all) {
      assertEquals(s.text(), t.get(s));
    }
    for (Block b : blocks) {
      assertSame(b, t.get(b));
    }
  }

  @Test
  void otherInputsAreToldApartByIdentity() {
    String one = new String("same");
    String two = new String("same");
    DerivedViews.Table t = new DerivedViews.Table();
    t.put(one, 1);
    assertEquals(1, t.get(one));
    assertNull(t.get(two), "an equal input that is another object has no view yet");
    t.put(two, 2);
    assertEquals(1, t.get(one));
    assertEquals(2, t.get(two));
  }

  @Test
  void eachDerivationHasItsOwnTableHoweverMany() {
    DerivedViews views = new DerivedViews();
    List<Derivation<Object, Object>> derivations = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      derivations.add(Derivation.of("d" + i, Function.identity()));
    }
    List<DerivedViews.Table> tables = new ArrayList<>();
    for (Derivation<Object, Object> d : derivations) {
      tables.add(views.of(d));
    }
    for (int i = 0; i < derivations.size(); i++) {
      assertSame(tables.get(i), views.of(derivations.get(i)));
      if (i > 0) {
        assertNotSame(tables.get(i - 1), tables.get(i));
      }
    }
    // Asked again and again, in runs and in turns (the last one asked is remembered).
    java.util.Random rnd = new java.util.Random(3);
    for (int k = 0; k < 200; k++) {
      int i = rnd.nextInt(4) == 0 ? rnd.nextInt(derivations.size()) : k % 2;
      assertSame(tables.get(i), views.of(derivations.get(i)));
      assertSame(tables.get(i), views.of(derivations.get(i)));
    }
  }

  @Test
  void manyCopiesOfOneTextDoNotShareASlot() {
    // Copies of one line (a separator, a repeated row) are distinct keys with distinct slots: the table
    // must not walk a run of them for each, which for a page of many would be quadratic.
    DerivedViews.Table t = new DerivedViews.Table();
    List<String> copies = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      copies.add(new String("* * *"));
    }
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    for (int i = 0; i < copies.size(); i++) {
      t.put(copies.get(i), i);
      hashes.add(DerivedViews.hash(copies.get(i)));
    }
    assertEquals(true, hashes.size() > copies.size() * 9 / 10, "distinct hashes: " + hashes.size());
    for (int i = 0; i < copies.size(); i++) {
      assertEquals(i, t.get(copies.get(i)));
    }
  }
}
