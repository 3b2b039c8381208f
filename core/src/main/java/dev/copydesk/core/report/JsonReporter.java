package dev.copydesk.core.report;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.internal.JsonWriter;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The JSON report, schema version {@value #SCHEMA_VERSION}. The schema is documented in {@code
 * docs/json-report.md} and published as {@code dev/copydesk/core/report/copydesk-report.schema.json}.
 * Offsets are 0-based UTF-16 code units, end exclusive; lines and columns are 1-based.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonReporter implements Reporter {

  /** Bumped on any incompatible change; additions of optional fields keep it. */
  public static final String SCHEMA_VERSION = "1.0";

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
    for (LintResult r : report.results()) {
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
    w.endArray();
    w.endObject();
    w.flush();
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
