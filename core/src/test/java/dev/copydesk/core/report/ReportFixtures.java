package dev.copydesk.core.report;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.LineMap;
import dev.copydesk.core.model.Metadata;
import dev.copydesk.core.model.Position;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.model.TextMap;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hand-built results for reporter tests. Articles and findings are built directly, not parsed or
 * linted, so that golden files change only when a reporter does, not when a parser or rule improves.
 */
final class ReportFixtures {

  static final String VERSION = "0.0.0-test";

  private ReportFixtures() {}

  static List<RuleMetadata> rules() {
    return List.of(
        rule("ampersand", "An ampersand in running text", Severity.INFO, Category.STYLE, ""),
        rule("byline-format", "A byline that does not follow house style", Severity.INFO, Category.STYLE, ""),
        rule("hedging", "Hedging words that weaken a claim", Severity.INFO, Category.SOURCING, ""),
        rule(
            "page-chrome",
            "Page chrome such as comment forms and share widgets pasted into the body",
            Severity.ERROR,
            Category.BOILERPLATE,
            "Comment forms, share buttons and related-post lists come from the page around an article, not from"
                + " the article. They creep in when text is scraped or pasted from a web page.\n\nDelete them."),
        rule("placeholder", "A placeholder left in the text", Severity.ERROR, Category.ARTIFACT, ""),
        rule("truncated-text", "Text that stops mid-sentence", Severity.ERROR, Category.INTEGRITY, ""),
        rule("unsourced-claim", "A claim attributed to nobody in particular", Severity.WARNING, Category.SOURCING, ""),
        rule("vague-date", "A relative date such as \"last week\"", Severity.WARNING, Category.CLARITY, ""));
  }

  private static RuleMetadata rule(String id, String summary, Severity s, Category c, String description) {
    return new RuleMetadata(id, summary, s, c, List.of(c.id()), description, true, Map.of());
  }

  /** The newsroom set: findings of every severity, overlaps, hostile text, HTML entities, unreadable files. */
  static LintReport newsroom() {
    return new LintReport("Copydesk", VERSION, newsroomResults(), rules());
  }

  static List<LintResult> newsroomResults() {
    List<LintResult> results = new ArrayList<>();
    results.add(budget(""));
    results.add(hostile());
    results.add(harbour());
    results.add(clean());
    results.add(
        new LintResult(
            "content/broken.md",
            null,
            Format.MARKDOWN,
            null,
            List.of(),
            List.of(),
            List.of(Diagnostic.error("io.binary", "binary content (NUL or control bytes), not an article; skipped"))));
    results.add(notes());
    return results;
  }

  static final String BUDGET =
      """
      ---
      title: Council passes a leaner budget
      author: maria okafor
      date: 2026-03-12
      ---
      # Council passes a leaner budget

      The city council approved a budget of 412 million euros on Tuesday,
      cutting road repairs by 6 percent.

      The vote came after a debate that ran past midnight last week, according to the clerk.

      Some experts say the cuts could hurt. The mayor's office did not respond.

      Leave a Reply

      Share this
      """;

  /** The budget article, with {@code above} inserted before its first paragraph (to shift lines). */
  static LintResult budget(String above) {
    String source = BUDGET.replace("# Council passes a leaner budget\n\n", "# Council passes a leaner budget\n\n" + above);
    Article a =
        markdown(
            "content/news/council-budget.md",
            source,
            Metadata.builder().title("Council passes a leaner budget").addAuthor("maria okafor").published("2026-03-12", null).build());
    List<Finding> findings = new ArrayList<>();
    findings.add(finding(a, "byline-format", Severity.INFO, "maria okafor", 1, "Capitalise the author's name: \"Maria Okafor\".",
        new Fix(find(a, "maria okafor", 1), "Maria Okafor", "Replace with 'Maria Okafor'")));
    Span lastWeek = find(a, "last week", 1);
    findings.add(finding(a, "vague-date", Severity.WARNING, "last week", 1,
        "\"last week\" depends on when the article is read: give the date.", Fix.replace(lastWeek, "on 5 March")));
    findings.add(finding(a, "unsourced-claim", Severity.WARNING, "Some experts say the cuts could hurt.", 1,
        "Who says so? Name the experts or drop the claim."));
    findings.add(finding(a, "hedging", Severity.INFO, "could", 1, "\"could\" hedges the claim."));
    findings.add(finding(a, "page-chrome", Severity.ERROR, "Leave a Reply", 1,
        "Page chrome \"Leave a Reply\" is not part of the article: delete it from the body.", Fix.delete(find(a, "Leave a Reply", 1))));
    findings.add(finding(a, "page-chrome", Severity.ERROR, "Share this", 1,
        "Page chrome \"Share this\" is not part of the article: delete it from the body."));
    findings.sort(Finding.ORDER);
    return new LintResult(a.id(), null, Format.MARKDOWN, a, findings, List.of(), List.of());
  }

