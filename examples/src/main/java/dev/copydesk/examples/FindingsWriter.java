package dev.copydesk.examples;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Fix;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes the findings of an audit as JSON Lines, one line per article that has findings or errors, in
 * the export's order, for loading back into the CMS beside each article:
 *
 * <pre>{"id":"news/2019/budget","findings":[{"rule":"page-chrome","severity":"error","line":5,
 * "column":1,"endLine":5,"endColumn":14,"start":120,"end":133,"message":"...","excerpt":"Leave a
 * Reply","fixes":[{"replacement":"","description":"Delete"}]}],"diagnostics":[]}</pre>
 *
 * <p>Lines and columns are 1-based, {@code start} and {@code end} 0-based UTF-16 offsets into the body
 * as exported. The lines go to a temporary file beside the target, which {@link #commit} moves into
 * place: an audit that fails leaves the last complete file as it was.
 *
 * <p>Not thread-safe: written on the thread that receives the results.
 */
public final class FindingsWriter implements Closeable {

  private final JsonLinesFile file;

  private FindingsWriter(JsonLinesFile file) {
    this.file = file;
  }

  /** A writer for {@code target}, which is replaced only on {@link #commit}. */
  public static FindingsWriter create(Path target) throws IOException {
    return new FindingsWriter(JsonLinesFile.create(target));
  }

  /** Writes {@code result}'s line, if it has findings or errors. */
  public void write(LintResult result) {
    if (result.findings().isEmpty() && result.diagnostics().isEmpty()) {
      return;
    }
    JsonGenerator out = file.json();
    try {
      out.writeStartObject();
      out.writeStringField("id", result.id());
      out.writeArrayFieldStart("findings");
      for (Finding f : result.findings()) {
        out.writeStartObject();
        out.writeStringField("rule", f.ruleId());
        out.writeStringField("severity", f.severity().id());
        out.writeNumberField("line", f.start().line());
        out.writeNumberField("column", f.start().column());
        out.writeNumberField("endLine", f.end().line());
        out.writeNumberField("endColumn", f.end().column());
        out.writeNumberField("start", f.span().start());
        out.writeNumberField("end", f.span().end());
        out.writeStringField("message", f.message());
        out.writeStringField("excerpt", f.excerpt());
        out.writeArrayFieldStart("fixes");
        for (Fix fix : f.fixes()) {
          out.writeStartObject();
          out.writeStringField("replacement", fix.replacement());
          out.writeStringField("description", fix.description());
          out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : result.diagnostics()) {
        out.writeStartObject();
        out.writeStringField("level", d.level().name().toLowerCase(java.util.Locale.ROOT));
        out.writeStringField("code", d.code());
        out.writeStringField("message", d.message());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
      file.endLine();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file.temporary(), e);
    }
  }

  /** Finishes the file and moves it into place. */
  public void commit() throws IOException {
    file.commit();
  }

  /** Closes the file; without {@link #commit}, deletes it and leaves the target as it was. */
  @Override
  public void close() throws IOException {
    file.close();
  }
}
