package dev.copydesk.core.config;

import dev.copydesk.core.internal.SafeYaml;
import dev.copydesk.core.model.HtmlContent;
import dev.copydesk.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/**
 * Reads {@code .copydesk.yml}. The format:
 *
 * <pre>{@code
 * rules:
 *   page-chrome: error            # a severity turns the rule on at that severity
 *   hedging: off                  # off/false turns it off, on/true on
 *   missing-sources:
 *     severity: warning
 *     options:
 *       min-words: 300
 * include: ["**}{@code /*.md", "**}{@code /*.html"]
 * exclude: ["drafts/**"]
 * overrides:
 *   - files: ["news/**"]
 *     rules:
 *       vague-date: off
 *   - files: ["archive/scraped/**"]
 *     html: {content: page}       # these pages are read whole
 * html:
 *   content: page                 # lint all visible text of HTML pages; main (the default): the article
 * }</pre>
 *
 * <p>YAML is loaded safely (no arbitrary types, few aliases, bounded size). Errors name the file, line
 * and column, and say what was expected.
 *
 * <p>Thread-safe: stateless.
 */
public final class ConfigLoader {

  /** The conventional file name at a project's root. */
  public static final String DEFAULT_FILE_NAME = ".copydesk.yml";

  private static final Set<String> TOP_LEVEL = Set.of("rules", "include", "exclude", "overrides", "html");

  /** Top-level sections handed to extensions as plain values. */
  public static final Set<String> EXTENSION_SECTIONS = Set.of("styles", "vocabulary", "languagetool");

  private ConfigLoader() {}

  /**
   * Loads a configuration file. A file larger than {@link SafeYaml#MAX_CODE_POINTS} bytes is refused
   * before it is read, and so is anything but a regular file: configuration is never that long, and
   * reading a huge file or an endless one (a device, a pipe) whole would exhaust memory or hang.
   */
  public static CopydeskConfig load(Path file) {
    String text;
    try {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        throw new ConfigException(null, "cannot read configuration file " + file + ": not a regular file");
      }
      long size = Files.size(file);
      if (size > SafeYaml.MAX_CODE_POINTS) {
        throw new ConfigException(
            new SourceLocation(file.toString(), 1, 1),
            "configuration file is " + size + " bytes, over the limit of " + SafeYaml.MAX_CODE_POINTS + " bytes");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new ConfigException(new SourceLocation(file.toString(), 1, 1), "not valid UTF-8");
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ConfigException(null, "cannot read configuration file " + file + ": no such file");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new ConfigException(null, "cannot read configuration file " + file + ": permission denied");
    } catch (IOException e) {
      // The JDK's message for a file system error is often the path alone, which the message names already.
      String m = e.getMessage();
      throw new ConfigException(null, "cannot read configuration file " + file + ": "
          + (m == null || m.equals(file.toString()) ? e.getClass().getSimpleName() : m));
    }
    return parse(text, file.toString());
  }

  /** Parses configuration text; {@code fileName} is used in error messages. */
  public static CopydeskConfig parse(String text, String fileName) {
    Node root;
    try {
      root = SafeYaml.compose(text);
    } catch (SafeYaml.YamlException e) {
      throw new ConfigException(
          new SourceLocation(fileName, Math.max(1, e.line() + 1), Math.max(1, e.column() + 1)),
          "invalid YAML: " + e.getMessage());
    }
    CopydeskConfig.Builder b = CopydeskConfig.builder().source(fileName);
    if (root == null) {
      return b.build();
    }
    Reader r = new Reader(fileName);
    MappingNode map = r.mapping(root, "a mapping with keys " + String.join(", ", TOP_LEVEL));
    for (NodeTuple t : map.getValue()) {
      String key = r.string(t.getKeyNode(), "a key");
      Node value = t.getValueNode();
      switch (key) {
        case "rules" -> r.rules(value).values().forEach(b::rule);
        case "include" -> r.globs(value).forEach(g -> b.include(g.toString()));
        case "exclude" -> r.globs(value).forEach(g -> b.exclude(g.toString()));
        case "overrides" -> r.overrides(value).forEach(b::override);
        case "html" -> b.htmlContent(r.html(value));
        default -> {
          if (EXTENSION_SECTIONS.contains(key)) {
            Object v = SafeYaml.toJava(value);
            if (v != null) {
              b.extension(key, v);
            }
          } else {
            throw new ConfigException(
                r.at(t.getKeyNode()),
                "unknown key '" + key + "' (expected one of rules, include, exclude, overrides, html, "
                    + String.join(", ", EXTENSION_SECTIONS) + ")");
          }
        }
      }
    }
    return b.build();
  }