  static final String HOSTILE =
      "# Breaking: <script>alert(\"pwned\")</script>\n\n"
          + "Text with ]]> and </textarea> and a control char \u0001 and \"quotes\" & 'apostrophes'.\n\n"
          + "<img src=x onerror=\"document.title='pwned'\"> [TK: add quote]\n";

  static LintResult hostile() {
    String id = "content/news/<script>alert('x')</script> & \"q\".md";
    Article a = markdown(id, HOSTILE, Metadata.builder().title("<b>Breaking</b> & \"news\"").build());
    List<Finding> findings = new ArrayList<>();
    findings.add(finding(a, "placeholder", Severity.ERROR, "<script>alert(\"pwned\")</script>", 1,
        "Markup <script> in a heading & \"quotes\" ]]> \u0001 should never run."));
    findings.add(finding(a, "placeholder", Severity.ERROR, "]]> and </textarea>", 1, "CDATA end ]]> and </textarea> in text."));
    findings.add(finding(a, "placeholder", Severity.ERROR, "[TK: add quote]", 1, "Placeholder \"[TK: add quote]\" left in the text."));
    findings.sort(Finding.ORDER);
    return new LintResult(a.id(), null, Format.MARKDOWN, a, findings, List.of(), List.of());
  }

  static final String HARBOUR =
      "<html><head><title>Harbour reopens</title></head><body><article>\n"
          + "<h1>Harbour reopens</h1>\n"
          + "<p>Fish &amp; chips stalls are back, and trading began at 6&nbsp;am on Saturday.</p>\n"
          + "<p>The harbour master said the dredging was finished ahead of sch</p>\n"
          + "</article></body></html>\n";

  static LintResult harbour() {
    Article a = html("content/features/harbour.html", HARBOUR, Metadata.builder().title("Harbour reopens").build());
    List<Finding> findings = new ArrayList<>();
    findings.add(finding(a, "ampersand", Severity.INFO, "&amp;", 1, "Write \"and\" in running text.", Fix.replace(find(a, "&amp;", 1), "and")));
    int end = a.source().indexOf("sch</p>") + 3;
    findings.add(at(a, "truncated-text", Severity.ERROR, new Span(end, end), "The paragraph stops mid-word: the text was cut off here."));
    findings.sort(Finding.ORDER);
    return new LintResult(a.id(), null, Format.HTML, a, findings, List.of(), List.of());
  }

  static LintResult clean() {
    String source = "# Gardens open\n\nThe botanical gardens open on 1 May, the trust said.\n\n<!-- copydesk-disable-next-line page-chrome -->\nRead more\n";
    Article a = markdown("content/features/gardens.md", source, Metadata.builder().title("Gardens open").build());
    Finding suppressed = finding(a, "page-chrome", Severity.ERROR, "Read more", 1, "Page chrome \"Read more\" is not part of the article: delete it from the body.");
    return new LintResult(a.id(), null, Format.MARKDOWN, a, List.of(), List.of(suppressed), List.of());
  }

  static LintResult notes() {
    String source = "Notes\n\nThe archive index was rebuilt on 2 March.\n";
    Article a = markdown("content/notes.txt", source, Metadata.empty());
    return new LintResult(a.id(), Path.of("content/notes.txt"), Format.TEXT, a, List.of(), List.of(),
        List.of(new Diagnostic(Diagnostic.Level.WARNING, "parse.front-matter", "front matter is not valid YAML; ignored", new Position(1, 1))));
  }

  // --- building blocks ---

  static Span find(Article a, String needle, int occurrence) {
    int at = -1;
    for (int i = 0; i < occurrence; i++) {
      at = a.source().indexOf(needle, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("'" + needle + "' not found " + occurrence + " times in " + a.id());
      }
    }
    return new Span(at, at + needle.length());
  }

  static Finding finding(Article a, String rule, Severity s, String needle, int occurrence, String message, Fix... fixes) {
    return at(a, rule, s, find(a, needle, occurrence), message, fixes);
  }

  static Finding at(Article a, String rule, Severity s, Span span, String message, Fix... fixes) {
    LineMap lines = a.lineMap();
    return new Finding(rule, s, message, span, lines.position(span.start()), lines.position(span.end()), span.of(a.source()), List.of(fixes));
  }

