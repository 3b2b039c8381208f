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
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The report in SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it.
 *
 * <ul>
 *   <li>{@code tool.driver.rules}: every loaded rule with its summary, documentation, help link and
 *       default level; results point at their rule by {@code ruleId} and {@code ruleIndex}.
 *   <li>Locations are relative URIs against the base id {@value #SRCROOT}, prefixed with the project's
 *       path inside its repository (see {@link Builder#pathPrefix}), so that they are
 *       repository-relative; regions give 1-based start and end line and column (UTF-16 code units,
 *       end exclusive) and the 0-based character offset and length.
 *   <li>{@code partialFingerprints} carry {@value #FINGERPRINT_KEY}: the {@link Fingerprints
 *       fingerprint} and its occurrence number, which survive lines shifting.
 *   <li>Findings silenced inline are written with an {@code inSource} suppression; findings a baseline
 *       accepted with an {@code external} one and {@code baselineState} {@code unchanged}; when a
 *       baseline is in use, the rest have {@code baselineState} {@code new}.
 *   <li>Files that could not be read become tool execution notifications.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class SarifReporter implements Reporter {

  public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String SRCROOT = "%SRCROOT%";
  public static final String FINGERPRINT_KEY = "copydesk/" + Fingerprints.VERSION;

  private final String pathPrefix;
  private final @Nullable URI sourceRoot;
  private final @Nullable RuleDocs docs;
  private final @Nullable Predicate<Finding> baselined;

  private SarifReporter(Builder b) {
    this.pathPrefix = b.pathPrefix;
    this.sourceRoot = b.sourceRoot;
    this.docs = b.docs;
    this.baselined = b.baselined;
  }

  /** A reporter with file URIs relative to the linter's base directory and no rule documentation links. */
  public SarifReporter() {
    this(builder());
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public String defaultFileName() {
    return "copydesk.sarif";
  }

  /** Fingerprints hash the text around each finding. */
  @Override
  public boolean readsArticles() {
    return true;
  }

  @Override
  public void write(LintReport report, Writer out) throws IOException {
    JsonWriter w = new JsonWriter(out);
    w.beginObject();
    w.field("$schema", SCHEMA_URI);
    w.field("version", "2.1.0");
    w.name("runs").beginArray().beginObject();
    Map<String, Integer> ruleIndex = writeTool(w, report);
    if (sourceRoot != null) {
      w.name("originalUriBaseIds").beginObject();
      w.name(SRCROOT).beginObject().field("uri", sourceRoot.toString()).endObject();
      w.endObject();
    }
    w.field("columnKind", "utf16CodeUnits");
    writeInvocation(w, report);
    w.name("results").beginArray();
    for (LintResult r : report.results()) {
      Map<Finding, String> fingerprints = fingerprints(r);
      for (Finding f : r.findings()) {
        writeResult(w, r, f, fingerprints.get(f), ruleIndex, false);
      }
      for (Finding f : r.suppressed()) {
        writeResult(w, r, f, fingerprints.get(f), ruleIndex, true);
      }
    }
    w.endArray();
    w.endObject().endArray();
    w.endObject();
    w.flush();
  }

  /**
   * Numbered fingerprints of the active and suppressed findings together, in source order, so that a
   * finding keeps its number when it is suppressed or baselined, or when another one is.
   */
  private static Map<Finding, String> fingerprints(LintResult r) {
    List<Finding> all = new ArrayList<>(r.findings().size() + r.suppressed().size());
    all.addAll(r.findings());
    all.addAll(r.suppressed());
    all.sort(Finding.ORDER);
    List<String> numbered = Fingerprints.numbered(r, all);
    Map<Finding, String> out = new IdentityHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      out.put(all.get(i), numbered.get(i));
    }
    return out;
  }

  private Map<String, Integer> writeTool(JsonWriter w, LintReport report) throws IOException {
    Map<String, Integer> index = new HashMap<>();
    w.name("tool").beginObject().name("driver").beginObject();
    w.field("name", report.tool());
    w.field("version", report.version());
    if (docs != null) {
      w.field("informationUri", docs.home());
    }
    w.name("rules").beginArray();
    int i = 0;
    for (RuleMetadata m : report.rules()) {
      index.put(m.id(), i++);
      String full = m.description().isBlank() ? m.summary() : m.description().strip();
      w.beginObject();
      w.field("id", m.id());
      w.name("shortDescription").beginObject().field("text", m.summary()).endObject();
      w.name("fullDescription").beginObject().field("text", full).endObject();
      w.name("help").beginObject()
          .field("text", full)
          .field("markdown", "**" + m.summary() + "**\n\n" + (m.description().isBlank() ? "" : m.description().strip() + "\n\n")
              + "Category: " + m.category().id() + "." + (docs == null ? "" : " [Documentation](" + docs.uriFor(m.id()) + ")"))
          .endObject();
      if (docs != null) {
        w.field("helpUri", docs.uriFor(m.id()));
      }
      w.name("defaultConfiguration").beginObject()
          .field("enabled", m.enabledByDefault())
          .field("level", level(m.defaultSeverity()))
          .endObject();
      w.name("properties").beginObject();
      w.field("category", m.category().id());
      w.name("tags").beginArray();
      for (String t : m.tags()) {
        w.value(t);
      }
      w.endArray();
      w.endObject();
      w.endObject();
    }
    w.endArray();
    w.endObject().endObject();
    return index;
  }

  private void writeInvocation(JsonWriter w, LintReport report) throws IOException {
    w.name("invocations").beginArray().beginObject();
    w.field("executionSuccessful", true);
    w.name("toolExecutionNotifications").beginArray();
    for (LintResult r : report.results()) {
      for (Diagnostic d : r.diagnostics()) {
        w.beginObject();
        w.field("level", d.level() == Diagnostic.Level.ERROR ? "error" : "warning");
        w.name("message").beginObject().field("text", r.id() + ": " + d.message()).endObject();
        w.name("descriptor").beginObject().field("id", d.code()).endObject();
        w.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
        artifactLocation(w, r.id());
        if (d.position() != null) {
          w.name("region").beginObject()
              .field("startLine", d.position().line())
              .field("startColumn", d.position().column())
              .endObject();
        }
        w.endObject().endObject().endArray();
        w.endObject();
      }
    }
    w.endArray();
    w.endObject().endArray();
  }

  private void writeResult(
      JsonWriter w, LintResult r, Finding f, String fingerprint, Map<String, Integer> ruleIndex, boolean suppressed)
      throws IOException {
    w.beginObject();
    w.field("ruleId", f.ruleId());
    Integer idx = ruleIndex.get(f.ruleId());
    if (idx != null) {
      w.field("ruleIndex", idx);
    }
    w.field("level", level(f.severity()));
    w.name("message").beginObject().field("text", f.message()).endObject();
    w.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
    artifactLocation(w, r.id());
    w.name("region").beginObject();
    w.field("startLine", f.start().line()).field("startColumn", f.start().column());
    w.field("endLine", f.end().line()).field("endColumn", f.end().column());
    w.field("charOffset", f.span().start()).field("charLength", f.span().length());
    w.name("snippet").beginObject().field("text", f.excerpt()).endObject();
    w.endObject();
    w.endObject().endObject().endArray();
    w.name("partialFingerprints").beginObject().field(FINGERPRINT_KEY, fingerprint).endObject();
    boolean accepted = baselined != null && baselined.test(f);
    if (suppressed) {
      w.name("suppressions").beginArray().beginObject();
      if (accepted) {
        w.field("kind", "external").field("justification", "accepted in the Copydesk baseline");
      } else {
        w.field("kind", "inSource");
      }
      w.endObject().endArray();
    }
    if (baselined != null) {
      w.field("baselineState", accepted ? "unchanged" : "new");
    }
    if (!f.fixes().isEmpty()) {
      w.name("fixes").beginArray();
      for (Fix x : f.fixes()) {
        w.beginObject();
        w.name("description").beginObject().field("text", x.description()).endObject();
        w.name("artifactChanges").beginArray().beginObject();
        artifactLocation(w, r.id());
        w.name("replacements").beginArray().beginObject();
        w.name("deletedRegion").beginObject()
            .field("charOffset", x.span().start())
            .field("charLength", x.span().length())
            .endObject();
        w.name("insertedContent").beginObject().field("text", x.replacement()).endObject();
        w.endObject().endArray();
        w.endObject().endArray();
        w.endObject();
      }
      w.endArray();
    }
    w.endObject();
  }

  // An absolute Windows path; compiled once, not for every result as String.matches would. Linear:
  // two fixed characters after a letter, then one repeated class.
  private static final Pattern DRIVE_PATH = Pattern.compile("[A-Za-z]:/.*");

  private void artifactLocation(JsonWriter w, String id) throws IOException {
    w.name("artifactLocation").beginObject();
    String path = id.replace('\\', '/');
    if (path.startsWith("/") || DRIVE_PATH.matcher(path).matches()) {
      w.field("uri", fileUri(path));
    } else {
      w.field("uri", relativeUri(pathPrefix + path)).field("uriBaseId", SRCROOT);
    }
    w.endObject();
  }

  /** A relative URI reference for a relative path: each character that is not allowed percent-encoded. */
  static String relativeUri(String path) {
    try {
      String s = new URI(null, null, path, null).toASCIIString();
      // A first segment with a colon would read as a scheme.
      int colon = s.indexOf(':');
      int slash = s.indexOf('/');
      if (colon >= 0 && (slash < 0 || colon < slash)) {
        s = "./" + s;
      }
      return s;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot express '" + path + "' as a URI: " + e.getMessage(), e);
    }
  }

  private static String fileUri(String absolute) {
    try {
      String p = absolute.startsWith("/") ? absolute : "/" + absolute;
      return new URI("file", "", p, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot express '" + absolute + "' as a URI: " + e.getMessage(), e);
    }
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** Configures a {@link SarifReporter}. Not thread-safe. */
  public static final class Builder {
    private String pathPrefix = "";
    private @Nullable URI sourceRoot;
    // No default: links are written only to documentation the caller says is published somewhere.
    private @Nullable RuleDocs docs;
    private @Nullable Predicate<Finding> baselined;

    private Builder() {}

    /**
     * The path of the linter's base directory inside the repository, e.g. {@code "site/"} for a module
     * in the folder {@code site}: prepended to file ids so that URIs are repository-relative. Empty by
     * default.
     */
    public Builder pathPrefix(String prefix) {
      String p = prefix.replace('\\', '/');
      while (p.startsWith("./")) {
        p = p.substring(2);
      }
      if (p.equals(".") || p.equals("/")) {
        p = "";
      }
      if (!p.isEmpty() && !p.endsWith("/")) {
        p = p + "/";
      }
      if (p.startsWith("/") || p.startsWith("../")) {
        throw new IllegalArgumentException("path prefix must be relative and inside the repository: '" + prefix + "'");
      }
      this.pathPrefix = p;
      return this;
    }

    /**
     * Where {@value #SRCROOT} points, written as {@code originalUriBaseIds}; left out by default, since
     * GitHub resolves it to the checkout. Must be an absolute URI ending in a slash.
     */
    public Builder sourceRoot(@Nullable URI root) {
      if (root != null && (!root.isAbsolute() || !root.toString().endsWith("/"))) {
        throw new IllegalArgumentException("source root must be an absolute URI ending in '/': " + root);
      }
      this.sourceRoot = root;
      return this;
    }

    /** Where each rule's documentation lives. */
    public Builder ruleDocs(RuleDocs docs) {
      this.docs = Objects.requireNonNull(docs);
      return this;
    }

    /**
     * Marks the findings a baseline accepted; with it, results carry {@code baselineState}. The
     * predicate must be thread-safe.
     */
    public Builder baselined(@Nullable Predicate<Finding> accepted) {
      this.baselined = accepted;
      return this;
    }

    public SarifReporter build() {
      return new SarifReporter(this);
    }
  }
}