  private static final class Reader {
    private final String file;

    Reader(String file) {
      this.file = file;
    }

    SourceLocation at(Node n) {
      return new SourceLocation(file, n.getStartMark().getLine() + 1, n.getStartMark().getColumn() + 1);
    }

    MappingNode mapping(Node n, String expected) {
      if (n instanceof MappingNode m) {
        return m;
      }
      throw new ConfigException(at(n), "expected " + expected + ", found " + kind(n));
    }

    String string(Node n, String expected) {
      if (n instanceof ScalarNode s) {
        return s.getValue();
      }
      throw new ConfigException(at(n), "expected " + expected + ", found " + kind(n));
    }

    List<String> strings(Node n, String expected) {
      if (n instanceof ScalarNode s) {
        return List.of(s.getValue());
      }
      if (n instanceof SequenceNode seq) {
        List<String> out = new ArrayList<>();
        for (Node e : seq.getValue()) {
          out.add(string(e, expected));
        }
        return out;
      }
      throw new ConfigException(at(n), "expected " + expected + ", found " + kind(n));
    }

    List<Glob> globs(Node n) {
      List<Glob> out = new ArrayList<>();
      if (n instanceof SequenceNode seq) {
        for (Node e : seq.getValue()) {
          out.add(glob(e));
        }
        return out;
      }
      out.add(glob(n));
      return out;
    }

    private Glob glob(Node n) {
      String s = string(n, "a glob such as \"news/**/*.md\"");
      try {
        return Glob.compile(s);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(at(n), e.getMessage());
      }
    }

    Map<String, RuleSetting> rules(Node n) {
      Map<String, RuleSetting> out = new LinkedHashMap<>();
      if (n instanceof ScalarNode s && s.getValue().isEmpty()) {
        return out;
      }
      MappingNode m = mapping(n, "a mapping of rule ids to settings");
      for (NodeTuple t : m.getValue()) {
        String id = string(t.getKeyNode(), "a rule id");
        out.put(id, rule(id, t.getKeyNode(), t.getValueNode()));
      }
      return out;
    }

    private RuleSetting rule(String id, Node keyNode, Node value) {
      SourceLocation loc = at(keyNode);
      if (value instanceof ScalarNode s) {
        String v = s.getValue().strip().toLowerCase(Locale.ROOT);
        switch (v) {
          case "off", "false", "no", "disabled" -> {
            return new RuleSetting(id, false, null, Map.of(), loc);
          }
          case "on", "true", "yes", "enabled" -> {
            return new RuleSetting(id, true, null, Map.of(), loc);
          }
          default -> {
            return new RuleSetting(id, true, severity(s), Map.of(), loc);
          }
        }
      }
      MappingNode m = mapping(value, "off, on, a severity, or a mapping with enabled, severity and options");
      Boolean enabled = null;
      Severity severity = null;
      Map<String, Object> options = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        String key = string(t.getKeyNode(), "a key");
        Node v = t.getValueNode();
        switch (key) {
          case "enabled" -> enabled = bool(v);
          case "severity" -> severity = severity(v);
          case "options" -> {
            MappingNode om = mapping(v, "a mapping of option names to values");
            for (NodeTuple o : om.getValue()) {
              String name = string(o.getKeyNode(), "an option name");
              Object value2 = SafeYaml.toJava(o.getValueNode());
              options.put(name, new LocatedValue(value2 == null ? "" : value2, at(o.getValueNode())));
            }
          }
          default ->
              throw new ConfigException(
                  at(t.getKeyNode()), "unknown key '" + key + "' for rule '" + id + "' (expected enabled, severity or options)");
        }
      }
      if (enabled == null && severity != null) {
        enabled = true;
      }
      return new RuleSetting(id, enabled, severity, options, loc);
    }

