package dev.copydesk.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.config.RuleSetting;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.HtmlContent;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.segment.PosTagger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tests one rule against fixture articles that carry their expectations inline: the characters the
 * rule must flag are wrapped in {@code «} and {@code »}. The markers are removed before linting, and
 * the rule's findings must cover exactly the marked spans: no more, no fewer, at the same offsets.
 *
 * <pre>{@code
 * RuleTester.forRule(new PageChromeRule())
 *     .assertFlags(Format.TEXT, "Budget\n\nThe council met.\n\n«Leave a Reply»\n");
 * }</pre>
 *
 * <p>Not thread-safe; one per test.
 */
public final class RuleTester {

  public static final char OPEN = '\u00AB';
  public static final char CLOSE = '\u00BB';

  private final Rule rule;
  private final Map<String, Object> options = new LinkedHashMap<>();
  private PosTagger tagger;
  private HtmlContent htmlContent = HtmlContent.MAIN;

  private RuleTester(Rule rule) {
    this.rule = rule;
  }

  public static RuleTester forRule(Rule rule) {
    return new RuleTester(rule);
  }

  /** Sets an option as configuration would. */
  public RuleTester option(String name, Object value) {
    options.put(name, value);
    return this;
  }

  /** Uses {@code tagger} for part-of-speech tags instead of the default one. */
  public RuleTester posTagger(PosTagger tagger) {
    this.tagger = tagger;
    return this;
  }

  /** Reads HTML fixtures as {@code content} says: the article ({@code MAIN}, the default) or the whole page. */
  public RuleTester htmlContent(HtmlContent content) {
    this.htmlContent = content;
    return this;
  }

  /** Lints {@code source} (no markers) with this rule alone, enabled whatever its default. */
  public LintResult lint(Format format, String source) {
    String id = rule.metadata().id();
    CopydeskConfig config =
        CopydeskConfig.builder().rule(new RuleSetting(id, true, null, options, null)).build();
    Linter.Builder b = Linter.builder().rules(List.of(rule)).ruleProviders(false).config(config).htmlContent(htmlContent).threads(1);
    if (tagger != null) {
      b.posTagger(tagger);
    }
    return b.build().lint(source, format, "fixture." + extension(format));
  }

  /** Asserts that the rule flags exactly the «marked» spans of {@code marked}. Returns the findings. */
  public List<Finding> assertFlags(Format format, String marked) {
    Marked m = Marked.parse(marked);
    LintResult result = lint(format, m.source);
    assertTrue(result.isLinted(), () -> "fixture was not linted: " + result.diagnostics());
    List<Span> actual = result.findings().stream().map(Finding::span).sorted().toList();
    if (!actual.equals(m.spans)) {
      fail(
          "rule '" + rule.metadata().id() + "' findings differ from the «marked» spans\n"
              + "expected: " + describe(m.source, m.spans) + "\n"
              + "actual:   " + describe(m.source, actual) + "\n"
              + "messages: " + result.findings().stream().map(Finding::message).collect(Collectors.toList()));
    }
    return result.findings();
  }

  /** Asserts that the rule flags nothing in {@code source}. */
  public void assertClean(Format format, String source) {
    Marked m = Marked.parse(source);
    assertEquals(List.of(), m.spans, "a clean fixture must not carry markers");
    LintResult result = lint(format, m.source);
    assertTrue(result.isLinted(), () -> "fixture was not linted: " + result.diagnostics());
    if (!result.findings().isEmpty()) {
      fail(
          "rule '" + rule.metadata().id() + "' must not flag this fixture, but flagged "
              + describe(m.source, result.findings().stream().map(Finding::span).toList()) + "\nmessages: "
              + result.findings().stream().map(Finding::message).collect(Collectors.toList()));
    }
  }

  /**
   * Runs a fixture resource: a name starting with {@code flag} must match its markers, any other must
   * be clean. The format follows the extension.
   */
  public void assertResource(String resourcePath) {
    String text;
    try (InputStream in = RuleTester.class.getResourceAsStream(resourcePath)) {
      if (in == null) {
        throw new AssertionError("no fixture resource " + resourcePath);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot read fixture " + resourcePath, e);
    }
    String name = resourcePath.substring(resourcePath.lastIndexOf('/') + 1);
    Format format = Format.fromFileName(name).orElse(Format.TEXT);
    if (name.startsWith("flag")) {
      assertFlags(format, text);
    } else {
      assertClean(format, text);
    }
  }

  private static String describe(String source, List<Span> spans) {
    return spans.stream().map(s -> s + " \"" + s.of(source).replace("\n", "\\n") + "\"").toList().toString();
  }

  private static String extension(Format f) {
    return switch (f) {
      case MARKDOWN -> "md";
      case HTML -> "html";
      case TEXT -> "txt";
    };
  }

  /** Source with markers removed and the marked spans. */
  static final class Marked {
    final String source;
    final List<Span> spans;

    private Marked(String source, List<Span> spans) {
      this.source = source;
      this.spans = spans;
    }

    static Marked parse(String marked) {
      StringBuilder out = new StringBuilder(marked.length());
      List<Span> spans = new ArrayList<>();
      int open = -1;
      for (int i = 0; i < marked.length(); i++) {
        char c = marked.charAt(i);
        if (c == OPEN) {
          if (open >= 0) {
            throw new IllegalArgumentException("nested « at " + i);
          }
          open = out.length();
        } else if (c == CLOSE) {
          if (open < 0) {
            throw new IllegalArgumentException("» without « at " + i);
          }
          spans.add(new Span(open, out.length()));
          open = -1;
        } else {
          out.append(c);
        }
      }
      if (open >= 0) {
        throw new IllegalArgumentException("unclosed «");
      }
      spans.sort(null);
      return new Marked(out.toString(), List.copyOf(spans));
    }
  }
}
