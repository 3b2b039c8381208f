package dev.copydesk.core.style;

import dev.copydesk.core.internal.SafeYaml;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.LineMap;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where a style rule looks: a list of selectors such as {@code heading}, {@code heading.h2}, {@code
 * sentence}, {@code front-matter.description} or {@code ~block-quote} (a leading {@code ~} excludes).
 * Vale's names ({@code list}, {@code blockquote}, {@code table.cell}, {@code summary}) are accepted as
 * aliases, and a format suffix ({@code heading.md}) limits a selector to one source format.
 *
 * <p>Immutable and thread-safe.
 */
final class Scope {

  /** What a selector selects. */
  enum Kind {
    /** Every prose block. */
    TEXT("text"),
    HEADING("heading"),
    PARAGRAPH("paragraph"),
    SENTENCE("sentence"),
    LIST_ITEM("list-item"),
    BLOCK_QUOTE("block-quote"),
    TABLE_CELL("table-cell"),
    CAPTION("caption"),
    /** The metadata title. */
    TITLE("title"),
    /** A front-matter (or meta) field. */
    FRONT_MATTER("front-matter"),
    /** All prose blocks as one text. */
    ARTICLE("article");

    final String id;

    Kind(String id) {
      this.id = id;
    }

    @Nullable BlockKind blockKind() {
      return switch (this) {
        case HEADING -> BlockKind.HEADING;
        case PARAGRAPH -> BlockKind.PARAGRAPH;
        case LIST_ITEM -> BlockKind.LIST_ITEM;
        case BLOCK_QUOTE -> BlockKind.BLOCK_QUOTE;
        case TABLE_CELL -> BlockKind.TABLE_CELL;
        case CAPTION -> BlockKind.CAPTION;
        default -> null;
      };
    }
  }

  /**
   * One selector.
   *
   * @param kind what it selects
   * @param level heading level 1-6, or 0 for any
   * @param field the dotted front-matter path, for {@link Kind#FRONT_MATTER}
   * @param format the only format it applies to, or null for all
   * @param negated whether it excludes rather than selects
   */
  record Selector(Kind kind, int level, @Nullable String field, @Nullable Format format, boolean negated) {
    boolean matchesBlock(Block b, Format articleFormat) {
      if (format != null && format != articleFormat) {
        return false;
      }
      if (kind == Kind.TEXT || kind == Kind.SENTENCE || kind == Kind.ARTICLE) {
        return true;
      }
      BlockKind bk = kind.blockKind();
      return bk == b.kind() && (level == 0 || b.level() == level);
    }

    @Override
    public String toString() {
      return (negated ? "~" : "") + kind.id + (level > 0 ? ".h" + level : "") + (field != null ? "." + field : "")
          + (format != null ? "." + format.id() : "");
    }
  }

  /** Thrown for a selector that cannot be read; the caller adds the location. */
  static final class BadSelector extends Exception {
    private static final long serialVersionUID = 1L;

    BadSelector(String message) {
      super(message);
    }
  }

  private static final String NAMES =
      "text, heading, heading.h1 to heading.h6, paragraph, sentence, list-item, block-quote, table-cell, caption,"
          + " title, front-matter.<field>, article; ~ before a name excludes it";

  private final List<Selector> selectors;

  // The selectors split once, as every article asks for its units.
  private final List<Selector> negations;
  private final List<Selector> positives;
  private final UnitKind unitKind;

  private Scope(List<Selector> selectors) {
    this.selectors = List.copyOf(selectors);
    this.negations = this.selectors.stream().filter(Selector::negated).toList();
    List<Selector> p = this.selectors.stream().filter(x -> !x.negated()).toList();
    this.positives = p.isEmpty() ? List.of(new Selector(Kind.TEXT, 0, null, null, false)) : p;
    this.unitKind = unitKindOf(positives);
  }

  static Scope of(List<Selector> selectors) {
    return new Scope(selectors);
  }

  List<Selector> selectors() {
    return selectors;
  }

  /** Whether any selector (positive) selects {@code kind}. */
  boolean selects(Kind kind) {
    return selectors.stream().anyMatch(s -> !s.negated() && s.kind() == kind);
  }

