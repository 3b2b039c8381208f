package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the HTML report in a real headless browser (Debian's {@code chromium}): the script runs under
 * the page's Content-Security-Policy, the highlights are in the rendered DOM and on the screenshot, the
 * filters work, and nothing from the articles runs.
 *
 * <p>The report, the dumped DOM and the screenshot are written to {@code core/target/browser-check/}
 * ({@code copydesk.html}, {@code dom.html}, {@code screenshot.png}). Without a browser the test is
 * skipped, unless the environment variable {@code COPYDESK_REQUIRE_BROWSER} is {@code true} (CI sets
 * it), when it fails. {@code COPYDESK_CHROMIUM} names the browser binary if it is not on the path.
 */
class HtmlReportBrowserTest {

  private static final Path OUT = Path.of("target", "browser-check");
  private static Path browser;
  private static Path report;

  @BeforeAll
  static void findBrowserAndWriteReport() throws IOException {
    browser = findBrowser();
    if (browser == null) {
      if ("true".equalsIgnoreCase(System.getenv("COPYDESK_REQUIRE_BROWSER"))) {
        fail("COPYDESK_REQUIRE_BROWSER is set but no chromium was found on the PATH (install Debian's chromium)");
      }
      Assumptions.abort("no chromium on the PATH: headless-browser check skipped");
    }
    Files.createDirectories(OUT);
    report = OUT.resolve("copydesk.html").toAbsolutePath();
    ReportFiles.write(report, new HtmlReporter(), ReportFixtures.newsroom());
  }

  @Test
  void scriptRunsUnderTheCspAndHighlightsAreInTheDom() throws Exception {
    Document dom = Jsoup.parse(dumpDom(""));
    Files.writeString(OUT.resolve("dom.html"), dom.outerHtml(), StandardCharsets.UTF_8);
    assertEquals("true", dom.body().attr("data-ready"), "the report's script ran: the CSP hash matches");
    assertEquals("Copydesk report", dom.title(), "no script from an article changed the title");
    assertNull(dom.selectFirst("img"), "the article's <img onerror> stayed text");
    assertEquals("Showing 11 of 11 findings", dom.getElementById("shown").text());
    for (Element m : dom.select("mark[data-f]")) {
      assertTrue(m.hasClass("error") || m.hasClass("warning") || m.hasClass("info"), "highlighted: " + m);
    }
    assertEquals(10, dom.select("mark[data-f]:not(.pt)").size());
    assertEquals("Leave a Reply", dom.select("#a1 mark.error").first().text());
  }

  @Test
  void aUrlFragmentFiltersBySeverityAndRule() throws Exception {
    Document dom = Jsoup.parse(dumpDom("#severity=error&rule=page-chrome,truncated-text"));
    assertEquals("Showing 3 of 11 findings", dom.getElementById("shown").text());
    assertTrue(!dom.getElementById("a1").hasAttr("hidden"), "the budget article stays");
    assertTrue(dom.getElementById("a2").hasAttr("hidden"), "an article with no finding left is hidden");
    assertTrue(dom.select("#a1 mark.warning").isEmpty(), "warnings are no longer highlighted");
    assertEquals(2, dom.select("#a1 mark.error").size());
    assertTrue(dom.getElementById("a1-2").hasAttr("hidden"), "the vague-date note is hidden");
  }

  @Test
  void screenshotShowsTheHighlights() throws Exception {
    Path png = OUT.resolve("screenshot.png").toAbsolutePath();
    Files.deleteIfExists(png);
    run(List.of("--screenshot=" + png, "--window-size=1280,2200", "--hide-scrollbars", report.toUri().toString()));
    assertTrue(Files.size(png) > 20_000, "a screenshot was written to " + png);
    BufferedImage img = ImageIO.read(png.toFile());
    assertNotNull(img);
    // The highlight colours of the stylesheet: error, warning and info backgrounds.
    assertTrue(pixels(img, 0xfbe3e0) > 200, "red highlights visible");
    assertTrue(pixels(img, 0xfff0c7) > 200, "amber highlights visible");
    assertTrue(pixels(img, 0xe2efff) > 200, "blue highlights visible");
  }

  private static long pixels(BufferedImage img, int rgb) {
    long n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int p = img.getRGB(x, y) & 0xFFFFFF;
        if (Math.abs(((p >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) <= 3
            && Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) <= 3
            && Math.abs((p & 0xFF) - (rgb & 0xFF)) <= 3) {
          n++;
        }
      }
    }
    return n;
  }

  private static String dumpDom(String fragment) throws Exception {
    return run(List.of("--dump-dom", "--virtual-time-budget=2000", report.toUri() + fragment));
  }

  /** Runs the browser headless with a fresh profile; returns its standard output. */
  private static String run(List<String> args) throws Exception {
    Path profile = Files.createTempDirectory(OUT, "profile");
    Path stdout = Files.createTempFile(OUT, "stdout", ".txt");
    Path stderr = Files.createTempFile(OUT, "stderr", ".txt");
    List<String> cmd = new ArrayList<>(List.of(
        browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile.toAbsolutePath()));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    try {
      if (!p.waitFor(90, TimeUnit.SECONDS)) {
        fail("chromium did not finish within 90 s: " + cmd);
      }
      String out = Files.readString(stdout, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        fail("chromium exited with " + p.exitValue() + ": " + Files.readString(stderr));
      }
      return out;
    } finally {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      deleteTree(profile);
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  private static Path findBrowser() {
    String configured = System.getenv("COPYDESK_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      Path p = Path.of(configured);
      return Files.isExecutable(p) ? p : null;
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  private static void deleteTree(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // A leftover profile in target/ is harmless.
    }
  }
}
