package dev.copydesk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive audit over JSON Lines exports: good rows, bad lines, order, the summary and the findings file. */
class ArchiveAuditTest {

  @TempDir Path dir;

  private static final String CLEAN = "# Budget\n\nThe council approved the budget on Monday, its chair said.\n";
  private static final String CHATBOT =
      "# Rates\n\nThe bank held rates. As an AI language model, I cannot predict what it does next.\n";
  private static final String CHROME = "Budget vote\n\nThe council approved the budget on Monday.\n\nLeave a Reply\n";

  private static String row(String id, String format, String body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("id", id);
      if (format != null) {
        g.writeStringField("format", format);
      }
      g.writeStringField("title", "ignored");
      g.writeObjectFieldStart("meta");
      g.writeArrayFieldStart("tags");
      g.writeString("ignored too");
      g.writeEndArray();
      g.writeEndObject();
      g.writeStringField("body", body);
      g.writeEndObject();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return w.toString();
  }

  /** An export of three good rows among lines that give no article. */
  private Path export() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> lines = List.of(
        row("news/budget", "markdown", CLEAN),                       // 1
        row("news/rates.md", null, CHATBOT),                         // 2: format from the extension
        "{\"id\": \"news/broken\", \"body\": \"no end",               // 3: broken JSON
        "",                                                          // 4: blank, passed over
        "{\"id\": \"news/empty\"}",                                  // 5: no body
        row("news/odd", "docx", CLEAN),                              // 6: unknown format
        "[1, 2]",                                                    // 7: not an object
        row("news/vote", "text", CHROME) + "\r");                    // 8: a CRLF line ending
    for (String l : lines) {
      bytes.writeBytes(l.getBytes(StandardCharsets.UTF_8));
      bytes.write('\n');
    }
    // 9: invalid UTF-8 inside a string
    bytes.writeBytes("{\"id\": \"news/latin\", \"body\": \"caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve("export.jsonl");
    Files.write(file, bytes.toByteArray());
    return file;
  }

  @Test
  void readsRowsAndNamesEveryLineThatGivesNoArticle() throws IOException {
    List<ArchiveExport.Entry> entries = new ArrayList<>();
    try (ArchiveExport export = ArchiveExport.open(export(), 1 << 20)) {
      export.forEach(entries::add);
      assertThrows(IllegalStateException.class, export::iterator, "an export is read once");
    }
    assertEquals(List.of(1, 2, 3, 5, 6, 7, 8, 9), entries.stream().map(ArchiveExport.Entry::line).toList());
    ArchiveExport.Row rates = assertInstanceOf(ArchiveExport.Row.class, entries.get(1));
    assertEquals(Format.MARKDOWN, rates.format());
    assertEquals(CHATBOT, rates.body());
    ArchiveExport.Row vote = assertInstanceOf(ArchiveExport.Row.class, entries.get(6));
    assertEquals(CHROME, vote.body(), "the carriage return ends the line, not the body");
    assertEquals(Format.TEXT, vote.format());
    assertProblem(entries.get(2), "news/broken", "not valid JSON");
    assertProblem(entries.get(3), "news/empty", "no \"body\"");
    assertProblem(entries.get(4), "news/odd", "unknown format \"docx\"");
    assertProblem(entries.get(5), "export.jsonl:7", "not a JSON object");
    assertProblem(entries.get(7), "news/latin", "not valid JSON");
  }

  private static void assertProblem(ArchiveExport.Entry e, String id, String problem) {
    ArchiveExport.Unreadable u = assertInstanceOf(ArchiveExport.Unreadable.class, e);
    assertEquals(id, u.id());
    assertTrue(u.problem().contains(problem), u.problem());
  }

  @Test
  void aGzippedExportIsReadThroughGzip() throws IOException {
    Path plain = export();
    Path gz = dir.resolve("export.jsonl.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(plain));
    }
    List<ArchiveExport.Entry> fromPlain = new ArrayList<>();
    List<ArchiveExport.Entry> fromGz = new ArrayList<>();
    try (ArchiveExport a = ArchiveExport.open(plain, 1 << 20); ArchiveExport b = ArchiveExport.open(gz, 1 << 20)) {
      a.forEach(fromPlain::add);
      b.forEach(fromGz::add);
    }
    assertEquals(fromPlain.stream().map(e -> e.id().replace("export.jsonl:", "export.jsonl.gz:")).toList(),
        fromGz.stream().map(ArchiveExport.Entry::id).toList());
    assertEquals(((ArchiveExport.Row) fromPlain.get(1)).body(), ((ArchiveExport.Row) fromGz.get(1)).body());

    Path fake = Files.writeString(dir.resolve("fake.jsonl.gz"), "{}\n");
    IOException e = assertThrows(IOException.class, () -> ArchiveExport.open(fake, 1 << 20));
    assertTrue(e.getMessage().startsWith("not a gzip file"), e.getMessage());
  }

