package dev.copydesk.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs built to break parsers: every format must parse each one without throwing, quickly, and keep
 * the span contracts. A parser that had to fall back (the {@code parse.failure} diagnostic) fails too:
 * the fallback is a safety net, not a way to pass.
 */
class HostileInputTest {

  static Stream<Arguments> inputs() throws IOException {
    List<Arguments> out = new ArrayList<>();
    String mb = "word ".repeat(200_000);
    add(out, "1 MB single line", mb);
    add(out, "1 MB single line of entities", "&amp;".repeat(200_000));
    add(out, "deep blockquotes", ">".repeat(50_000) + " deep");
    add(out, "deep lists", buildDeepList(5_000));
    add(out, "deep emphasis", "*".repeat(50_000) + "x" + "*".repeat(50_000));
    add(out, "deep brackets", "[".repeat(50_000) + "x" + "](y)".repeat(1_000));
    add(out, "deep html", "<div>".repeat(20_000) + "deep text." + "</div>".repeat(20_000));
    add(out, "deep inline html", "<p>" + "<b><i>".repeat(20_000) + "deep text.");
    add(out, "unclosed tags", "<html><body><p>Open <b>bold <a href='x'>link <table><tr><td>cell");
    add(out, "unclosed comment", "<!-- never closed\n\nText after.");
    add(out, "unclosed front matter", "---\ntitle: [unclosed\n\nText.");
    add(out, "invalid front matter", "---\n: : :\n\t- x\n---\nText.");
    add(out, "binary-looking yaml", "---\n!!java.lang.Runtime {}\n---\nText.");
    add(out, "huge front matter", "---\n" + "k: v\n".repeat(60_000) + "---\nText.");
    add(out, "toml garbage", "+++\n[[[[\n+++\nText.");
    add(out, "lone surrogates", "Text \uD800 and \uDC00 here. <p>\uD83D</p> &#xD800; &#0; &#x110000;");
    add(out, "nul characters", "Text\u0000with\u0000nuls. <p>a\u0000b</p>");
    add(out, "only markup", "<<<>>>&&&;;;]]][[[```***___");
    add(out, "entity soup", "&;&#;&#x;&amp&ampamp;&#12345678901234567890;&NotAnEntity;&lt&gt");
    add(out, "carriage returns", "Line\rline\r\rPara\r\n\r\n<p>x\ry</p>");
    add(out, "json-ld bomb", "<script type='application/ld+json'>" + "[".repeat(100_000) + "</script><p>Text.</p>");
    try (InputStream in = HostileInputTest.class.getResourceAsStream("/parse/hostile.html")) {
      add(out, "hostile.html", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    return out.stream();
  }

  private static void add(List<Arguments> out, String name, String source) {
    for (Format f : Format.values()) {
      out.add(Arguments.of(name + " as " + f.id(), source, f));
    }
  }

  private static String buildDeepList(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append("  ".repeat(i)).append("- item ").append(i).append('\n');
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void parsesWithoutThrowingAndKeepsSpans(String name, String source, Format format) {
    ParsedArticle p = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Parsed.PARSER.parse(name, source, format));
    for (Diagnostic d : p.diagnostics()) {
      assertEquals(false, d.code().equals("parse.failure"), d.toString());
    }
    assertEquals(List.of(), SpanChecks.violations(p.article()));
  }
}
