package dev.copydesk.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML read safely: composed to nodes (which keep their line and column) with no arbitrary types, few
 * aliases, bounded nesting and size. Values convert to plain immutable Java: String, Long, Double,
 * Boolean, List, Map.
 *
 * <p>Thread-safe: each call makes its own parser.
 */
public final class SafeYaml {

  /** Most characters a YAML document may have. */
  public static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

  private SafeYaml() {}

  /** Problems with a YAML text, with a 0-based line and column when known. */
  public static final class YamlException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    YamlException(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }

    /** 0-based line, or -1. */
    public int line() {
      return line;
    }

    /** 0-based column, or -1. */
    public int column() {
      return column;
    }
  }

  // Read, never written, once made: shared by every thread.
  private static final LoaderOptions OPTIONS = options();
  private static final Resolver RESOLVER = new Resolver();

  private static LoaderOptions options() {
    LoaderOptions o = new LoaderOptions();
    o.setAllowDuplicateKeys(false);
    o.setMaxAliasesForCollections(20);
    o.setAllowRecursiveKeys(false);
    o.setNestingDepthLimit(40);
    o.setCodePointLimit(MAX_CODE_POINTS);
    o.setProcessComments(false);
    return o;
  }

  /** Composes the single document of {@code text}; null for an empty document. */
  public static @Nullable Node compose(String text) {
    if (text.length() > MAX_CODE_POINTS) {
      throw new YamlException("YAML is longer than " + MAX_CODE_POINTS + " characters", -1, -1);
    }
    try {
      // What Yaml#compose does, without a Yaml: its constructor, representer and resolver cost more to
      // make than a short front matter costs to read (16% of a Markdown parse), and composing uses only
      // the resolver, whose table nothing changes once it is made. The parser and composer hold one
      // text's state: one each a call.
      Node node = new Composer(new ParserImpl(new StreamReader(text), OPTIONS), RESOLVER, OPTIONS).getSingleNode();
      if (node != null) {
        countNodes(node, new int[] {0}, 0);
      }
      return node;
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      String context = e.getContext() != null ? e.getContext() + ": " : "";
      return throwAt(context + problem, m);
    } catch (org.yaml.snakeyaml.error.YAMLException e) {
      throw new YamlException(firstLine(e.getMessage()), -1, -1);
    } catch (StackOverflowError e) {
      throw new YamlException("YAML nested too deeply", -1, -1);
    } catch (YamlException e) {
      throw e;
    } catch (RuntimeException e) {
      // SnakeYAML checks some things outside its YAMLException: a tag such as '!%-0', whose escape
      // decodes to a space, throws IllegalArgumentException from Tag's constructor (found by fuzzing).
      throw new YamlException(firstLine(e.getMessage()), -1, -1);
    }
  }

  private static final int MAX_NODES = 200_000;

  // Aliases can make a small text into a huge graph; count what conversion would visit.
  private static void countNodes(Node node, int[] count, int depth) {
    if (++count[0] > MAX_NODES) {
      throw new YamlException("YAML expands to more than " + MAX_NODES + " values (alias bomb?)", -1, -1);
    }
    if (depth > 64) {
      throw new YamlException("YAML nested more than 64 levels deep", -1, -1);
    }
    if (node instanceof SequenceNode s) {
      for (Node n : s.getValue()) {
        countNodes(n, count, depth + 1);
      }
    } else if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        countNodes(t.getKeyNode(), count, depth + 1);
        countNodes(t.getValueNode(), count, depth + 1);
      }
    }
  }

  private static Node throwAt(String message, @Nullable Mark m) {
    throw new YamlException(firstLine(message), m == null ? -1 : m.getLine(), m == null ? -1 : m.getColumn());
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "invalid YAML";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Converts a node to plain immutable Java values. */
  public static @Nullable Object toJava(@Nullable Node node) {
    if (node == null) {
      return null;
    }
    if (node instanceof ScalarNode s) {
      return scalar(s);
    }
    if (node instanceof SequenceNode s) {
      List<Object> out = new ArrayList<>();
      for (Node n : s.getValue()) {
        Object v = toJava(n);
        out.add(v == null ? "" : v);
      }
      return Collections.unmodifiableList(out);
    }
    if (node instanceof MappingNode m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        Object k = toJava(t.getKeyNode());
        Object v = toJava(t.getValueNode());
        out.put(String.valueOf(k), v == null ? "" : v);
      }
      return Collections.unmodifiableMap(out);
    }
    return null;
  }

  private static @Nullable Object scalar(ScalarNode s) {
    String v = s.getValue();
    Tag tag = s.getTag();
    if (Tag.NULL.equals(tag)) {
      return null;
    }
    if (Tag.BOOL.equals(tag)) {
      String l = v.toLowerCase(java.util.Locale.ROOT);
      return l.equals("true") || l.equals("yes") || l.equals("on") || l.equals("y");
    }
    if (Tag.INT.equals(tag)) {
      try {
        return Long.parseLong(v.replace("_", ""));
      } catch (NumberFormatException e) {
        return v;
      }
    }
    if (Tag.FLOAT.equals(tag)) {
      try {
        return Double.parseDouble(v.replace("_", ""));
      } catch (NumberFormatException e) {
        return v;
      }
    }
    return v;
  }
}