  @Test
  void aLineOverTheLimitIsReportedAndTheNextOneRead() throws IOException {
    Path file = dir.resolve("long.jsonl");
    Files.writeString(file, row("big", "text", "x".repeat(5_000)) + "\n" + row("small", "text", CLEAN) + "\n");
    List<ArchiveExport.Entry> entries = new ArrayList<>();
    try (ArchiveExport export = ArchiveExport.open(file, 1_000)) {
      export.forEach(entries::add);
    }
    assertEquals(2, entries.size());
    ArchiveExport.Unreadable big = assertInstanceOf(ArchiveExport.Unreadable.class, entries.get(0));
    assertTrue(big.problem().startsWith("a line of 5"), big.problem());
    assertTrue(big.problem().contains("over the limit of 1000"), big.problem());
    assertEquals("small", assertInstanceOf(ArchiveExport.Row.class, entries.get(1)).id());
  }

  @Test
  void theSummaryCountsArticlesRulesAndProblems() throws IOException {
    AuditSummary s;
    try (ArchiveExport export = ArchiveExport.open(export(), 1 << 20)) {
      s = new ArchiveAudit(Linter.builder().threads(2).build(), 10).run(export);
    }
    assertEquals(3, s.articles());
    assertEquals(5, s.notLinted());
    assertEquals(2, s.withErrors());
    assertEquals(5, s.problemCount());
    List<String> rules = s.rules().stream().map(AuditSummary.RuleTally::ruleId).toList();
    assertTrue(rules.contains("chatbot-artifact"), rules.toString());
    assertTrue(rules.contains("page-chrome"), rules.toString());
    assertEquals(List.of("news/rates.md", "news/vote"), s.mostErrors().stream().map(AuditSummary.Article::id).toList(),
        "tied on errors and warnings: in the export's order");
    assertTrue(s.problems().get(0).startsWith("news/broken: line 3 of the export: not valid JSON"), s.problems().get(0));
    String text = s.render("export.jsonl");
    assertTrue(text.contains("3 articles"), text);
    assertTrue(text.contains("lines of the export that gave no article: 5"), text);
    assertTrue(text.contains("news/vote: 1 error (page-chrome)"), text);
  }