  /** Parses one selector such as {@code heading.h2}, {@code ~blockquote} or {@code front-matter.seo.title}. */
  static Selector parse(String raw) throws BadSelector {
    String s = raw.strip();
    boolean negated = s.startsWith("~");
    if (negated) {
      s = s.substring(1).strip();
    }
    if (s.isEmpty()) {
      throw new BadSelector("empty scope (expected one of " + NAMES + ")");
    }
    if (s.contains("&")) {
      throw new BadSelector("scope '" + raw + "' combines selectors with '&', which is not supported");
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (String prefix : new String[] {"front-matter.", "frontmatter.", "field."}) {
      if (lower.startsWith(prefix) && s.length() > prefix.length()) {
        return new Selector(Kind.FRONT_MATTER, 0, s.substring(prefix.length()), null, negated);
      }
    }
    // Linear: a literal dot.
    String[] parts = lower.split("\\.");
    Kind kind =
        switch (parts[0]) {
          case "text" -> Kind.TEXT;
          case "heading" -> Kind.HEADING;
          case "paragraph" -> Kind.PARAGRAPH;
          case "sentence" -> Kind.SENTENCE;
          case "list-item", "list", "li" -> Kind.LIST_ITEM;
          case "block-quote", "blockquote" -> Kind.BLOCK_QUOTE;
          case "table-cell", "table" -> Kind.TABLE_CELL;
          case "caption" -> Kind.CAPTION;
          case "figure" -> Kind.CAPTION;
          case "title" -> Kind.TITLE;
          case "article", "summary", "document" -> Kind.ARTICLE;
          default -> throw new BadSelector("unknown scope '" + raw + "' (expected one of " + NAMES + ")");
        };
    int level = 0;
    Format format = null;
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      // Linear: a literal and one character class, no repetition.
      if (kind == Kind.HEADING && p.matches("h[1-6]")) {
        level = p.charAt(1) - '0';
      } else if (kind == Kind.TABLE_CELL && (p.equals("cell") || p.equals("header"))) {
        // Table cells and header cells are both table-cell blocks.
      } else if (kind == Kind.TABLE_CELL && p.equals("caption")) {
        kind = Kind.CAPTION;
      } else if (kind == Kind.CAPTION && parts[0].equals("figure") && p.equals("caption")) {
        // figure.caption
      } else if (p.equals("md") || p.equals("markdown")) {
        format = Format.MARKDOWN;
      } else if (p.equals("html")) {
        format = Format.HTML;
      } else if (p.equals("txt")) {
        format = Format.TEXT;
      } else {
        throw new BadSelector("unknown scope '" + raw + "': '" + p + "' is not a heading level (h1-h6) or a format (md, html, txt)");
      }
    }
    if (kind == Kind.CAPTION && parts[0].equals("figure") && parts.length < 2) {
      throw new BadSelector("unknown scope '" + raw + "' (did you mean figure.caption?)");
    }
    return new Selector(kind, level, null, format, negated);
  }

  /** What the units of a scope are, for a rule that may skip an article (see {@link #unitKind()}). */
  enum UnitKind {
    /** Whole prose blocks: {@code text}, {@code paragraph}, {@code heading} and the other block kinds. */
    BLOCKS,
    /** Sentences of prose blocks. */
    SENTENCES,
    /** Anything else: the title, a front-matter field, the article as one text, or a mix. */
    OTHER
  }

  /** What every unit this scope selects is. */
  UnitKind unitKind() {
    return unitKind;
  }

  private static UnitKind unitKindOf(List<Selector> positives) {
    boolean blocks = false;
    boolean sentences = false;
    for (Selector sel : positives) {
      Kind k = sel.kind();
      if (k == Kind.SENTENCE) {
        sentences = true;
      } else if (k == Kind.TEXT || k.blockKind() != null) {
        blocks = true;
      } else {
        return UnitKind.OTHER;
      }
    }
    return blocks == sentences ? UnitKind.OTHER : blocks ? UnitKind.BLOCKS : UnitKind.SENTENCES;
  }

