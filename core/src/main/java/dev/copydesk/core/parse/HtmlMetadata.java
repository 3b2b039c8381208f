package dev.copydesk.core.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Collections;
import dev.copydesk.core.model.Metadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Metadata of an HTML page, from the most to the least deliberate source: JSON-LD
 * ({@code NewsArticle}, {@code Article}, {@code BlogPosting} and their kin), Open Graph and
 * {@code article:} properties, {@code <meta name>} tags, {@code <link rel=canonical>},
 * {@code <html lang>} and {@code <title>}. Every {@code <meta>} name or property is kept in
 * {@link Metadata#fields()} (a list when it is repeated).
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlMetadata {

  /**
   * The JSON reader, made on the first page with JSON-LD. JSON-LD is read with jackson-core's streaming
   * parser into plain maps and lists: Jackson's data-binding mapper, which a tree would need, took about
   * a tenth of a second of a one-file command-line run to set up.
   */
  private static final class Json {
    static final JsonFactory FACTORY = JsonFactory.builder().build();
  }

  /** Longest JSON-LD script we read; larger ones are data dumps, not article metadata. */
  private static final int MAX_JSON_LD = 512 * 1024;

  private HtmlMetadata() {}

  /**
   * The elements metadata is read from, offered every element of the page in document order (by a walk
   * the parser makes anyway) rather than found by a selector query each; each list holds what the
   * selector in its comment would select. Not thread-safe; one per page.
   */
  static final class Tags {
    final List<Element> metaWithContent = new ArrayList<>(); // meta[content]
    @Nullable Element canonical; // link[rel=canonical][href], the first
    @Nullable Element contentLanguage; // meta[http-equiv=content-language][content], the first
    final List<Element> jsonLd = new ArrayList<>(); // script[type=application/ld+json]
    @Nullable Element time; // time[datetime], the first
    // Elements whose class, id or itemprop reads like a dateline ("published-date", "byline"), the first
    // few: a page that states no date in its meta tags still shows one there.
    final List<Element> datelines = new ArrayList<>();

    /**
     * The content of a {@code <meta name="generator">} that names Copydesk ("Copydesk 0.1.0"): the page
     * is one of its own HTML reports. Null for any other page.
     */
    @Nullable String copydeskReport() {
      for (int i = 0; i < metaWithContent.size(); i++) {
        Element m = metaWithContent.get(i);
        if (m.attr("name").equalsIgnoreCase("generator") && m.attr("content").startsWith("Copydesk ")) {
          return m.attr("content");
        }
      }
      return null;
    }

    /** Takes {@code e} if a selector above would. */
    void offer(Element e) {
      if (e.nameIs("time")) {
        if (time == null && e.hasAttr("datetime")) {
          time = e;
        }
      } else if (datelines.size() < MAX_DATELINES && !e.nameIs("script") && !e.nameIs("style") && readsLikeDateline(e)) {
        datelines.add(e);
      }
      if (e.nameIs("meta")) {
        if (e.hasAttr("content")) {
          metaWithContent.add(e);
          if (contentLanguage == null && e.hasAttr("http-equiv") && e.attr("http-equiv").equalsIgnoreCase("content-language")) {
            contentLanguage = e;
          }
        }
      } else if (e.nameIs("link")) {
        if (canonical == null && e.hasAttr("rel") && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
          canonical = e;
        }
      } else if (e.nameIs("script") && e.hasAttr("type") && e.attr("type").equalsIgnoreCase("application/ld+json")) {
        jsonLd.add(e);
      }
    }
  }

  /** Reads the metadata of {@code doc}, whose every element {@code tags} was offered. */
  static void read(Document doc, Tags tags, Metadata.Builder b) {
    Map<String, List<String>> meta = new LinkedHashMap<>();
    for (Element m : tags.metaWithContent) {
      String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (key.isBlank()) {
        continue;
      }
      meta.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(m.attr("content").strip());
    }
    for (Map.Entry<String, List<String>> e : meta.entrySet()) {
      List<String> v = e.getValue();
      b.field(e.getKey(), v.size() == 1 ? v.get(0) : List.copyOf(v));
    }
    @Nullable Map<?, ?> ld = jsonLdArticle(tags.jsonLd);

    b.title(first(ld == null ? null : text(ld.get("headline")), one(meta, "og:title"), one(meta, "twitter:title"), doc.title()));

    if (ld != null) {
      for (String name : MetadataValues.names(ld.get("author"))) {
        b.addAuthor(name);
      }
    }
    for (String key : List.of("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author")) {
      for (String v : meta.getOrDefault(key, List.of())) {
        // article:author is often a profile URL: a link, not a name.
        if (!v.startsWith("http://") && !v.startsWith("https://")) {
          b.addAuthor(v.regionMatches(true, 0, "By ", 0, 3) ? v.substring(3) : v);
        }
      }
    }

    String published =
        first(
            ld == null ? null : text(ld.get("datePublished")),
            one(meta, "article:published_time"),
            one(meta, "datepublished"),
            one(meta, "date"),
            one(meta, "pubdate"),
            one(meta, "publishdate"),
            one(meta, "dc.date.issued"),
            one(meta, "dc.date"),
            one(meta, "sailthru.date"),
            one(meta, "parsely-pub-date"));
    if (published == null) {
      published = visibleDate(tags);
    }
    if (published != null) {
      b.published(published, MetadataValues.date(published));
    }

    Element canonical = tags.canonical;
    b.url(first(canonical == null ? null : canonical.attr("href"), one(meta, "og:url"), ld == null ? null : text(ld.get("url"))));

    Element html = doc.selectFirst("html");
    Element contentLanguage = tags.contentLanguage;
    b.language(
        first(
            html == null ? null : html.attr("lang"),
            contentLanguage == null ? null : contentLanguage.attr("content"),
            ld == null ? null : text(ld.get("inLanguage")),
            one(meta, "og:locale")));

    b.description(first(one(meta, "description"), one(meta, "og:description"), ld == null ? null : text(ld.get("description"))));

    for (String key : List.of("keywords", "news_keywords")) {
      for (String v : meta.getOrDefault(key, List.of())) {
        MetadataValues.splitList(v).forEach(b::addTag);
      }
    }
    meta.getOrDefault("article:tag", List.of()).forEach(b::addTag);
    if (ld != null) {
      Object kw = ld.get("keywords");
      if (kw instanceof String k) {
        MetadataValues.splitList(k).forEach(b::addTag);
      } else if (kw instanceof List<?> list) {
        list.forEach(k -> b.addTag(String.valueOf(k)));
      }
    }
  }

  /** Most dateline candidates kept per page. */
  static final int MAX_DATELINES = 12;

  /** Words in a class, id or itemprop that mark where a page shows its date. */
  // Each starts with b, d, p or t (see readsLikeDateline).
  static final List<String> DATELINE_WORDS =
      List.of("date", "byline", "posted", "published", "timestamp", "pubtime", "time");

  /** Characters of a candidate's text read for a date. */
  private static final int DATELINE_TEXT = 160;

  private static boolean readsLikeDateline(Element e) {
    // Attributes, not the parsed class list: most elements have neither, and these are found cheaply.
    return readsLikeDateline(e.attr("class")) || readsLikeDateline(e.attr("id")) || readsLikeDateline(e.attr("itemprop"));
  }

  static boolean readsLikeDateline(String value) {
    // Every element of a page is asked: matched in place, ignoring case, rather than lower-cased first;
    // and only where a word can start. Every word starts with b, d, p or t, and no character but these
    // letters in either case is one of them ignoring case (nor is any other character x with x | 0x20 one
    // of them): a utility-class framework's long class lists are mostly other letters, dashes and
    // digits, and comparing at each of their characters was a fifth of an HTML parse.
    for (int i = 0; i + 4 <= value.length(); i++) {
      int first = value.charAt(i) | 0x20;
      if (first != 'b' && first != 'd' && first != 'p' && first != 't') {
        continue;
      }
      for (int k = 0; k < DATELINE_WORDS.size(); k++) {
        String w = DATELINE_WORDS.get(k);
        if (value.regionMatches(true, i, w, 0, w.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The date a page shows when its meta tags state none: the first {@code <time datetime>} that reads as a
   * date, else the first date written out ("January 08, 2008", "8 January 2008", "2008-01-08") at the
   * start of an element whose class or id reads like a dateline, as the page's header shows it above the
   * article. Null when there is neither.
   */
  private static @Nullable String visibleDate(Tags tags) {
    Element time = tags.time;
    if (time != null && MetadataValues.date(time.attr("datetime")) != null) {
      return time.attr("datetime").strip();
    }
    for (Element e : tags.datelines) {
      String written = MetadataValues.writtenDate(leadingText(e, DATELINE_TEXT));
      if (written != null) {
        return written;
      }
    }
    return null;
  }

  /** The first {@code max} characters or so of {@code e}'s text, without reading the rest of it. */
  private static String leadingText(Element e, int max) {
    StringBuilder out = new StringBuilder();
    org.jsoup.select.NodeTraversor.filter(
        new org.jsoup.select.NodeFilter() {
          @Override
          public FilterResult head(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof org.jsoup.nodes.TextNode t) {
              out.append(t.text()).append(' ');
            } else if (node instanceof Element el && (el.nameIs("script") || el.nameIs("style"))) {
              return FilterResult.SKIP_ENTIRELY;
            }
            return out.length() >= max ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        e);
    return out.length() > max ? out.substring(0, max) : out.toString();
  }

  /** The first JSON-LD object on the page whose type is an article; null when there is none. */
  private static @Nullable Map<?, ?> jsonLdArticle(List<Element> scripts) {
    for (Element script : scripts) {
      String json = script.data();
      if (json.length() > MAX_JSON_LD) {
        continue;
      }
      Object root;
      try (JsonParser p = Json.FACTORY.createParser(json)) {
        if (p.nextToken() == null) {
          continue;
        }
        root = plain(p);
      } catch (IOException | RuntimeException e) {
        // Broken JSON-LD is the page template's problem, not the article's: it is only skipped.
        continue;
      }
      Map<?, ?> found = findArticle(root, 0);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * The JSON value at the parser's current token as plain immutable Java, as {@link
   * MetadataValues#plain} makes a Jackson tree: String, Long (or the digits of a larger integer),
   * Double, Boolean, List, Map; null becomes "". Nesting is bounded by jackson-core's read constraints.
   */
  static Object plain(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          out.put(name, plain(p));
        }
        return Collections.unmodifiableMap(out);
      }
      case START_ARRAY -> {
        List<Object> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          out.add(plain(p));
        }
        return Collections.unmodifiableList(out);
      }
      case VALUE_NUMBER_INT -> {
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getText() : (Object) p.getLongValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return p.getDoubleValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return p.getBooleanValue();
      }
      case VALUE_NULL -> {
        return "";
      }
      default -> {
        return p.getText();
      }
    }
  }

  private static @Nullable Map<?, ?> findArticle(@Nullable Object n, int depth) {
    if (n == null || depth > 8) {
      return null;
    }
    if (n instanceof List<?> list) {
      for (Object c : list) {
        Map<?, ?> f = findArticle(c, depth + 1);
        if (f != null) {
          return f;
        }
      }
      return null;
    }
    if (!(n instanceof Map<?, ?> map)) {
      return null;
    }
    if (isArticleType(map.get("@type"))) {
      return map;
    }
    return findArticle(map.get("@graph"), depth + 1);
  }

  private static boolean isArticleType(@Nullable Object type) {
    if (type == null) {
      return false;
    }
    if (type instanceof List<?> list) {
      for (Object t : list) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    if (!(type instanceof String t)) {
      return false;
    }
    return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report") || t.equals("LiveBlogPosting");
  }

  /** A value's text; for an object its {@code name} or {@code @id}, as schema.org nests them. */
  private static @Nullable String text(@Nullable Object n) {
    if (n == null) {
      return null;
    }
    if (n instanceof Map<?, ?> m) {
      return text(m.containsKey("name") ? m.get("name") : m.get("@id"));
    }
    if (n instanceof List<?> list) {
      return list.isEmpty() ? null : text(list.get(0));
    }
    return n.toString();
  }

  private static @Nullable String one(Map<String, List<String>> meta, String key) {
    List<String> v = meta.get(key);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
