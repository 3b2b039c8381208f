package dev.copydesk.core.report;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.internal.Futures;
import dev.copydesk.core.internal.JsonWriter;
import dev.copydesk.core.internal.Utf8Writer;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.rule.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JSON report, schema version {@value #SCHEMA_VERSION}. The schema is documented in {@code
 * docs/json-report.md} and published as {@code dev/copydesk/core/report/copydesk-report.schema.json}.
 * Offsets are 0-based UTF-16 code units, end exclusive; lines and columns are 1-based.
 *
 * <p>A report of many files has their entries rendered on several threads, and written in order: the
 * output is the same byte for byte.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonReporter implements Reporter {

  /** Bumped on any incompatible change; additions of optional fields keep it. */
  public static final String SCHEMA_VERSION = "1.0";

  private final int parallelFrom;

  public JsonReporter() {
    this(PARALLEL_FROM);
  }

  /** A reporter that renders files side by side from {@code parallelFrom} of them on: for tests. */
  JsonReporter(int parallelFrom) {
    this.parallelFrom = parallelFrom;
  }

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String defaultFileName() {
    return "copydesk.json";
  }

  @Override
  public void write(LintReport report, Writer out) throws IOException {
    JsonWriter w = new JsonWriter(out);
    w.beginObject();
    w.field("schemaVersion", SCHEMA_VERSION);
    w.name("tool").beginObject().field("name", report.tool()).field("version", report.version()).endObject();
    w.name("summary").beginObject();
    w.field("files", report.results().size());
    w.field("filesWithFindings", report.results().stream().filter(r -> !r.findings().isEmpty()).count());
    w.field("filesUnreadable", report.results().stream().filter(r -> !r.isLinted()).count());
    w.field("findings", report.findingCount());
    w.field("suppressed", report.suppressedCount());
    w.name("bySeverity").beginObject();
    for (Map.Entry<Severity, Long> e : report.countsBySeverity().entrySet()) {
      w.field(e.getKey().id(), e.getValue());
    }
    w.endObject();
    w.name("byRule").beginObject();
    for (Map.Entry<String, Long> e : report.countsByRule().entrySet()) {
      w.field(e.getKey(), e.getValue());
    }
    w.endObject();
    w.endObject();
    w.name("rules").beginArray();
    for (RuleMetadata m : report.rules()) {
      w.beginObject()
          .field("id", m.id())
          .field("summary", m.summary())
          .field("defaultSeverity", m.defaultSeverity().id())
          .field("category", m.category().id())
          .field("enabledByDefault", m.enabledByDefault());
      w.name("tags").beginArray();
      for (String t : m.tags()) {
        w.value(t);
      }
      w.endArray();
      w.endObject();
    }
    w.endArray();
    w.name("files").beginArray();
    files(w, report.results());
    w.endArray();
    w.endObject();
    w.flush();
  }

  /** Files rendered apart, side by side, from this many on: below it, the threads cost more than they save. */
  static final int PARALLEL_FROM = 2_048;
  /** Files in a part rendered apart. */
  static final int PART = 256;

  /**
   * The files' entries. For a long report, parts of {@value #PART} files are rendered on as many threads
   * as there are processors, the calling thread included, and written in order as each is ready: the
   * entries are most of a report (13.9 MB for ten copies of BBC, written in 0.05–0.08 s on one core,
   * at the end of a run, when the other cores are idle). At most two parts a thread are claimed and not
   * yet written at any time, so memory stays flat however long the report.
   */
  private void files(JsonWriter w, List<LintResult> results) throws IOException {
    int threads = Runtime.getRuntime().availableProcessors();
    if (results.size() < parallelFrom || threads < 2) {
      for (LintResult r : results) {
        file(w, r);
      }
      return;
    }
    JsonWriter.Position position = w.position();
    int parts = (results.size() + PART - 1) / PART;
    List<FutureTask<byte[]>> tasks = new ArrayList<>(parts);
    for (int p = 0; p < parts; p++) {
      int from = p * PART;
      List<LintResult> part = results.subList(from, Math.min(results.size(), from + PART));
      tasks.add(new FutureTask<>(() -> {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.size() * 512);
        Utf8Writer out = new Utf8Writer(bytes);
        JsonWriter pw = JsonWriter.at(out, position, from);
        for (LintResult r : part) {
          file(pw, r);
        }
        out.flush();
        return bytes.toByteArray();
      }));
    }
    // Parts are claimed in order by whichever thread is free, this one included while the part it must
    // write next is not ready; a part is claimed only while fewer than `room` are claimed and unwritten.
    AtomicInteger claimed = new AtomicInteger();
    Semaphore room = new Semaphore(2 * threads);
    ExecutorService helpers = Executors.newFixedThreadPool(threads - 1, r -> {
      Thread t = new Thread(r, "copydesk-report");
      t.setDaemon(true);
      return t;
    });
    try {
      for (int h = 0; h < threads - 1; h++) {
        helpers.execute(() -> {
          try {
            while (true) {
              room.acquire();
              int k = claimed.getAndIncrement();
              if (k >= parts) {
                room.release();
                return;
              }
              tasks.get(k).run();
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the report is done with, or failed
          }
        });
      }
      for (int p = 0; p < parts; p++) {
        FutureTask<byte[]> task = tasks.get(p);
        while (!task.isDone() && room.tryAcquire()) {
          int k = claimed.getAndIncrement();
          if (k >= parts) {
            room.release();
            break;
          }
          tasks.get(k).run();
        }
        byte[] rendered = Futures.await(task);
        tasks.set(p, null);
        room.release();
        w.elements(rendered, Math.min(PART, results.size() - p * PART));
      }
    } finally {
      helpers.shutdownNow();
    }
  }

  private static void file(JsonWriter w, LintResult r) throws IOException {
    w.beginObject();
    w.field("path", r.id());
    if (r.format() != null) {
      w.field("format", r.format().id());
    } else {
      w.name("format").nullValue();
    }
    w.field("linted", r.isLinted());
    w.name("diagnostics").beginArray();
    for (Diagnostic d : r.diagnostics()) {
      w.beginObject()
          .field("level", d.level().name().toLowerCase(java.util.Locale.ROOT))
          .field("code", d.code())
          .field("message", d.message());
      if (d.position() != null) {
        w.field("line", d.position().line()).field("column", d.position().column());
      }
      w.endObject();
    }
    w.endArray();
    w.name("findings");
    findings(w, r.findings());
    w.name("suppressed");
    findings(w, r.suppressed());
    w.endObject();
  }

  private static void findings(JsonWriter w, List<Finding> findings) throws IOException {
    w.beginArray();
    for (Finding f : findings) {
      w.beginObject()
          .field("ruleId", f.ruleId())
          .field("severity", f.severity().id())
          .field("message", f.message());
      w.name("span").beginObject().field("start", f.span().start()).field("end", f.span().end()).endObject();
      w.name("start").beginObject().field("line", f.start().line()).field("column", f.start().column()).endObject();
      w.name("end").beginObject().field("line", f.end().line()).field("column", f.end().column()).endObject();
      w.field("excerpt", f.excerpt());
      w.name("fixes").beginArray();
      for (Fix x : f.fixes()) {
        w.beginObject();
        w.name("span").beginObject().field("start", x.span().start()).field("end", x.span().end()).endObject();
        w.field("replacement", x.replacement()).field("description", x.description());
        w.endObject();
      }
      w.endArray();
      w.endObject();
    }
    w.endArray();
  }
}