  /** The units of {@code article} this scope selects, in source order, each once. */
  List<Unit> units(Article article) {
    // Keyed by what each unit is, so that selectors that overlap give it once; one selector (the usual
    // scope) gives every unit once, and needs no keys.
    Units out = new Units(positives.size() > 1);
    Format format = article.format();
    for (int j = 0; j < positives.size(); j++) {
      Selector sel = positives.get(j);
      if (sel.format() != null && sel.format() != format) {
        continue;
      }
      switch (sel.kind()) {
        case TITLE -> title(article).ifPresent(u -> out.add("title", -1, -1, u));
        case FRONT_MATTER -> {
          List<Unit> values = field(article, sel.field() == null ? "" : sel.field());
          for (int i = 0; i < values.size(); i++) {
            out.add("field:" + sel.field(), i, -1, values.get(i));
          }
        }
        case ARTICLE -> {
          List<Block> blocks = new ArrayList<>();
          for (Block b : article.blocks()) {
            if (b.isProse() && !excluded(b, negations, format)) {
              blocks.add(b);
            }
          }
          if (!blocks.isEmpty()) {
            out.add("article", -1, -1, Unit.article(blocks));
          }
        }
        case SENTENCE -> {
          List<Block> blocks = article.blocks();
          for (int bi = 0; bi < blocks.size(); bi++) {
            Block b = blocks.get(bi);
            if (b.isProse() && !excluded(b, negations, format)) {
              List<Sentence> sentences = b.sentences();
              for (int si = 0; si < sentences.size(); si++) {
                Sentence s = sentences.get(si);
                out.add("s", b.index(), s.index(), Unit.of(b, s));
              }
            }
          }
        }
        default -> {
          List<Block> blocks = article.blocks();
          for (int bi = 0; bi < blocks.size(); bi++) {
            Block b = blocks.get(bi);
            if (b.isProse() && sel.matchesBlock(b, format) && !excluded(b, negations, format)) {
              out.add("b", b.index(), -1, Unit.of(b));
            }
          }
        }
      }
    }
    List<Unit> units = out.list();
    if (!inSourceOrder(units)) {
      units.sort((a, b) -> a.span().compareTo(b.span()));
    }
    return units;
  }

  /**
   * Whether {@code units} are in the order of their spans: nearly always (one selector gives blocks or
   * sentences as the article has them). Each span, which trims the unit's text, is worked out once
   * here, where a sort of units already in order would work out two a comparison.
   */
  private static boolean inSourceOrder(List<Unit> units) {
    Span previous = null;
    for (int i = 0; i < units.size(); i++) {
      Span span = units.get(i).span();
      if (previous != null && previous.compareTo(span) > 0) {
        return false;
      }
      previous = span;
    }
    return true;
  }

  /** Units in the order added, each once: by key when several selectors may give the same one. */
  private static final class Units {
    private final @Nullable Map<String, Unit> byKey;
    private final List<Unit> list = new ArrayList<>();

    Units(boolean keyed) {
      this.byKey = keyed ? new LinkedHashMap<>() : null;
    }

    /** Adds {@code unit}, known as {@code kind}, {@code i} and {@code j} (-1 for none), unless added before. */
    void add(String kind, int i, int j, Unit unit) {
      if (byKey == null || byKey.putIfAbsent(kind + ":" + i + ":" + j, unit) == null) {
        list.add(unit);
      }
    }

    List<Unit> list() {
      return list;
    }
  }

