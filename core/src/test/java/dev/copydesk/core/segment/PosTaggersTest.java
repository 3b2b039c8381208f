package dev.copydesk.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Token;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PosTaggersTest {

  private static final PosTagger TAGGER = PosTaggers.lazyEnglish();

  private static List<Token> tokens(String text) {
    return Tokenizer.english().tokenize(text);
  }

  private static List<List<String>> tag(String text) {
    return TAGGER.tag(tokens(text));
  }

  @Test
  void tagsWordsWithPennTags() {
    List<List<String>> tags = tag("The BBC reported that prices rose in London.");
    assertEquals(List.of("DT"), tags.get(0));
    assertEquals(List.of("NNP"), tags.get(1));
    assertTrue(tags.get(2).contains("VBD"), tags.get(2).toString());
    assertTrue(tags.get(3).contains("WDT"), tags.get(3).toString());
    assertTrue(tags.get(5).contains("VBD"), tags.get(5).toString());
    assertTrue(tags.get(6).contains("IN"), tags.get(6).toString());
    assertEquals(List.of("NNP"), tags.get(7));
    assertEquals(List.of("."), tags.get(8));
    assertEquals(9, tags.size());
  }

  @Test
  void reducesLanguageToolRefinementsToPennTags() {
    // LanguageTool tags "running" NN:U and "his" PRP$_A3SM; Penn has NN and PRP$.
    assertTrue(tag("running").get(0).contains("NN"), tag("running").toString());
    assertTrue(tag("his").get(0).contains("PRP$"), tag("his").toString());
    assertEquals("NN", LanguageToolEnglishTagger.pennTag("NN:UN"));
    assertEquals("PRP$", LanguageToolEnglishTagger.pennTag("PRP$_A1S"));
    assertEquals("PRP", LanguageToolEnglishTagger.pennTag("PRP_S3SM"));
  }

  @Test
  void dropsLanguageToolsOwnTags() {
    for (String special : List.of("SENT_START", "SENT_END", "PARA_END", "PCT", "ORD", "RB_SENT")) {
      assertNull(LanguageToolEnglishTagger.pennTag(special), special);
    }
    assertNull(LanguageToolEnglishTagger.pennTag(null));
    for (List<String> tags : tag("Hello, world! It's fine; isn't it?")) {
      for (String t : tags) {
        assertFalse(t.contains("_") || t.equals("PCT"), t);
      }
    }
  }

  @Test
  void tagsWordsWithCliticsAndHyphensByTheirParts() {
    List<List<String>> tags = tag("Blair's dog don't can't search-engine");
    assertTrue(tags.get(0).contains("NNP"), tags.get(0).toString());
    assertTrue(tags.get(2).contains("VBP"), "don't as do: " + tags.get(2));
    assertTrue(tags.get(3).contains("MD"), "can't as can: " + tags.get(3));
    assertTrue(tags.get(4).contains("NN"), "search-engine as engine: " + tags.get(4));
  }

  @Test
  void numbersAreCardinal() {
    assertEquals(List.of(List.of("CD"), List.of("CD")), tag("1,000 2004"));
  }

  @Test
  void unknownTokensHaveNoTags() {
    assertEquals(List.of(List.of()), tag("Xqzzyvt"));
    assertEquals(List.of(), TAGGER.tag(List.of()));
  }

  @Test
  void aTokenHasTheSameTagsWhereverItStands() {
    // Tags are remembered by token: a word tagged in one sentence, or as another type of token, must
    // get what it would get first.
    List<List<String>> first = tag("Blair's plan can't pass, officials said on 12 May.");
    List<List<String>> again = tag("Blair's plan can't pass, officials said on 12 May.");
    assertEquals(first, again);
    List<Token> reordered = tokens("12 said officials May can't plan Blair's");
    List<List<String>> tags = TAGGER.tag(reordered);
    assertEquals(List.of("CD"), tags.get(0));
    assertTrue(tags.get(4).contains("MD"), tags.get(4).toString());
    assertEquals(first.get(0), tags.get(6), "Blair's: the tags of Blair");
  }

  @Test
  void lazyEnglishIsShared() {
    assertSame(PosTaggers.lazyEnglish(), PosTaggers.lazyEnglish());
  }

  @Test
  void manyThreadsGetTheSameTagsAsOne() throws Exception {
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      sentences.add("The " + i + " ministers said on Tuesday that Britain's economy wasn't growing as fast as hoped.");
      sentences.add("Shares in Time Warner rose sharply after it reported record profits of $1.13bn.");
    }
    List<List<List<String>>> expected = new ArrayList<>();
    for (String s : sentences) {
      expected.add(tag(s));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<List<List<String>>>>> futures = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        Callable<List<List<List<String>>>> job =
            () -> {
              List<List<List<String>>> got = new ArrayList<>();
              for (String s : sentences) {
                got.add(tag(s));
              }
              return got;
            };
        futures.add(pool.submit(job));
      }
      for (Future<List<List<List<String>>>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * In a class loader of its own, so that other tests that have loaded the tagger do not count:
   * getting the tagger, segmenting and tokenizing text must not load any LanguageTool class, let
   * alone its dictionary; tagging must load both.
   */
  @Test
  void loadsLanguageToolOnlyWhenTagsAreAskedFor() throws Exception {
    try (RecordingClassLoader isolated = new RecordingClassLoader(classPath())) {
      IsolatedTagger it = IsolatedTagger.in(isolated);
      Method isLoaded = it.isLoaded();
      Object tagger = it.tagger();
      Class<?> segmenter = Class.forName(SentenceSegmenter.class.getName(), true, isolated);
      Object english = segmenter.getMethod("english").invoke(null);
      segmenter.getMethod("split", CharSequence.class).invoke(english, "One. Two.");
      Class<?> tokenizer = Class.forName(Tokenizer.class.getName(), true, isolated);
      Object tokens =
          tokenizer.getMethod("tokenize", String.class).invoke(tokenizer.getMethod("english").invoke(null), "Hello");
      assertFalse((Boolean) isLoaded.invoke(null), "loaded before any tag was asked for");
      assertEquals(List.of(), isolated.loaded("org.languagetool."), "LanguageTool classes loaded early");

      Object tags = it.api().getMethod("tag", List.class).invoke(tagger, tokens);
      assertTrue((Boolean) isLoaded.invoke(null), "not loaded after tagging");
      assertTrue(isolated.loaded("org.languagetool.").contains("org.languagetool.tagging.en.EnglishTagger"));
      assertEquals(tag("Hello").toString(), tags.toString());
    }
  }

  /** prepare() loads LanguageTool's tagger on a thread of its own, with no tag asked for, and returns at once. */
  @Test
  void prepareLoadsTheTaggerInTheBackground() throws Exception {
    try (RecordingClassLoader isolated = new RecordingClassLoader(classPath())) {
      IsolatedTagger it = IsolatedTagger.in(isolated);
      Method isLoaded = it.isLoaded();
      assertFalse((Boolean) isLoaded.invoke(null), "loaded before prepare");

      it.api().getMethod("prepare").invoke(it.tagger());
      it.api().getMethod("prepare").invoke(it.tagger()); // a second call starts nothing more
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
      while (!(Boolean) isLoaded.invoke(null) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertTrue((Boolean) isLoaded.invoke(null), "not loaded in the background");
      assertTrue(isolated.loaded("org.languagetool.").contains("org.languagetool.tagging.en.EnglishTagger"));
    }
  }

  /**
   * The lazy English tagger as loaded by {@code loader}: the tagger, the {@link PosTagger} interface
   * there, and its implementation's {@code isLoaded}.
   */
  private record IsolatedTagger(Object tagger, Class<?> api, Method isLoaded) {
    static IsolatedTagger in(ClassLoader loader) throws Exception {
      Class<?> taggers = Class.forName(PosTaggers.class.getName(), true, loader);
      Class<?> implementation = Class.forName(LanguageToolEnglishTagger.class.getName(), true, loader);
      Method isLoaded = implementation.getDeclaredMethod("isLoaded");
      isLoaded.setAccessible(true);
      return new IsolatedTagger(
          taggers.getMethod("lazyEnglish").invoke(null), Class.forName(PosTagger.class.getName(), true, loader), isLoaded);
    }
  }

  @Test
  void tagsEachRepeatedWordLikeTheWordAlone() {
    // A fresh tagger, so that no word comes from the cache: the words it does not know yet are tagged
    // once each, however often they stand in the sentence, and every place gets its own word's tags.
    LanguageToolEnglishTagger fresh = new LanguageToolEnglishTagger();
    String text = "the dog runs the 12 dog 12 the runs quickly dog quickly 12 runs";
    List<Token> tokens = tokens(text);
    List<List<String>> tags = fresh.tag(tokens);
    assertEquals(tokens.size(), tags.size());
    for (int i = 0; i < tokens.size(); i++) {
      assertEquals(TAGGER.tag(List.of(tokens.get(i))), List.of(tags.get(i)), tokens.get(i).text() + " at " + i);
    }
    assertTrue(tags.get(0).contains("DT") && tags.get(4).contains("CD") && tags.get(9).contains("RB"), tags.toString());
  }

  /** Loads classes itself, child first, and records which. */
  private static final class RecordingClassLoader extends URLClassLoader {
    private final List<String> names = new java.util.concurrent.CopyOnWriteArrayList<>();

    RecordingClassLoader(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      names.add(name);
      return super.findClass(name);
    }

    List<String> loaded(String prefix) {
      return names.stream().filter(n -> n.startsWith(prefix)).toList();
    }
  }

  private static URL[] classPath() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    return urls.toArray(URL[]::new);
  }
}