  /**
   * A Markdown-ish article: front matter between {@code ---} lines is skipped; blocks are separated by
   * blank lines; {@code #} starts a heading, {@code - } a list item, {@code > } a quote, {@code <!--} a
   * comment (not a block); single line breaks fold to spaces.
   */
  static Article markdown(String id, String source, Metadata metadata) {
    Span front = null;
    int pos = 0;
    if (source.startsWith("---\n")) {
      int end = source.indexOf("\n---\n", 4);
      front = new Span(0, end + 5);
      pos = end + 5;
    }
    List<Block> blocks = new ArrayList<>();
    while (pos < source.length()) {
      while (pos < source.length() && source.charAt(pos) == '\n') {
        pos++;
      }
      if (pos >= source.length()) {
        break;
      }
      int end = source.indexOf("\n\n", pos);
      if (end < 0) {
        end = source.length();
      }
      String para = source.substring(pos, end);
      int start = pos;
      if (para.startsWith("<!--")) {
        int close = source.indexOf("-->", pos) + 3;
        int next = close < end && source.charAt(close) == '\n' ? close + 1 : close;
        if (next >= end) {
          pos = end;
          continue;
        }
        start = next;
      }
      BlockKind kind = BlockKind.PARAGRAPH;
      int level = 0;
      int textStart = start;
      if (source.startsWith("#", start)) {
        kind = BlockKind.HEADING;
        while (source.charAt(textStart) == '#') {
          textStart++;
          level++;
        }
        textStart++;
      } else if (source.startsWith("- ", start)) {
        kind = BlockKind.LIST_ITEM;
        level = 1;
        textStart += 2;
      } else if (source.startsWith("> ", start)) {
        kind = BlockKind.BLOCK_QUOTE;
        textStart += 2;
      }
      int textEnd = end;
      while (textEnd > textStart && source.charAt(textEnd - 1) == '\n') {
        textEnd--;
      }
      TextMap.Builder map = TextMap.builder();
      StringBuilder text = new StringBuilder();
      int run = textStart;
      for (int i = textStart; i < textEnd; i++) {
        if (source.charAt(i) == '\n') {
          map.verbatim(run, i - run);
          text.append(source, run, i);
          map.replacement(i, 1, 1);
          text.append(' ');
          run = i + 1;
        }
      }
      map.verbatim(run, textEnd - run);
      text.append(source, run, textEnd);
      blocks.add(new Block(blocks.size(), kind, level, new Span(start, textEnd), text.toString(), map.build(), List.of()));
      pos = end;
    }
    return new Article(id, Format.MARKDOWN, source, metadata, blocks, List.of(), List.of(), front, new Span(front == null ? 0 : front.end(), source.length()));
  }

  private static final Pattern ELEMENT = Pattern.compile("<(h[1-6]|p)>(.*?)</\\1>", Pattern.DOTALL);
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|nbsp);");

  /** An HTML article: each {@code <h1>}..{@code <h6>} and {@code <p>} is a block; a few entities are decoded. */
  static Article html(String id, String source, Metadata metadata) {
    List<Block> blocks = new ArrayList<>();
    Matcher m = ELEMENT.matcher(source);
    while (m.find()) {
      String tag = m.group(1);
      int start = m.start(2);
      int end = m.end(2);
      TextMap.Builder map = TextMap.builder();
      StringBuilder text = new StringBuilder();
      Matcher e = ENTITY.matcher(source).region(start, end);
      int run = start;
      while (e.find()) {
        map.verbatim(run, e.start() - run);
        text.append(source, run, e.start());
        String decoded = switch (e.group(1)) {
          case "amp" -> "&";
          case "lt" -> "<";
          case "gt" -> ">";
          case "quot" -> "\"";
          default -> "\u00A0";
        };
        map.replacement(e.start(), e.end() - e.start(), 1);
        text.append(decoded);
        run = e.end();
      }
      map.verbatim(run, end - run);
      text.append(source, run, end);
      BlockKind kind = tag.startsWith("h") ? BlockKind.HEADING : BlockKind.PARAGRAPH;
      int level = tag.startsWith("h") ? tag.charAt(1) - '0' : 0;
      blocks.add(new Block(blocks.size(), kind, level, new Span(m.start(), m.end()), text.toString(), map.build(), List.of()));
    }
    return new Article(id, Format.HTML, source, metadata, blocks, List.of(), List.of(), null, new Span(0, source.length()));
  }
}