  private static boolean excluded(Block b, List<Selector> negations, Format format) {
    for (int i = 0; i < negations.size(); i++) {
      Selector n = negations.get(i);
      if (n.kind().blockKind() != null && n.matchesBlock(b, format)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The metadata title as a unit: the first heading whose text is the title (Markdown H1, plain-text
   * title line), else the {@code title} front-matter value, else the title's first verbatim occurrence
   * in the source (an HTML {@code <title>}). Empty when it cannot be placed.
   */
  static Optional<Unit> title(Article article) {
    Optional<String> title = article.metadata().title();
    if (title.isEmpty()) {
      return Optional.empty();
    }
    String t = title.get();
    for (Block b : article.blocks()) {
      if (b.kind() == BlockKind.HEADING && b.text().strip().equals(t)) {
        return Optional.of(Unit.of(b));
      }
    }
    Optional<Span> fm = article.frontMatter();
    if (fm.isPresent()) {
      Optional<Unit> v = locateValue(article, fm.get(), "title", t, Unit.Kind.TITLE);
      if (v.isPresent()) {
        return v;
      }
    }
    int at = article.source().indexOf(t);
    return at < 0 ? Optional.empty() : Optional.of(Unit.verbatim(Unit.Kind.TITLE, t, at));
  }

  /** The values of a front-matter field (a list gives one unit per string item). */
  static List<Unit> field(Article article, String path) {
    Object v = article.metadata().fields();
    // Linear: a literal dot.
    for (String part : path.split("\\.")) {
      if (!(v instanceof Map<?, ?> m) || !m.containsKey(part)) {
        return List.of();
      }
      v = m.get(part);
    }
    List<String> values = new ArrayList<>();
    if (v instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof String || o instanceof Number || o instanceof Boolean) {
          values.add(o.toString());
        }
      }
    } else if (v instanceof String || v instanceof Number || v instanceof Boolean) {
      values.add(v.toString());
    }
    Optional<Span> fm = article.frontMatter();
    List<Unit> out = new ArrayList<>();
    for (String value : values) {
      if (value.isBlank()) {
        continue;
      }
      Optional<Unit> u =
          fm.isPresent() ? locateValue(article, fm.get(), path, value, Unit.Kind.FIELD) : Optional.empty();
      if (u.isEmpty()) {
        // A meta tag or JSON-LD value of an HTML page: its first verbatim occurrence.
        int at = article.source().indexOf(value);
        if (at >= 0) {
          u = Optional.of(Unit.verbatim(Unit.Kind.FIELD, value, at));
        }
      }
      u.ifPresent(out::add);
    }
    return out;
  }

  /**
   * Places a front-matter value in the source: through the YAML node of its key when the front matter
   * is YAML (positions exact for plain and simply quoted scalars), else the first verbatim occurrence
   * after the key's name; a value that cannot be placed character by character (escapes, folded
   * scalars) maps every range to the whole value.
   */
  private static Optional<Unit> locateValue(Article article, Span fm, String path, String value, Unit.Kind kind) {
    String src = article.source();
    String fmText = fm.of(src);
    int contentStart = fmText.indexOf('\n');
    if (fmText.startsWith("---") && contentStart > 0) {
      int end = fmText.lastIndexOf("\n");
      String yaml = fmText.substring(contentStart + 1, Math.max(contentStart + 1, end));
      try {
        Node root = SafeYaml.compose(yaml);
        Node node = root;
        // Linear: a literal dot.
        for (String part : path.split("\\.")) {
          node = child(node, part);
          if (node == null) {
            break;
          }
        }
        if (node != null) {
          List<Node> scalars = new ArrayList<>();
          if (node instanceof SequenceNode seq) {
            scalars.addAll(seq.getValue());
          } else {
            scalars.add(node);
          }
          LineMap lines = LineMap.of(yaml);
          for (Node n : scalars) {
            if (n instanceof ScalarNode s && s.getValue().equals(value) && n.getStartMark() != null) {
              int start = lines.lineStart(n.getStartMark().getLine() + 1) + n.getStartMark().getColumn();
              int endOffset = lines.lineStart(n.getEndMark().getLine() + 1) + n.getEndMark().getColumn();
              int base = fm.start() + contentStart + 1;
              int quote = s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN ? 0 : 1;
              int vs = base + start + quote;
              if (vs + value.length() <= src.length() && src.startsWith(value, vs)) {
                return Optional.of(Unit.verbatim(kind, value, vs));
              }
              return Optional.of(Unit.approximate(kind, value, new Span(base + start, Math.min(src.length(), base + endOffset))));
            }
          }
        }
      } catch (RuntimeException e) {
        // Front matter the parser already reported as malformed: fall back to a text search.
      }
    }
    String key = path.substring(path.lastIndexOf('.') + 1);
    int k = fmText.indexOf(key);
    int at = fmText.indexOf(value, Math.max(0, k));
    if (k >= 0 && at >= 0) {
      return Optional.of(Unit.verbatim(kind, value, fm.start() + at));
    }
    return Optional.empty();
  }

  private static @Nullable Node child(@Nullable Node node, String key) {
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return t.getValueNode();
        }
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return selectors.toString();
  }
}
