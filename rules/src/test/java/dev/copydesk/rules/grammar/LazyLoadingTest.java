package dev.copydesk.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * A run that leaves {@code grammar} and {@code spelling} off never loads LanguageTool's checker. Shown in
 * a fresh class loader over the test class path, so that what other tests loaded does not count: after
 * a whole lint with every default rule, neither our LanguageTool classes nor LanguageTool's markup
 * classes have been loaded there.
 */
class LazyLoadingTest {

  private static final String SAMPLE =
      "---\ntitle: Budget\n---\n# Budget\n\nThe mayor said he go to Brussels with a apple.\n\n```\nteh code\n```\n";

  /** Lints {@link #SAMPLE} with the default configuration; loaded and run inside the fresh class loader. */
  public static final class LintWithDefaults implements Callable<String> {
    @Override
    public String call() {
      LintResult r = Linter.builder().threads(1).build().lint(SAMPLE, Format.MARKDOWN, "news/budget.md");
      return r.isLinted() + " " + r.findings().stream().map(Finding::ruleId).toList();
    }
  }

  @Test
  void aRunWithGrammarAndSpellingOffNeverLoadsLanguageTool() throws Exception {
    try (FreshLoader loader = new FreshLoader()) {
      Class<?> task = loader.loadClass(LintWithDefaults.class.getName());
      assertEquals(loader, task.getClassLoader(), "the task must load in the fresh loader, not be delegated");
      String outcome = ((Callable<?>) task.getDeclaredConstructor().newInstance()).call().toString();
      assertTrue(outcome.startsWith("true"), outcome);
      assertNotNull(loader.loaded("dev.copydesk.core.engine.Linter"), "the linter ran in the fresh loader");
      assertNotNull(loader.loaded(LanguageToolRuleProvider.class.getName()), "the provider was asked for its rules");
      assertNotNull(loader.loaded(GrammarRule.class.getName()), "the grammar rule was registered");
      assertNull(loader.loaded(LanguageToolPool.class.getName()), "checker pool loaded");
      assertNull(loader.loaded(AnnotatedSource.class.getName()), "annotated source loaded");
      assertNull(loader.loaded("org.languagetool.markup.AnnotatedTextBuilder"), "LanguageTool's markup classes loaded");
      // truncated-text's part-of-speech tagger loads LanguageTool's tagging (and, with it, its speller
      // class) in the background; the checker, its languages and their rules must stay unloaded.
      assertNull(loader.loaded("org.languagetool.language.English"), "LanguageTool's English checker loaded");
      assertNull(loader.loaded("org.languagetool.language.AmericanEnglish"), "LanguageTool's English checker loaded");
      assertNull(loader.loaded("org.languagetool.rules.en.AvsAnRule"), "LanguageTool's English rules loaded");
    }
  }

  @Test
  void aRunWithGrammarOnChecksThroughThePool() {
    long before = LanguageToolPool.checks();
    new GrammarRuleTest().findingInsideMarkdownLinkTextLandsOnTheWordNotTheBrackets();
    assertTrue(LanguageToolPool.checks() > before);
    assertTrue(LanguageToolPool.languagesLoaded() >= 1);
  }

  /** Loads the test class path itself (parent: the platform loader) and tells what it has loaded. */
  private static final class FreshLoader extends URLClassLoader {
    FreshLoader() throws MalformedURLException {
      super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    Class<?> loaded(String name) {
      return findLoadedClass(name);
    }

    private static URL[] classPath() throws MalformedURLException {
      String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      List<URL> urls = new ArrayList<>();
      for (String entry : cp.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          urls.add(new File(entry).toURI().toURL());
        }
      }
      return urls.toArray(URL[]::new);
    }

    @Override
    public void close() throws IOException {
      super.close();
    }
  }
}
