package dev.copydesk.core.report;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Metadata;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report as one self-contained HTML page for editors: a summary (counts by severity and rule, with
 * a small SVG chart), filters by severity and rule, and every article that has findings rendered as
 * readable text, with the flagged characters highlighted and each message beside its paragraph.
 *
 * <p>The page loads nothing: styles and script are inline, and a Content-Security-Policy allows only
 * those two (by hash), so nothing in an article can run or fetch anything even if it slipped past
 * escaping. A URL fragment such as {@code #severity=error,warning&rule=page-chrome} presets the
 * filters, so a link can point at one kind of finding. Every piece of article text, file name and
 * message is escaped; control characters show as
 * U+FFFD. Articles are rendered from their blocks' extracted text (Markdown and HTML markup removed),
 * with the findings' source spans mapped onto it; findings outside the body text (front matter, between
 * blocks) are listed at the top of their article. Without JavaScript every finding is shown.
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReporter implements Reporter {

  private static final String CSS =
      """
      :root{--ink:#1d1d1f;--muted:#5f6368;--line:#e3e1dc;--paper:#fffdf8;--bg:#f4f2ee;\
      --err:#b3261e;--err-bg:#fbe3e0;--warn:#8a5300;--warn-bg:#fff0c7;--info:#1a5fa8;--info-bg:#e2efff;\
      --serif:Charter,"Bitstream Charter","Iowan Old Style",Georgia,Cambria,"DejaVu Serif",serif;\
      --sans:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","DejaVu Sans",Arial,sans-serif;\
      --mono:ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 var(--sans)}
      .top{background:#1f2430;color:#fff;padding:18px 32px;display:flex;align-items:baseline;gap:16px;flex-wrap:wrap}
      .brand{font:700 22px/1 var(--serif);letter-spacing:.01em}
      .brand span{font-weight:400;opacity:.7}
      .top .meta{margin:0;opacity:.75;font-size:13px}
      main{max-width:1180px;margin:0 auto;padding:24px 32px 48px}
      h2,h3{font-family:var(--serif)}
      .summary{display:grid;grid-template-columns:minmax(0,1fr);gap:16px}
      .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:12px}
      .tile{background:#fff;border:1px solid var(--line);border-radius:10px;padding:12px 14px}
      .tile b{display:block;font:700 28px/1.1 var(--serif)}
      .tile span{color:var(--muted);font-size:13px}
      .tile.error b{color:var(--err)}.tile.warning b{color:var(--warn)}.tile.info b{color:var(--info)}
      .chart{margin:0;background:#fff;border:1px solid var(--line);border-radius:10px;padding:14px 16px}
      .chart{max-width:640px}
      .chart figcaption{font-size:13px;color:var(--muted);margin-bottom:6px}
      .chart svg{width:100%;height:auto;display:block}
      .chart text{font:12px var(--sans);fill:var(--ink)}
      .chart .n{fill:var(--muted)}
      .b-error{fill:var(--err)}.b-warning{fill:#d9a21b}.b-info{fill:#5b8fd6}.b-none{fill:#e9e6df}
      .allclear{font:18px var(--serif);margin:8px 0}
      .filters{margin:24px 0 8px;background:#fff;border:1px solid var(--line);border-radius:10px;padding:10px 16px;\
      display:flex;flex-wrap:wrap;gap:8px 28px;align-items:center}
      .filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px;align-items:center}
      .filters legend{float:left;font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin-right:6px}
      .chip{display:inline-flex;align-items:center;gap:5px;border:1px solid var(--line);border-radius:999px;padding:2px 10px;\
      font-size:13px;cursor:pointer;background:#faf9f6;user-select:none}
      .chip input{margin:0}
      .chip .c{color:var(--muted);font-variant-numeric:tabular-nums}
      .chip.error{border-color:#efb8b2}.chip.warning{border-color:#ecd48b}.chip.info{border-color:#b5cff2}
      .shown{margin:0 0 0 auto;color:var(--muted);font-size:13px}
      .toc{margin:8px 0 24px;font-size:14px}
      .toc ol{margin:0;padding-left:22px;columns:2;column-gap:32px}
      .toc li{break-inside:avoid;margin:2px 0}
      .toc a{color:var(--ink)}
      .cnt{font-size:12px;border-radius:999px;padding:0 7px;margin-left:4px;white-space:nowrap}
      .cnt.error{background:var(--err-bg);color:var(--err)}.cnt.warning{background:var(--warn-bg);color:var(--warn)}\
      .cnt.info{background:var(--info-bg);color:var(--info)}
      .doc{background:var(--paper);border:1px solid var(--line);border-radius:12px;margin:0 0 28px;padding:24px 32px 20px;\
      box-shadow:0 1px 2px rgba(0,0,0,.04)}
      .doc>header{border-bottom:1px solid var(--line);margin-bottom:18px;padding-bottom:12px}
      .doc h2{margin:0 0 4px;font-size:26px;line-height:1.2}
      .path{margin:0;color:var(--muted);font-size:13px}
      .path code{font:13px var(--mono);color:var(--ink);word-break:break-all}
      .row{display:grid;grid-template-columns:minmax(0,40rem) minmax(0,1fr);gap:0 36px}
      .text{font:18px/1.65 var(--serif);white-space:pre-wrap;overflow-wrap:anywhere}
      .text p,.text blockquote,.text pre,.text h3,.text h4,.text h5{margin:0 0 16px}
      .text h3{font-size:24px;line-height:1.25}.text h4{font-size:20px}.text h5{font-size:18px}
      .text .li{padding-left:calc(1.3em * var(--lvl,1))}
      .text .li::before{content:"\\2022";margin-left:-1em;width:1em;display:inline-block;color:var(--muted)}
      .text .l2{--lvl:2}.text .l3{--lvl:3}
      .text blockquote{border-left:3px solid var(--line);padding-left:16px;color:#3c3c40;font-style:italic}
      .text .caption{font-size:15px;color:var(--muted);font-style:italic}
      .text .cell{font-size:16px;border-left:2px solid var(--line);padding-left:10px}
      .text pre{font:14px/1.5 var(--mono);background:#f3f1ec;padding:10px 12px;border-radius:6px;white-space:pre-wrap}
      mark.hl{color:inherit;border-radius:3px;padding:1px 0;-webkit-box-decoration-break:clone;box-decoration-break:clone}
      mark.error{background:var(--err-bg);box-shadow:inset 0 -2px 0 var(--err)}
      mark.warning{background:var(--warn-bg);box-shadow:inset 0 -2px 0 #d9a21b}
      mark.info{background:var(--info-bg);box-shadow:inset 0 -2px 0 #5b8fd6}
      mark.off{background:none;box-shadow:none}
      mark.pt::after{content:"\\2038";font-weight:700;color:var(--err)}
      mark.pt.warning::after{color:var(--warn)}mark.pt.info::after{color:var(--info)}mark.pt.off::after{content:""}
      mark.focus{outline:2px solid #1f2430;outline-offset:1px}
      sup.ref{font:700 11px var(--sans);color:#fff;background:#6b6f76;border-radius:8px;padding:0 5px;margin-left:2px;\
      vertical-align:super;line-height:1}
      sup.ref.error{background:var(--err)}sup.ref.warning{background:#b87a00}sup.ref.info{background:var(--info)}
      sup.ref[hidden]{display:none}
      .notes{font-size:14px;line-height:1.45}
      .note{border-left:3px solid #999;background:#fff;border-radius:0 8px 8px 0;padding:8px 12px;margin:0 0 12px;\
      box-shadow:0 1px 2px rgba(0,0,0,.06)}
      .note.error{border-color:var(--err)}.note.warning{border-color:#d9a21b}.note.info{border-color:#5b8fd6}
      .note[hidden]{display:none}
      .nh{display:flex;gap:8px;align-items:center;flex-wrap:wrap;font-size:12px;color:var(--muted)}
      .num{font-weight:700;color:#fff;background:#6b6f76;border-radius:8px;padding:0 6px}
      .note.error .num{background:var(--err)}.note.warning .num{background:#b87a00}.note.info .num{background:var(--info)}
      .sev{text-transform:uppercase;letter-spacing:.05em;font-weight:600}
      .note.error .sev{color:var(--err)}.note.warning .sev{color:var(--warn)}.note.info .sev{color:var(--info)}
      .rule{font:12px var(--mono);color:var(--ink)}
      .msg{margin:4px 0 0}
      .fix{margin:4px 0 0;color:var(--muted)}
      .fix q{color:var(--ink)}
      .filenotes{margin:0 0 16px}
      .filenotes .note{max-width:40rem}
      .quote{margin:4px 0 0;font:14px var(--serif);color:#3c3c40;white-space:pre-wrap;overflow-wrap:anywhere}
      .diag{background:var(--err-bg);border-radius:8px;padding:8px 12px;margin:0 0 10px;font-size:14px}
      .diag.warning{background:var(--warn-bg)}
      .diag code{font:12px var(--mono)}
      .clean,.more{margin-top:8px;color:var(--muted)}
      .clean ul{columns:3;column-gap:24px;font:13px var(--mono);padding-left:18px}
      footer{max-width:1180px;margin:0 auto;padding:0 32px 32px;color:var(--muted);font-size:12px}
      [hidden]{display:none !important}
      @media (max-width:900px){.summary,.row{grid-template-columns:minmax(0,1fr)}.toc ol,.clean ul{columns:1}\
      main{padding:16px}.doc{padding:18px}}
      """;

  private static final String JS =
      """
      (function(){
      var d=document,rank={error:0,warning:1,info:2},form=d.getElementById('filters');
      if(!form){d.body.setAttribute('data-ready','true');return;}
      function checked(attr){var m={};form.querySelectorAll('input['+attr+']').forEach(function(c){m[c.getAttribute(attr)]=c.checked;});return m;}
      function apply(){
      var sev=checked('data-sev'),rule=checked('data-rule'),vis={},shown=0,total=0;
      d.querySelectorAll('.note').forEach(function(n){var v=!!(sev[n.dataset.sev]&&rule[n.dataset.rule]);n.hidden=!v;vis[n.id]=v;total++;if(v)shown++;});
      d.querySelectorAll('mark[data-f]').forEach(function(m){var best=null;m.dataset.f.split(' ').forEach(function(id){
      if(vis[id]){var s=d.getElementById(id).dataset.sev;if(best===null||rank[s]<rank[best])best=s;}});
      m.className='hl'+(m.classList.contains('pt')?' pt':'')+' '+(best||'off');});
      d.querySelectorAll('sup.ref').forEach(function(s){s.hidden=!vis[s.dataset.f];});
      d.querySelectorAll('article.doc').forEach(function(a){var any=a.querySelector('.note:not([hidden]),.diag');a.hidden=!any;
      var t=d.querySelector('.toc li[data-a="'+a.id+'"]');if(t)t.hidden=!any;});
      var out=d.getElementById('shown');if(out)out.textContent='Showing '+shown+' of '+total+' findings';}
      location.hash.slice(1).split('&').forEach(function(p){var kv=p.split('='),attr={severity:'data-sev',rule:'data-rule'}[kv[0]];
      if(attr&&kv.length===2){var keep=decodeURIComponent(kv[1]).split(',');
      form.querySelectorAll('input['+attr+']').forEach(function(c){c.checked=keep.indexOf(c.getAttribute(attr))>=0;});}});
      form.addEventListener('change',apply);
      d.addEventListener('mouseover',function(e){var n=e.target.closest&&e.target.closest('.note');
      d.querySelectorAll('mark.focus').forEach(function(m){m.classList.remove('focus');});
      if(n)d.querySelectorAll('mark[data-f]').forEach(function(m){if((' '+m.dataset.f+' ').indexOf(' '+n.id+' ')>=0)m.classList.add('focus');});});
      apply();d.body.setAttribute('data-ready','true');
      })();
      """;

  private static final String CSP =
      "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '" + sha256(JS)
          + "'; img-src data:; base-uri 'none'; form-action 'none'";

  /** Articles rendered in full by default; the rest are listed, so that a page for a big archive stays usable. */
  public static final int DEFAULT_MAX_ARTICLES = 1000;

  private final String project;
  private final int maxArticles;

  /** A report titled "Copydesk report". */
  public HtmlReporter() {
    this("");
  }

  /** A report for {@code project} (for example "The Riverside Courier"; empty for none). */
  public HtmlReporter(String project) {
    this(project, DEFAULT_MAX_ARTICLES);
  }

  /**
   * A report for {@code project} that renders at most {@code maxArticles} articles with findings in full
   * and lists the others with their counts.
   */
  public HtmlReporter(String project, int maxArticles) {
    if (maxArticles < 0) {
      throw new IllegalArgumentException("maxArticles must be 0 or more, was " + maxArticles);
    }
    this.project = project.strip();
    this.maxArticles = maxArticles;
  }

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String defaultFileName() {
    return "copydesk.html";
  }

  /** The page shows each flagged article's text. */
  @Override
  public boolean readsArticles() {
    return true;
  }

  /** The Content-Security-Policy the page declares: only its own style and script, by hash. */
  public static String contentSecurityPolicy() {
    return CSP;
  }

  @Override
  public void write(LintReport report, Writer w) throws IOException {
    Out out = new Out(w);
    out.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"").text(CSP).raw("\">\n");
    out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.raw("<meta name=\"generator\" content=\"").text(report.tool() + " " + report.version()).raw("\">\n");
    out.raw("<title>").text(project.isEmpty() ? "Copydesk report" : project + " \u00B7 Copydesk report").raw("</title>\n<style>").raw(CSS).raw("</style>\n</head>\n<body>\n");
    Map<Severity, Long> bySeverity = report.countsBySeverity();
    long files = report.results().size();
    long withFindings = report.results().stream().filter(r -> !r.findings().isEmpty()).count();
    long unreadable = report.results().stream().filter(r -> !r.isLinted()).count();
    out.raw("<header class=\"top\"><div class=\"brand\">Copydesk <span>report</span></div><p class=\"meta\">")
        .text(project.isEmpty() ? "" : project + " \u00B7 ")
        .text(files + (files == 1 ? " file" : " files") + " checked \u00B7 " + report.tool() + " " + report.version())
        .raw("</p></header>\n<main>\n");
    summary(out, report, bySeverity, files, withFindings, unreadable);
    List<LintResult> flagged = new ArrayList<>();
    List<LintResult> clean = new ArrayList<>();
    for (LintResult r : report.results()) {
      (r.findings().isEmpty() && r.diagnostics().isEmpty() ? clean : flagged).add(r);
    }
    if (report.findingCount() > 0) {
      filters(out, report, bySeverity);
    }
    if (!flagged.isEmpty()) {
      toc(out, flagged, maxArticles);
    }
    int n = 0;
    for (LintResult r : flagged) {
      if (n == maxArticles) {
        out.raw("<p class=\"more\">").text((flagged.size() - n) + " more files are listed above but not shown"
            + " here, to keep this page light; the JSON and SARIF reports have all of them.").raw("</p>\n");
        break;
      }
      new ArticleView(out, r, "a" + (++n)).render();
    }
    if (!clean.isEmpty()) {
      out.raw("<section class=\"clean\"><details><summary>").text(clean.size() + (clean.size() == 1 ? " clean file" : " clean files"))
          .raw("</summary>\n<ul>\n");
      for (LintResult r : clean) {
        out.raw("<li>").text(r.id());
        if (!r.suppressed().isEmpty()) {
          out.text(" (" + r.suppressed().size() + " suppressed)");
        }
        out.raw("</li>\n");
      }
      out.raw("</ul></details></section>\n");
    }
    out.raw("</main>\n<footer>Generated by ").text(report.tool() + " " + report.version())
        .raw(". Offsets and columns count UTF-16 code units; lines and columns start at 1.</footer>\n");
    out.raw("<script>").raw(JS).raw("</script>\n</body>\n</html>\n");
    w.flush();
  }

  private static void summary(
      Out out, LintReport report, Map<Severity, Long> bySeverity, long files, long withFindings, long unreadable)
      throws IOException {
    out.raw("<section class=\"summary\" aria-label=\"Summary\">\n<div class=\"tiles\">\n");
    tile(out, "total", report.findingCount(), report.findingCount() == 1 ? "finding" : "findings");
    tile(out, "error", bySeverity.get(Severity.ERROR), bySeverity.get(Severity.ERROR) == 1 ? "error" : "errors");
    tile(out, "warning", bySeverity.get(Severity.WARNING), bySeverity.get(Severity.WARNING) == 1 ? "warning" : "warnings");
    tile(out, "info", bySeverity.get(Severity.INFO), "info");
    tile(out, "files", withFindings, "of " + files + (files == 1 ? " file" : " files") + " to fix");
    if (report.suppressedCount() > 0) {
      tile(out, "suppressed", report.suppressedCount(), "suppressed");
    }
    if (unreadable > 0) {
      tile(out, "error", unreadable, unreadable == 1 ? "file unreadable" : "files unreadable");
    }
    out.raw("</div>\n");
    chart(out, report);
    out.raw("</section>\n");
  }

  private static void tile(Out out, String kind, long n, String label) throws IOException {
    out.raw("<div class=\"tile " + kind + "\"><b>" + n + "</b><span>").text(label).raw("</span></div>\n");
  }

  /** Horizontal bars: one for all findings split by severity, then one per rule, stacked by severity. */
  private static void chart(Out out, LintReport report) throws IOException {
    Map<String, Map<Severity, Long>> byRule = new TreeMap<>();
    for (LintResult r : report.results()) {
      for (Finding f : r.findings()) {
        byRule.computeIfAbsent(f.ruleId(), k -> new EnumMap<>(Severity.class)).merge(f.severity(), 1L, Long::sum);
      }
    }
    out.raw("<figure class=\"chart\"><figcaption>Findings by rule and severity</figcaption>\n");
    if (byRule.isEmpty()) {
      out.raw("<p class=\"allclear\">No findings: every article passed the copy desk.</p></figure>\n");
      return;
    }
    List<Map.Entry<String, Map<Severity, Long>>> rows = new ArrayList<>(byRule.entrySet());
    rows.sort((a, b) -> Long.compare(total(b.getValue()), total(a.getValue())));
    long max = total(rows.get(0).getValue());
    int labelW = 190;
    int barW = 330;
    int rowH = 24;
    int width = labelW + barW + 50;
    int height = rowH * (rows.size() + 1) + 10;
    out.raw("<svg viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-label=\"Findings by rule and severity\""
        + " xmlns=\"http://www.w3.org/2000/svg\">\n");
    // Severity split across the whole width.
    Map<Severity, Long> sev = report.countsBySeverity();
    long all = report.findingCount();
    out.raw("<text x=\"0\" y=\"16\">all rules</text>");
    double x = labelW;
    for (Severity s : Severity.values()) {
      long c = sev.get(s);
      if (c == 0) {
        continue;
      }
      double wdt = barW * (double) c / all;
      out.raw(String.format(Locale.ROOT, "<rect class=\"b-%s\" x=\"%.1f\" y=\"5\" width=\"%.1f\" height=\"14\" rx=\"2\">", s.id(), x, wdt))
          .raw("<title>").text(c + " " + s.id()).raw("</title></rect>");
      x += wdt;
    }
    out.raw("<text class=\"n\" x=\"" + (labelW + barW + 8) + "\" y=\"16\">" + all + "</text>\n");
    int y = rowH + 5;
    for (Map.Entry<String, Map<Severity, Long>> e : rows) {
      long t = total(e.getValue());
      out.raw("<text x=\"0\" y=\"" + (y + 11) + "\">").text(e.getKey()).raw("</text>");
      out.raw("<rect class=\"b-none\" x=\"" + labelW + "\" y=\"" + y + "\" width=\"" + barW + "\" height=\"14\" rx=\"2\"/>");
      double bx = labelW;
      for (Severity s : Severity.values()) {
        long c = e.getValue().getOrDefault(s, 0L);
        if (c == 0) {
          continue;
        }
        double wdt = barW * (double) c / max;
        out.raw(String.format(Locale.ROOT, "<rect class=\"b-%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"14\" rx=\"2\">", s.id(), bx, y, wdt))
            .raw("<title>").text(e.getKey() + ": " + c + " " + s.id()).raw("</title></rect>");
        bx += wdt;
      }
      out.raw("<text class=\"n\" x=\"" + (labelW + barW + 8) + "\" y=\"" + (y + 11) + "\">" + t + "</text>\n");
      y += rowH;
    }
    out.raw("</svg></figure>\n");
  }

  private static long total(Map<Severity, Long> m) {
    return m.values().stream().mapToLong(Long::longValue).sum();
  }

  private static void filters(Out out, LintReport report, Map<Severity, Long> bySeverity) throws IOException {
    out.raw("<form id=\"filters\" class=\"filters\" aria-label=\"Filter findings\">\n<fieldset><legend>Severity</legend>");
    for (Severity s : Severity.values()) {
      long c = bySeverity.get(s);
      if (c == 0) {
        continue;
      }
      out.raw("<label class=\"chip " + s.id() + "\"><input type=\"checkbox\" checked data-sev=\"" + s.id() + "\"> ")
          .text(s.id()).raw(" <span class=\"c\">" + c + "</span></label>");
    }
    out.raw("</fieldset>\n<fieldset><legend>Rule</legend>");
    Map<String, String> summaries = new HashMap<>();
    for (RuleMetadata m : report.rules()) {
      summaries.put(m.id(), m.summary());
    }
    for (Map.Entry<String, Long> e : report.countsByRule().entrySet()) {
      out.raw("<label class=\"chip\" title=\"").text(summaries.getOrDefault(e.getKey(), e.getKey())).raw("\"><input type=\"checkbox\" checked data-rule=\"").text(e.getKey()).raw("\"> ")
          .text(e.getKey()).raw(" <span class=\"c\">" + e.getValue() + "</span></label>");
    }
    out.raw("</fieldset>\n<p id=\"shown\" class=\"shown\" aria-live=\"polite\"></p>\n</form>\n");
  }

  private static void toc(Out out, List<LintResult> flagged, int maxArticles) throws IOException {
    out.raw("<nav class=\"toc\" aria-label=\"Articles with findings\"><ol>\n");
    int n = 0;
    for (LintResult r : flagged) {
      String id = "a" + (++n);
      if (n > maxArticles) {
        out.raw("<li>").text(r.id());
        counts(out, r);
        out.raw("</li>\n");
        continue;
      }
      out.raw("<li data-a=\"" + id + "\"><a href=\"#" + id + "\">").text(r.id()).raw("</a>");
      counts(out, r);
      out.raw("</li>\n");
    }
    out.raw("</ol></nav>\n");
  }

  private static void counts(Out out, LintResult r) throws IOException {
    for (Severity s : Severity.values()) {
      long c = r.count(s);
      if (c > 0) {
        out.raw("<span class=\"cnt " + s.id() + "\">" + c + " " + s.id() + (c > 1 && s != Severity.INFO ? "s" : "") + "</span>");
      }
    }
    if (!r.isLinted()) {
      out.raw("<span class=\"cnt error\">unreadable</span>");
    } else if (!r.diagnostics().isEmpty()) {
      int n = r.diagnostics().size();
      out.raw("<span class=\"cnt warning\">" + n + (n == 1 ? " notice" : " notices") + "</span>");
    }
  }

  /** Renders one article: header, file-level notes, then its blocks with highlights and notes. */
  private static final class ArticleView {
    private final Out out;
    private final LintResult result;
    private final String anchor;
    private final List<Finding> findings;
    /** Per finding: the index of the block whose row carries its note, or -1 for a file-level note. */
    private final int[] noteBlock;

    ArticleView(Out out, LintResult result, String anchor) {
      this.out = out;
      this.result = result;
      this.anchor = anchor;
      this.findings = result.findings();
      this.noteBlock = new int[findings.size()];
    }

    private String noteId(int k) {
      return anchor + "-" + (k + 1);
    }

    void render() throws IOException {
      Article article = result.article();
      out.raw("<article class=\"doc\" id=\"" + anchor + "\">\n<header>");
      String heading = article == null ? null : article.metadata().title().orElse(null);
      out.raw("<h2>").text(heading != null ? heading : fileName(result.id())).raw("</h2>");
      out.raw("<p class=\"path\"><code>").text(result.id()).raw("</code>");
      if (result.format() != null) {
        out.text(" \u00B7 " + result.format().id());
      }
      if (article != null) {
        byline(article.metadata());
      }
      out.raw(" ");
      counts(out, result);
      if (!result.suppressed().isEmpty()) {
        out.raw("<span class=\"cnt\">" + result.suppressed().size() + " suppressed</span>");
      }
      out.raw("</p></header>\n");
      for (Diagnostic d : result.diagnostics()) {
        out.raw("<div class=\"diag" + (d.level() == Diagnostic.Level.WARNING ? " warning" : "") + "\"><code>")
            .text(d.code()).raw("</code> ").text(d.message());
        if (d.position() != null) {
          out.text(" (line " + d.position().line() + ", column " + d.position().column() + ")");
        }
        out.raw("</div>\n");
      }
      if (article == null) {
        out.raw("</article>\n");
        return;
      }
      List<Block> blocks = article.blocks();
      List<List<int[]>> ranges = placeFindings(blocks);
      List<Integer> fileLevel = new ArrayList<>();
      for (int k = 0; k < findings.size(); k++) {
        if (noteBlock[k] < 0) {
          fileLevel.add(k);
        }
      }
      if (!fileLevel.isEmpty()) {
        out.raw("<div class=\"filenotes\">\n");
        for (int k : fileLevel) {
          note(k, true);
        }
        out.raw("</div>\n");
      }
      for (int b = 0; b < blocks.size(); b++) {
        if (b == 0 && heading != null && ranges.get(0).isEmpty() && blocks.get(0).kind() == BlockKind.HEADING
            && blocks.get(0).text().strip().equalsIgnoreCase(heading.strip())) {
          continue; // the headline is already the article's title above
        }
        block(b, blocks.get(b), ranges.get(b));
      }
      out.raw("</article>\n");
    }

    private void byline(Metadata m) throws IOException {
      List<String> parts = new ArrayList<>();
      if (!m.authors().isEmpty()) {
        parts.add("by " + String.join(", ", m.authors()));
      }
      m.published().ifPresent(parts::add);
      if (!parts.isEmpty()) {
        out.text(" \u00B7 " + String.join(" \u00B7 ", parts));
      }
    }

    /**
     * For each block, the text ranges {@code [finding, start, end]} of the findings it shows; fills
     * {@link #noteBlock}.
     */
    private List<List<int[]>> placeFindings(List<Block> blocks) {
      List<List<int[]>> ranges = new ArrayList<>(blocks.size());
      for (int b = 0; b < blocks.size(); b++) {
        ranges.add(new ArrayList<>());
      }
      for (int k = 0; k < findings.size(); k++) {
        noteBlock[k] = -1;
        Finding f = findings.get(k);
        for (int b = 0; b < blocks.size(); b++) {
          Block block = blocks.get(b);
          int[] r = textRange(block, f);
          if (r != null) {
            ranges.get(b).add(new int[] {k, r[0], r[1]});
            if (noteBlock[k] < 0) {
              noteBlock[k] = b;
            }
            if (f.span().isEmpty()) {
              break;
            }
          }
        }
      }
      return ranges;
    }

    /** The range of {@code block}'s text that shows {@code f}, or null when it shows none of it. */
    private static int[] textRange(Block block, Finding f) {
      int fs = f.span().start();
      int fe = f.span().end();
      String text = block.text();
      if (f.span().isEmpty()) {
        if (fs < block.span().start() || fs > block.span().end()) {
          return null;
        }
        for (int i = 0; i < text.length(); i++) {
          if (block.textMap().startOf(i) >= fs) {
            return new int[] {i, i};
          }
        }
        return new int[] {text.length(), text.length()};
      }
      if (!block.span().overlaps(f.span())) {
        return null;
      }
      int first = -1;
      int last = -1;
      for (int i = 0; i < text.length(); i++) {
        int s = block.textMap().startOf(i);
        int e = block.textMap().endOf(i);
        if (s < fe && e > fs) {
          if (first < 0) {
            first = i;
          }
          last = i;
        }
      }
      return first < 0 ? null : new int[] {first, last + 1};
    }

    private void block(int b, Block block, List<int[]> ranges) throws IOException {
      List<Integer> notes = new ArrayList<>();
      for (int[] r : ranges) {
        if (noteBlock[r[0]] == b && !notes.contains(r[0])) {
          notes.add(r[0]);
        }
      }
      out.raw("<div class=\"row\"><div class=\"text\">");
      String tag;
      String cls = null;
      switch (block.kind()) {
        case HEADING -> tag = "h" + Math.min(5, Math.max(3, block.level() + 2));
        case BLOCK_QUOTE -> tag = "blockquote";
        case CODE -> tag = "pre";
        case LIST_ITEM -> {
          tag = "p";
          cls = "li l" + Math.min(3, Math.max(1, block.level()));
        }
        case CAPTION -> {
          tag = "p";
          cls = "caption";
        }
        case TABLE_CELL -> {
          tag = "p";
          cls = "cell";
        }
        default -> tag = "p";
      }
      out.raw("<" + tag + (cls == null ? "" : " class=\"" + cls + "\"") + ">");
      highlighted(block.text(), ranges, b);
      out.raw("</" + tag + ">");
      out.raw("</div><aside class=\"notes\">");
      for (int k : notes) {
        note(k, false);
      }
      out.raw("</aside></div>\n");
    }

    /** Writes {@code text} with each range wrapped in marks and note numbers after the ranges they end. */
    private void highlighted(String text, List<int[]> ranges, int b) throws IOException {
      if (ranges.isEmpty()) {
        out.text(text);
        return;
      }
      java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
      cuts.add(0);
      cuts.add(text.length());
      for (int[] r : ranges) {
        cuts.add(r[1]);
        cuts.add(r[2]);
      }
      Integer[] at = cuts.toArray(new Integer[0]);
      for (int i = 0; i < at.length; i++) {
        int p = at[i];
        // What happens exactly at p: numbers of ranges ending here, then insertion points.
        for (int[] r : ranges) {
          if (r[2] == p && r[1] < r[2] && noteBlock[r[0]] == b && isLastRangeInBlock(ranges, r)) {
            ref(r[0]);
          }
        }
        for (int[] r : ranges) {
          if (r[1] == p && r[2] == p) {
            Finding f = findings.get(r[0]);
            out.raw("<mark class=\"hl pt " + f.severity().id() + "\" data-f=\"" + noteId(r[0]) + "\" title=\"")
                .text(f.ruleId() + ": " + f.message()).raw("\"></mark>");
            if (noteBlock[r[0]] == b) {
              ref(r[0]);
            }
          }
        }
        if (i + 1 == at.length) {
          break;
        }
        int q = at[i + 1];
        List<Integer> covering = new ArrayList<>();
        for (int[] r : ranges) {
          if (r[1] <= p && q <= r[2] && r[1] < r[2]) {
            covering.add(r[0]);
          }
        }
        String piece = text.substring(p, q);
        if (covering.isEmpty()) {
          out.text(piece);
          continue;
        }
        Severity worst = Severity.INFO;
        StringBuilder ids = new StringBuilder();
        StringBuilder tip = new StringBuilder();
        for (int k : covering) {
          Finding f = findings.get(k);
          if (f.severity().isAtLeast(worst)) {
            worst = f.severity();
          }
          ids.append(ids.length() == 0 ? "" : " ").append(noteId(k));
          tip.append(tip.length() == 0 ? "" : "\n").append(f.ruleId()).append(": ").append(f.message());
        }
        out.raw("<mark class=\"hl " + worst.id() + "\" data-f=\"" + ids + "\" title=\"").text(tip.toString()).raw("\">")
            .text(piece).raw("</mark>");
      }
    }

    private boolean isLastRangeInBlock(List<int[]> ranges, int[] r) {
      for (int[] o : ranges) {
        if (o != r && o[0] == r[0] && o[1] > r[1]) {
          return false;
        }
      }
      return true;
    }

    private void ref(int k) throws IOException {
      out.raw("<sup class=\"ref " + findings.get(k).severity().id() + "\" data-f=\"" + noteId(k) + "\">" + (k + 1) + "</sup>");
    }

    private void note(int k, boolean withQuote) throws IOException {
      Finding f = findings.get(k);
      String sev = f.severity().id();
      out.raw("<div class=\"note " + sev + "\" id=\"" + noteId(k) + "\" data-rule=\"").text(f.ruleId())
          .raw("\" data-sev=\"" + sev + "\"><div class=\"nh\"><span class=\"num\">" + (k + 1) + "</span><span class=\"sev\">"
              + sev + "</span><code class=\"rule\">").text(f.ruleId()).raw("</code><span>")
          .text("line " + f.start().line() + ", col " + f.start().column()).raw("</span></div>");
      out.raw("<p class=\"msg\">").text(f.message()).raw("</p>");
      if (withQuote && !f.excerpt().isBlank()) {
        out.raw("<p class=\"quote\">\u201C").text(f.excerpt()).raw("\u201D</p>");
      }
      for (Fix x : f.fixes()) {
        out.raw("<p class=\"fix\">");
        if (x.replacement().isEmpty()) {
          out.text("Suggested: delete this text");
        } else {
          out.text("Suggested: replace with ").raw("<q>").text(x.replacement()).raw("</q>");
        }
        out.raw("</p>");
      }
      out.raw("</div>");
    }
  }

  private static String fileName(String id) {
    int slash = id.lastIndexOf('/');
    return slash >= 0 && slash + 1 < id.length() ? id.substring(slash + 1) : id;
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** Raw markup and escaped text onto a writer. Not thread-safe. */
  private static final class Out {
    private final Writer w;

    Out(Writer w) {
      this.w = w;
    }

    Out raw(String s) throws IOException {
      w.write(s);
      return this;
    }

    Out text(String s) throws IOException {
      w.write(Html.escape(s));
      return this;
    }
  }
}
