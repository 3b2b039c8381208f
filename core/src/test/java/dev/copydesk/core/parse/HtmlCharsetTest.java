package dev.copydesk.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Position;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An HTML page's own charset declaration, read as browsers read it. */
class HtmlCharsetTest {

  private static final SourceDecoder UTF8 = SourceDecoder.utf8();
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** "Don’t pay €5" with the apostrophe and the euro sign as windows-1252 bytes 0x92 and 0x80. */
  private static final byte[] BODY_1252 = {
    '<', 'p', '>', 'D', 'o', 'n', (byte) 0x92, 't', ' ', 'p', 'a', 'y', ' ', (byte) 0x80, '5', '<', '/', 'p', '>', '\n'
  };

  private static final String BODY_TEXT = "<p>Don\u2019t pay \u20AC5</p>\n";

  private static byte[] page(String head, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    return out.toByteArray();
  }

  private static String ok(SourceDecoder.Decoded d) {
    assertTrue(d.ok(), String.valueOf(d.diagnostic()));
    assertEquals(List.of(), d.warnings());
    return d.text();
  }

  private static String html(byte[] bytes) {
    return ok(UTF8.decode(bytes, Format.HTML));
  }

  @Test
  void metaCharsetDecidesTheEncoding() {
    String head = "<!DOCTYPE html>\n<html><head><meta charset=\"windows-1252\"><title>Fees</title></head>\n";
    assertEquals(head + BODY_TEXT, html(page(head, BODY_1252)));
  }

  @Test
  void quotesAreOptionalAndCaseDoesNotMatter() {
    assertEquals("<META CharSet=Windows-1252>" + BODY_TEXT, html(page("<META CharSet=Windows-1252>", BODY_1252)));
    assertEquals("<meta charset='cp1252'/>" + BODY_TEXT, html(page("<meta charset='cp1252'/>", BODY_1252)));
    assertEquals("<meta\ncharset = \" windows-1252 \">" + BODY_TEXT, html(page("<meta\ncharset = \" windows-1252 \">", BODY_1252)));
  }

  @Test
  void httpEquivContentTypeInEitherOrder() {
    String equivFirst = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\n";
    String contentFirst = "<meta content='text/html;charset=\"windows-1252\"' HTTP-EQUIV=content-type>\n";
    assertEquals(equivFirst + BODY_TEXT, html(page(equivFirst, BODY_1252)));
    assertEquals(contentFirst + BODY_TEXT, html(page(contentFirst, BODY_1252)));
  }

  @Test
  void contentWithoutHttpEquivDeclaresNothing() {
    String head = "<meta name=\"x\" content=\"text/html; charset=windows-1252\">\n";
    assertEquals("io.encoding", UTF8.decode(page(head, BODY_1252), Format.HTML).diagnostic().code());
  }

  @Test
  void latin1LabelsMeanWindows1252AsInBrowsers() {
    // 0x92 and 0x80 are C1 controls in ISO-8859-1 proper; browsers read every such page as windows-1252.
    for (String label : List.of("ISO-8859-1", "latin1", "us-ascii", "iso_8859-1")) {
      String head = "<meta charset=\"" + label + "\">";
      assertEquals(head + BODY_TEXT, html(page(head, BODY_1252)), label);
    }
    assertEquals(WINDOWS_1252, HtmlCharsetPrescan.forLabel(" ISO-8859-1 "));
    assertEquals(StandardCharsets.UTF_8, HtmlCharsetPrescan.forLabel("utf8"));
    assertNull(HtmlCharsetPrescan.forLabel("latin-9000"));
  }

  @Test
  void shiftJisPage() {
    String head = "<meta charset=shift_jis>";
    String body = "<p>\u6771\u4EAC\u306E\u5929\u6C17</p>";
    byte[] bytes = page(head, body.getBytes(Charset.forName("Shift_JIS")));
    assertEquals(head + body, html(bytes));
  }

