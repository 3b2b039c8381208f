package dev.copydesk.rules.grammar;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Metadata;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.model.TextMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds articles whose blocks carry the text maps a Markdown or HTML parser gives them, without the
 * parser: inline markup becomes gaps in the map, entities and line breaks become replacement pieces.
 * It lets the position tests run against the exact map shapes the real parsers produce, independently
 * of them. Only what the tests use is supported.
 */
final class SimulatedParse {

  private static final Pattern MARKDOWN_INLINE =
      Pattern.compile("\\*\\*|\\*|`+|\\[|\\]\\([^)\\s]*\\)|<[^>]+>");
  private static final Pattern HTML_INLINE = Pattern.compile("<[^>]+>");
  private static final Pattern ENTITY = Pattern.compile("&(amp|nbsp|rsquo|eacute|lt|gt);");
  private static final Map<String, String> ENTITIES =
      Map.of("amp", "&", "nbsp", "\u00A0", "rsquo", "\u2019", "eacute", "\u00E9", "lt", "<", "gt", ">");
  private static final Pattern HTML_BLOCK =
      Pattern.compile("<(p|h[1-6]|li|pre|blockquote)\\b[^>]*>(.*?)</\\1>", Pattern.DOTALL);

  private SimulatedParse() {}

  /**
   * Markdown: front matter between {@code ---} lines is skipped, blocks are separated by blank lines, a
   * block starting with three backticks is code, {@code #} starts a heading.
   */
  static Article markdown(String source, Metadata metadata) {
    List<Block> blocks = new ArrayList<>();
    int pos = 0;
    Span frontMatter = null;
    if (source.startsWith("---\n")) {
      int end = source.indexOf("\n---\n", 4);
      frontMatter = new Span(0, end + 5);
      pos = end + 5;
    }
    Matcher para = Pattern.compile("(?s)(.+?)(?:\\n\\s*\\n|\\n?$)").matcher(source);
    while (pos < source.length() && para.find(pos)) {
      int start = para.start(1);
      int end = para.end(1);
      while (start < end && Character.isWhitespace(source.charAt(start))) {
        start++;
      }
      String raw = source.substring(start, end);
      if (raw.startsWith("```")) {
        int from = source.indexOf('\n', start) + 1;
        int to = source.lastIndexOf("\n```", end);
        blocks.add(block(blocks.size(), BlockKind.CODE, new Span(start, end), source, from, to, null));
      } else if (raw.startsWith("# ")) {
        blocks.add(block(blocks.size(), BlockKind.HEADING, new Span(start, end), source, start + 2, end, MARKDOWN_INLINE));
      } else {
        blocks.add(block(blocks.size(), BlockKind.PARAGRAPH, new Span(start, end), source, start, end, MARKDOWN_INLINE));
      }
      pos = para.end();
    }
    return new Article("fixture.md", Format.MARKDOWN, source, metadata, blocks, List.of(), List.of(), frontMatter, null);
  }

  /** HTML: {@code p}, {@code h1}-{@code h6}, {@code li}, {@code blockquote} and {@code pre} (code) elements. */
  static Article html(String source, Metadata metadata) {
    List<Block> blocks = new ArrayList<>();
    Matcher m = HTML_BLOCK.matcher(source);
    while (m.find()) {
      BlockKind kind =
          switch (m.group(1)) {
            case "pre" -> BlockKind.CODE;
            case "li" -> BlockKind.LIST_ITEM;
            case "blockquote" -> BlockKind.BLOCK_QUOTE;
            case "p" -> BlockKind.PARAGRAPH;
            default -> BlockKind.HEADING;
          };
      blocks.add(
          block(blocks.size(), kind, new Span(m.start(), m.end()), source, m.start(2), m.end(2), kind == BlockKind.CODE ? null : HTML_INLINE));
    }
    return new Article("fixture.html", Format.HTML, source, metadata, blocks, List.of(), List.of(), null, null);
  }

  private static Block block(int index, BlockKind kind, Span span, String source, int from, int to, Pattern inline) {
    StringBuilder text = new StringBuilder();
    TextMap.Builder map = TextMap.builder();
    int i = from;
    while (i < to) {
      Matcher markup = inline == null ? null : inline.matcher(source).region(i, to);
      if (markup != null && markup.lookingAt()) {
        i = markup.end();
        continue;
      }
      Matcher entity = ENTITY.matcher(source).region(i, to);
      if (inline != null && entity.lookingAt()) {
        String decoded = ENTITIES.get(entity.group(1));
        text.append(decoded);
        map.replacement(i, entity.end() - i, decoded.length());
        i = entity.end();
        continue;
      }
      char c = source.charAt(i);
      if (c == '\n' && inline != null) {
        text.append(' ');
        map.replacement(i, 1, 1);
      } else {
        text.append(c);
        map.verbatim(i, 1);
      }
      i++;
    }
    return new Block(index, kind, 0, span, text.toString(), map.build(), List.of());
  }
}