  @Test
  void theTopListKeepsOnlyTheWorstArticles() {
    List<ArchiveExport.Entry> rows = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      StringBuilder body = new StringBuilder("Title\n\nThe council met on Monday.\n");
      for (int k = 0; k < i % 4; k++) {
        body.append("\nLeave a Reply\n");
      }
      rows.add(new ArchiveExport.Row(i + 1, "a" + i, Format.TEXT, body.toString()));
    }
    AuditSummary s = new ArchiveAudit(Linter.builder().threads(3).build(), 3).run(rows);
    assertEquals(List.of("a3", "a7", "a11"), s.mostErrors().stream().map(AuditSummary.Article::id).toList());
    assertEquals(3, s.mostErrors().get(0).errors());
  }

  @Test
  void theFindingsFileHasEachFlaggedArticleInOrderWithOffsetsIntoItsBody() throws IOException {
    Path export = export();
    Path one = dir.resolve("out/one.jsonl");
    Path three = dir.resolve("out/three.jsonl");
    for (Path out : List.of(one, three)) {
      try (ArchiveExport e = ArchiveExport.open(export, 1 << 20); FindingsWriter w = FindingsWriter.create(out)) {
        new ArchiveAudit(Linter.builder().threads(out == one ? 1 : 3).build(), 10).run(e, w::write);
        w.commit();
      }
    }
    assertEquals(Files.readString(one), Files.readString(three), "threads do not change the file");
    List<JsonNode> lines = new ArrayList<>();
    for (String l : Files.readAllLines(one)) {
      lines.add(new ObjectMapper().readTree(l));
    }
    assertEquals(List.of("news/rates.md", "news/broken", "news/empty", "news/odd", "export.jsonl:7", "news/vote", "news/latin"),
        lines.stream().map(n -> n.get("id").asText()).toList(), "the clean article has no line");
    JsonNode chatbot = lines.get(0).get("findings").get(0);
    assertEquals("chatbot-artifact", chatbot.get("rule").asText());
    assertEquals("As an AI language model", CHATBOT.substring(chatbot.get("start").asInt(), chatbot.get("end").asInt()));
    assertEquals(3, chatbot.get("line").asInt());
    JsonNode chrome = lines.get(5).get("findings").get(0);
    assertEquals("Leave a Reply", CHROME.substring(chrome.get("start").asInt(), chrome.get("end").asInt()));
    assertEquals("", chrome.get("fixes").get(0).get("replacement").asText());
    assertEquals("export.unreadable", lines.get(1).get("diagnostics").get(0).get("code").asText());
    try (var files = Files.list(dir.resolve("out"))) {
      assertEquals(2, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void theFixedBodiesAreTheArticlesWithTheirFixesMade() throws IOException {
    Path out = dir.resolve("fixed.jsonl");
    try (ArchiveExport e = ArchiveExport.open(export(), 1 << 20); FixedBodiesWriter w = FixedBodiesWriter.create(out)) {
      new ArchiveAudit(Linter.builder().threads(2).build(), 10).run(e, w::write);
      w.commit();
      assertEquals(1, w.articles());
      assertEquals(1, w.findings());
    }
    List<String> lines = Files.readAllLines(out);
    assertEquals(1, lines.size(), "only the article a fix changes: " + lines);
    JsonNode vote = new ObjectMapper().readTree(lines.get(0));
    assertEquals("news/vote", vote.get("id").asText());
    assertEquals("text", vote.get("format").asText());
    assertEquals("Budget vote\n\nThe council approved the budget on Monday.\n", vote.get("body").asText());
    assertEquals(1, vote.get("fixed").asInt());

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    assertEquals(0, ArchiveAudit.run(new String[] {"--fixed", out.toString(), export().toString()},
        new PrintStream(printed, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream())));
    assertTrue(printed.toString(StandardCharsets.UTF_8).contains("Bodies with their fixes made: 1 article (1 finding fixed) in " + out),
        printed.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aFailedAuditLeavesTheLastFindingsFileAsItWas() throws IOException {
    Path out = dir.resolve("findings.jsonl");
    Files.writeString(out, "last run\n");
    try (FindingsWriter w = FindingsWriter.create(out)) {
      w.write(Linter.builder().build().lint(CHROME, Format.TEXT, "x"));
      // no commit: the audit failed
    }
    assertEquals("last run\n", Files.readString(out));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void theCommandLinePrintsTheSummaryAndExplainsWhatItCannotDo() throws IOException {
    Path export = export();
    Path findings = dir.resolve("findings.jsonl");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ArchiveAudit.run(new String[] {"--threads", "2", "--findings", findings.toString(), export.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith("Archive audit of " + export), printed);
    assertTrue(printed.contains("on 2 threads"), printed);
    assertEquals(7, Files.readAllLines(findings).size());

    Path missing = dir.resolve("missing.jsonl");
    err.reset();
    assertEquals(2, ArchiveAudit.run(new String[] {missing.toString()}, new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8)));
    assertEquals("archive-audit: cannot read " + missing + ": no such file", err.toString(StandardCharsets.UTF_8).strip());

    err.reset();
    assertEquals(2, ArchiveAudit.run(new String[] {dir.toString()}, new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8)));
    assertEquals("archive-audit: cannot read " + dir + ": not a regular file", err.toString(StandardCharsets.UTF_8).strip());

    err.reset();
    Path blocked = Files.writeString(dir.resolve("blocked"), "a file where a folder should be");
    assertEquals(2, ArchiveAudit.run(new String[] {"--findings", blocked.resolve("f.jsonl").toString(), export.toString()},
        new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8)));
    assertEquals("archive-audit: cannot write " + blocked.resolve("f.jsonl") + ": " + blocked + " is a file, not a folder",
        err.toString(StandardCharsets.UTF_8).strip());

    err.reset();
    assertEquals(2, ArchiveAudit.run(new String[] {"--threads", "none", export.toString()}, new PrintStream(out),
        new PrintStream(err, true, StandardCharsets.UTF_8)));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--threads needs a positive whole number, not 'none'"));
    assertFalse(err.toString(StandardCharsets.UTF_8).contains("Exception"));
  }
}