  @Test
  void utf16LabelsMeanUtf8() {
    String head = "<meta charset=\"utf-16\">";
    String body = "<p>Caf\u00E9</p>";
    assertEquals(head + body, html(page(head, body.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void aMetaPastTheFirst1024BytesIsIgnored() {
    String filler = "<!DOCTYPE html><html><head><title>" + "x".repeat(1000) + "</title>";
    String head = filler + "<meta charset=\"windows-1252\">";
    assertTrue(filler.length() >= 1024, "the meta starts past the first 1024 bytes");
    SourceDecoder.Decoded d = UTF8.decode(page(head, BODY_1252), Format.HTML);
    assertEquals("io.encoding", d.diagnostic().code(), "read as UTF-8, the configured encoding");

    String inside = "<!DOCTYPE html><html><head><title>" + "x".repeat(950) + "</title><meta charset=\"windows-1252\">";
    assertTrue(inside.length() < 1024);
    assertEquals(inside + BODY_TEXT, html(page(inside, BODY_1252)));
  }

  @Test
  void aMetaInACommentOrInAnotherTagIsIgnored() {
    for (String head :
        List.of(
            "<!-- <meta charset=\"windows-1252\"> -->\n",
            "<!-- unclosed comment <meta charset=\"windows-1252\">\n",
            "<a title='<meta charset=windows-1252>'>x</a>\n",
            "<script src=\"a.js\" data-x=\"<meta charset=windows-1252>\"></script>\n",
            "<metadata charset=\"windows-1252\">\n")) {
      SourceDecoder.Decoded d = UTF8.decode(page(head, BODY_1252), Format.HTML);
      assertEquals("io.encoding", d.diagnostic().code(), head);
    }
    String afterComment = "<!-- old: <meta charset=\"utf-8\"> --><meta charset=\"windows-1252\">\n";
    assertEquals(afterComment + BODY_TEXT, html(page(afterComment, BODY_1252)));
    String shortComment = "<!--><meta charset=\"windows-1252\">\n";
    assertEquals(shortComment + BODY_TEXT, html(page(shortComment, BODY_1252)), "<!--> is a whole comment");
  }

  @Test
  void anUnknownLabelIsAWarningAtTheLabelAndThePageIsReadInTheConfiguredEncoding() {
    String head = "<html>\n<head><meta charset=\"klingon-8\">\n";
    SourceDecoder.Decoded d = new SourceDecoder(WINDOWS_1252).decode(page(head, BODY_1252), Format.HTML);
    assertTrue(d.ok(), String.valueOf(d.diagnostic()));
    assertEquals(head + BODY_TEXT, d.text());
    Diagnostic w = d.warnings().get(0);
    assertEquals(1, d.warnings().size());
    assertEquals(Diagnostic.Level.WARNING, w.level());
    assertEquals("io.charset", w.code());
    assertEquals(new Position(2, 22), w.position());
    assertEquals(
        "the page declares charset \"klingon-8\", which is not a known encoding; read as windows-1252, the configured encoding",
        w.message());

    String equiv = "<meta http-equiv=content-type content=\"text/html; charset=x-klingon\">";
    SourceDecoder.Decoded e = UTF8.decode(page(equiv, "<p>ok</p>".getBytes(StandardCharsets.US_ASCII)), Format.HTML);
    assertTrue(e.ok());
    assertEquals(new Position(1, equiv.indexOf("x-klingon") + 1), e.warnings().get(0).position());
  }

  @Test
  void anUnknownLabelThenABadByteReportsBoth() {
    SourceDecoder.Decoded d = UTF8.decode(page("<meta charset=klingon-8>\n", BODY_1252), Format.HTML);
    assertFalse(d.ok());
    assertEquals(List.of("io.charset", "io.encoding"), d.diagnostics().stream().map(Diagnostic::code).toList());
  }

  @Test
  void aByteOrderMarkWinsOverTheDeclaration() {
    String page = "<meta charset=\"windows-1252\"><p>Don\u2019t pay \u20AC5</p>";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertEquals(page, html(page("", concat(bom, page.getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void aUtf8PageDeclaringUtf8IsReadAsBefore() {
    String page = "<meta charset=\"utf-8\"><p>Don\u2019t pay \u20AC5</p>";
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    assertEquals(page, html(bytes));
    assertEquals(UTF8.decode(bytes).text(), html(bytes));
  }

  @Test
  void aUtf8PageThatKeptAnOldDeclarationIsReadAsUtf8() {
    // As in crawled archives converted to UTF-8: windows-1252 would make "’" into "â€™", and the
    // 0x9D of "”" is not windows-1252 at all.
    String page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"/>"
        + "<p>\u201cDon\u2019t pay \u20AC5\u201d</p>";
    assertEquals(page, html(page.getBytes(StandardCharsets.UTF_8)));
    assertEquals(page, ok(new SourceDecoder(WINDOWS_1252).decode(page.getBytes(StandardCharsets.UTF_8), Format.HTML)));
    // Without non-ASCII bytes there is nothing to tell; the declaration is followed, to the same text.
    String ascii = "<meta charset=\"iso-8859-1\"><p>Plain</p>";
    assertEquals(ascii, html(ascii.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void theDeclarationWinsOverAConfiguredEncoding() {
    String page = "<meta charset=\"utf-8\"><p>Don\u2019t pay \u20AC5</p>";
    assertEquals(page, ok(new SourceDecoder(WINDOWS_1252).decode(page.getBytes(StandardCharsets.UTF_8), Format.HTML)));
    // A page with no declaration still gets the configured encoding.
    assertEquals(BODY_TEXT, ok(new SourceDecoder(WINDOWS_1252).decode(BODY_1252, Format.HTML)));
  }

  @Test
  void badBytesInTheDeclaredEncodingAreReportedExactly() {
    // 0x81 has no character in windows-1252.
    String head = "<meta charset=windows-1252>\n<p>Fine</p>\n";
    byte[] bytes = page(head, new byte[] {'<', 'p', '>', 'a', (byte) 0x81, '<', '/', 'p', '>'});
    SourceDecoder.Decoded d = UTF8.decode(bytes, Format.HTML);
    assertFalse(d.ok());
    Diagnostic e = d.diagnostic();
    assertEquals("io.encoding", e.code());
    assertEquals(new Position(3, 5), e.position());
    assertEquals(
        "not valid windows-1252, the encoding the page declares at 1:15: invalid byte sequence at byte offset "
            + (head.length() + 4)
            + " (correct the page's charset declaration); skipped",
        e.message());

    // A page saved as windows-1252 that declares UTF-8: the declaration is named, as is the byte.
    SourceDecoder.Decoded u = new SourceDecoder(WINDOWS_1252).decode(page("<meta charset=utf-8>", BODY_1252), Format.HTML);
    assertEquals("io.encoding", u.diagnostic().code());
    assertEquals(new Position(1, 27), u.diagnostic().position());
    assertTrue(u.diagnostic().message().startsWith("not valid UTF-8, the encoding the page declares at 1:15:"), u.diagnostic().message());
  }

  @Test
  void otherFormatsIgnoreAMetaLine() {
    byte[] bytes = page("<meta charset=\"windows-1252\">\n\n", BODY_1252);
    for (Format f : List.of(Format.MARKDOWN, Format.TEXT)) {
      assertEquals("io.encoding", UTF8.decode(bytes, f).diagnostic().code(), f.id());
    }
    assertEquals("io.encoding", UTF8.decode(bytes).diagnostic().code());
  }

  @Test
  void aMegabyteOfUnclosedMetaTagsIsScannedOnlyToTheLimit() {
    byte[] hostile = "<meta ".repeat(1 << 18).getBytes(StandardCharsets.US_ASCII);
    assertNull(HtmlCharsetPrescan.scan(hostile));
    SourceDecoder.Decoded d = UTF8.decode(hostile, Format.HTML);
    assertTrue(d.ok());
    assertEquals(hostile.length, d.text().length());

    byte[] comment = ("<!--" + "-".repeat(1 << 20)).getBytes(StandardCharsets.US_ASCII);
    assertNull(HtmlCharsetPrescan.scan(comment));
    byte[] attributes = ("<meta charset=\"" + "a".repeat(1 << 20)).getBytes(StandardCharsets.US_ASCII);
    assertNull(HtmlCharsetPrescan.scan(attributes));
  }

  @Test
  void aMetaCutOffByTheLimitDeclaresNothing() {
    String head = "<p>" + "x".repeat(1024 - 3 - "<meta charset=windows-1252".length()) + "<meta charset=windows-1252>";
    assertEquals(1025, head.length(), "the closing '>' is the 1025th byte");
    assertNull(HtmlCharsetPrescan.scan(head.getBytes(StandardCharsets.US_ASCII)));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