    private Boolean bool(Node n) {
      String v = string(n, "true or false").strip().toLowerCase(Locale.ROOT);
      return switch (v) {
        case "true", "on", "yes" -> true;
        case "false", "off", "no" -> false;
        default -> throw new ConfigException(at(n), "expected true or false, found '" + v + "'");
      };
    }

    private Severity severity(Node n) {
      String v = string(n, "a severity (error, warning or info)");
      try {
        return Severity.parse(v);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(at(n), "unknown severity '" + v + "' (expected off, on, error, warning or info)");
      }
    }

    /** The {@code html} section: {@code {content: main | page}}; null when it sets nothing. */
    @Nullable HtmlContent html(Node n) {
      if (n instanceof ScalarNode s && s.getValue().isEmpty()) {
        return null;
      }
      MappingNode m = mapping(n, "a mapping with key content (html: {content: main} or {content: page})");
      HtmlContent content = null;
      for (NodeTuple t : m.getValue()) {
        String key = string(t.getKeyNode(), "a key");
        if (!key.equals("content")) {
          throw new ConfigException(at(t.getKeyNode()), "unknown key '" + key + "' in html (expected content)");
        }
        Node v = t.getValueNode();
        String id = string(v, "main or page");
        content =
            HtmlContent.fromId(id)
                .orElseThrow(
                    () ->
                        new ConfigException(
                            at(v),
                            "unknown html content '" + id + "' (expected main: the article the page holds, or page: all"
                                + " visible text of the page)"));
      }
      return content;
    }

    List<ConfigOverride> overrides(Node n) {
      if (!(n instanceof SequenceNode seq)) {
        throw new ConfigException(at(n), "expected a list of overrides ({files: [...], rules: {...}}), found " + kind(n));
      }
      List<ConfigOverride> out = new ArrayList<>();
      for (Node e : seq.getValue()) {
        MappingNode m = mapping(e, "an override with files and rules");
        List<Glob> files = null;
        List<Glob> excluded = List.of();
        Map<String, RuleSetting> rules = Map.of();
        HtmlContent html = null;
        for (NodeTuple t : m.getValue()) {
          String key = string(t.getKeyNode(), "a key");
          switch (key) {
            case "files" -> files = globs(t.getValueNode());
            case "exclude", "excludedFiles" -> excluded = globs(t.getValueNode());
            case "rules" -> rules = rules(t.getValueNode());
            case "html" -> html = html(t.getValueNode());
            default -> throw new ConfigException(at(t.getKeyNode()), "unknown key '" + key + "' in override (expected files, exclude, rules or html)");
          }
        }
        if (files == null || files.isEmpty()) {
          throw new ConfigException(at(e), "override without 'files': say which files it applies to");
        }
        out.add(new ConfigOverride(files, excluded, rules, html));
      }
      return out;
    }

    private static String kind(Node n) {
      if (n instanceof MappingNode) {
        return "a mapping";
      }
      if (n instanceof SequenceNode) {
        return "a list";
      }
      return "'" + ((ScalarNode) n).getValue() + "'";
    }
  }

  /** An option value with where it was written, so that a type error can point at it. */
  public record LocatedValue(Object value, SourceLocation location) {}
}
