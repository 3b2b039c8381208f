package dev.copydesk.core.style;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.SourceLocation;
import dev.copydesk.core.internal.SafeYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The keys of one YAML mapping, read with their locations: typed getters that fail with a {@link
 * ConfigException} naming the file, line and column and what was expected, and a record of which keys
 * were read so that the rest can be refused (our format) or warned about (Vale's).
 *
 * <p>Not thread-safe; one per mapping read.
 */
final class Fields {

  private final String file;
  private final Node node;
  private final String what;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final Set<String> read = new LinkedHashSet<>();

  /**
   * @param file the file name used in locations
   * @param node the mapping
   * @param what what the mapping is, for messages ("rule 'house-x'")
   */
  Fields(String file, Node node, String what) {
    this.file = file;
    this.node = node;
    this.what = what;
    if (!(node instanceof MappingNode m)) {
      throw error(node, "expected " + what + " to be a mapping of keys to values, found " + kind(node));
    }
    for (NodeTuple t : m.getValue()) {
      entries.put(scalarText(t.getKeyNode(), "a key"), t);
    }
  }

  String file() {
    return file;
  }

  String what() {
    return what;
  }

  Node node() {
    return node;
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  /** The keys in the order written. */
  Set<String> keys() {
    return entries.keySet();
  }

  @Nullable Node value(String key) {
    NodeTuple t = entries.get(key);
    if (t == null) {
      return null;
    }
    read.add(key);
    return t.getValueNode();
  }

  /** The node of the key itself, for locations. */
  Node keyNode(String key) {
    NodeTuple t = entries.get(key);
    return t == null ? node : t.getKeyNode();
  }

  @Nullable String string(String key) {
    Node v = value(key);
    return v == null || isNull(v) ? null : scalarText(v, "a string for '" + key + "'");
  }

  String string(String key, String defaultValue) {
    String s = string(key);
    return s == null ? defaultValue : s;
  }

  String required(String key, String expected) {
    String s = string(key);
    if (s == null || s.isBlank()) {
      throw error(node, what + " has no '" + key + "' (expected " + expected + ")");
    }
    return s;
  }

  boolean bool(String key, boolean defaultValue) {
    Node v = value(key);
    if (v == null || isNull(v)) {
      return defaultValue;
    }
    String s = scalarText(v, "true or false for '" + key + "'").strip().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw error(v, "expected true or false for '" + key + "', found '" + s + "'");
    };
  }

  /** An integer of at least {@code min}, or {@code defaultValue} when absent. */
  int integer(String key, int defaultValue, int min) {
    Node v = value(key);
    if (v == null || isNull(v)) {
      return defaultValue;
    }
    String s = scalarText(v, "an integer for '" + key + "'").strip();
    int n;
    try {
      n = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw error(v, "expected an integer for '" + key + "', found '" + s + "'");
    }
    if (n < min) {
      throw error(v, "expected '" + key + "' to be at least " + min + ", found " + n);
    }
    return n;
  }

  /** A number, or {@code defaultValue} (which may be NaN for "absent") when absent. */
  double number(String key, double defaultValue) {
    Node v = value(key);
    if (v == null || isNull(v)) {
      return defaultValue;
    }
    String s = scalarText(v, "a number for '" + key + "'").strip();
    try {
      double d = Double.parseDouble(s);
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw error(v, "expected a number for '" + key + "', found '" + s + "'");
    }
  }

  /** A string or a list of strings; empty when absent. */
  List<String> strings(String key) {
    Node v = value(key);
    if (v == null || isNull(v)) {
      return List.of();
    }
    return stringList(v, "a string or a list of strings for '" + key + "'");
  }

  /** Each string of a string-or-list value with its own node, for per-entry locations. */
  List<Node> stringNodes(String key) {
    Node v = value(key);
    if (v == null || isNull(v)) {
      return List.of();
    }
    if (v instanceof ScalarNode) {
      return List.of(v);
    }
    if (v instanceof SequenceNode seq) {
      for (Node e : seq.getValue()) {
        scalarText(e, "a list of strings for '" + key + "'");
      }
      return seq.getValue();
    }
    throw error(v, "expected a string or a list of strings for '" + key + "', found " + kind(v));
  }

  List<String> stringList(Node v, String expected) {
    if (v instanceof ScalarNode s) {
      return List.of(s.getValue());
    }
    if (v instanceof SequenceNode seq) {
      List<String> out = new ArrayList<>();
      for (Node e : seq.getValue()) {
        out.add(scalarText(e, expected));
      }
      return out;
    }
    throw error(v, "expected " + expected + ", found " + kind(v));
  }

  /** The keys never read, in the order written. */
  List<String> unread() {
    List<String> out = new ArrayList<>();
    for (String k : entries.keySet()) {
      if (!read.contains(k)) {
        out.add(k);
      }
    }
    return out;
  }

  /** Refuses keys that were never read, naming the ones that are expected. */
  void rejectUnread(List<String> expected) {
    for (String k : unread()) {
      throw error(
          entries.get(k).getKeyNode(),
          "unknown key '" + k + "' in " + what + " (expected one of " + String.join(", ", expected) + ")");
    }
  }

  @Nullable SourceLocation at(Node n) {
    return location(file, n);
  }

  ConfigException error(Node n, String problem) {
    return new ConfigException(location(file, n), problem);
  }

  String scalarText(Node n, String expected) {
    if (n instanceof ScalarNode s) {
      return s.getValue();
    }
    throw error(n, "expected " + expected + ", found " + kind(n));
  }

  static @Nullable SourceLocation location(String file, Node n) {
    if (n.getStartMark() == null) {
      // Built from plain values (configuration made in code): there is no position to give.
      return null;
    }
    return new SourceLocation(file, n.getStartMark().getLine() + 1, n.getStartMark().getColumn() + 1);
  }

  static boolean isNull(Node n) {
    return n instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
  }

  static String kind(Node n) {
    if (n instanceof MappingNode) {
      return "a mapping";
    }
    if (n instanceof SequenceNode) {
      return "a list";
    }
    String v = ((ScalarNode) n).getValue();
    return v.isEmpty() ? "nothing" : "'" + (v.length() > 40 ? v.substring(0, 37) + "..." : v) + "'";
  }

  /** Composes YAML text, turning syntax errors into a {@link ConfigException} at their position. */
  static @Nullable Node compose(String text, String file) {
    try {
      return SafeYaml.compose(text);
    } catch (SafeYaml.YamlException e) {
      throw new ConfigException(
          new SourceLocation(file, Math.max(1, e.line() + 1), Math.max(1, e.column() + 1)),
          "invalid YAML: " + e.getMessage());
    }
  }

  /**
   * A node tree for plain values (configuration built in code rather than read from a file): strings,
   * numbers, booleans, lists and maps. Such nodes carry no positions.
   */
  static Node toNode(@Nullable Object value) {
    if (value instanceof Map<?, ?> m) {
      List<NodeTuple> tuples = new ArrayList<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        tuples.add(new NodeTuple(toNode(String.valueOf(e.getKey())), toNode(e.getValue())));
      }
      return new MappingNode(Tag.MAP, tuples, org.yaml.snakeyaml.DumperOptions.FlowStyle.AUTO);
    }
    if (value instanceof List<?> l) {
      List<Node> items = new ArrayList<>();
      for (Object o : l) {
        items.add(toNode(o));
      }
      return new SequenceNode(Tag.SEQ, items, org.yaml.snakeyaml.DumperOptions.FlowStyle.AUTO);
    }
    if (value == null) {
      return new ScalarNode(Tag.NULL, "", null, null, org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN);
    }
    return new ScalarNode(Tag.STR, String.valueOf(value), null, null, org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN);
  }
}
