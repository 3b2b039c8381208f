package dev.copydesk.examples;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.fix.FixPlan;
import dev.copydesk.core.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes, as JSON Lines, the body of each article that the fixes its findings suggest would change,
 * with those fixes made ({@link FixPlan}: one edit per finding with exactly one fix, none overlapping
 * another, never cutting an article's markup), for an import job to write back into the CMS. One pass,
 * on the thread that receives the results: a fix that overlapped another waits for the next audit, where
 * {@code --fix} would lint the text again ({@link FixPlan#inPasses}) at the cost of a second lint:
 *
 * <pre>{"id":"news/2019/budget","format":"markdown","body":"...","fixed":2}</pre>
 *
 * <p>The export is never changed: the CMS decides what to take. Written through a temporary file that
 * {@link #commit} moves into place. Not thread-safe: written on the thread that receives the results.
 */
public final class FixedBodiesWriter implements Closeable {

  private final JsonLinesFile file;
  private long articles;
  private long findings;

  private FixedBodiesWriter(JsonLinesFile file) {
    this.file = file;
  }

  /** A writer for {@code target}, which is replaced only on {@link #commit}. */
  public static FixedBodiesWriter create(Path target) throws IOException {
    return new FixedBodiesWriter(JsonLinesFile.create(target));
  }

  /** Writes {@code result}'s fixed body, if its findings' fixes change it. */
  public void write(LintResult result) {
    Article article = result.article();
    if (article == null || result.findings().stream().noneMatch(FixPlan::isFixable)) {
      return;
    }
    FixPlan plan = FixPlan.of(article, result.findings());
    if (!plan.changes()) {
      return;
    }
    JsonGenerator out = file.json();
    try {
      out.writeStartObject();
      out.writeStringField("id", result.id());
      out.writeStringField("format", article.format().id());
      out.writeStringField("body", plan.fixed());
      out.writeNumberField("fixed", plan.fixedFindings());
      out.writeEndObject();
      file.endLine();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file.temporary(), e);
    }
    articles++;
    findings += plan.fixedFindings();
  }

  /** Articles written so far. */
  public long articles() {
    return articles;
  }

  /** Findings their fixes fixed. */
  public long findings() {
    return findings;
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
