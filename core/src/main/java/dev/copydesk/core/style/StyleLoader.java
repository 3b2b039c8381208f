package dev.copydesk.core.style;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.config.SourceLocation;
import dev.copydesk.core.internal.SafeYaml;
import dev.copydesk.core.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Loads declarative house-style rules: the {@code styles} section of {@code .copydesk.yml}, definitions
 * files, Vale styles and {@code .vale.ini} files, and the rule pack's own definitions from the class
 * path. Every problem that makes a definition unusable is a {@link ConfigException} with file, line,
 * column and what was expected; what is merely unsupported (Vale keys, scopes, rule types) is left out
 * with a {@link StyleWarning}.
 *
 * <pre>{@code
 * styles:
 *   rules:                      # definitions written here
 *     house-utilize:
 *       type: substitution
 *       swap: {utilize: use}
 *   files: [styles/house.yml]   # definitions files (or folders of them), relative to the project root
 *   vale:                       # Vale styles
 *     path: styles              # Vale's StylesPath
 *     use: [House]              # Vale's BasedOnStyles
 *     # or: config: .vale.ini
 * }</pre>
 *
 * <p>Thread-safe: stateless.
 */
public final class StyleLoader {

  /** Largest definitions, Vale rule or token-list file read, in characters. */
  static final int MAX_FILE_CHARS = SafeYaml.MAX_CODE_POINTS;

  private static final List<String> SECTION_KEYS = List.of("rules", "files", "vale");
  private static final List<String> VALE_KEYS = List.of("path", "use", "config");

  /** Reads files that definitions name ({@code tokens-from}), relative to where the definitions live. */
  interface Resolver {
    String read(String relative) throws IOException;
  }

  private StyleLoader() {}

  /**
   * Lets {@code rules}, loaded apart (a rule pack's own definitions, say), search their phrases together
   * from now on, as the rules of one configuration do (see {@link #fromConfig}): the existence and
   * substitution rules among them that match alike read each text once between them. What each finds
   * is unchanged.
   */
  public static void searchTogether(List<StyleRule> rules) {
    PhraseBank.share(rules);
  }

  /**
   * The rules {@code config}'s {@code styles} section defines; file names in it are relative to {@code
   * baseDirectory}. Positions in errors point into the configuration file when it can be re-read,
   * otherwise errors name the rule and key.
   */
  public static StyleSet fromConfig(CopydeskConfig config, Path baseDirectory) {
    Object section = config.extensions().get("styles");
    if (section == null) {
      return StyleSet.empty();
    }
    String file = config.source().orElse(".copydesk.yml");
    Node node = locatedSection(config, baseDirectory, section);
    List<StyleRule> rules = new ArrayList<>();
    List<StyleWarning> warnings = new ArrayList<>();
    Fields f = new Fields(file, node, "the styles section");
    Node inline = f.value("rules");
    if (inline != null) {
      rules.addAll(new DefinitionReader(file, fileResolver(baseDirectory)).readRules(inline));
    }
    for (Node n : f.stringNodes("files")) {
      String name = f.scalarText(n, "a file or folder name");
      Path p = baseDirectory.resolve(name);
      if (Files.isDirectory(p)) {
        for (Path def : definitionFiles(p, f.at(n))) {
          rules.addAll(load(def).rules());
        }
      } else if (Files.isRegularFile(p)) {
        rules.addAll(load(p).rules());
      } else {
        throw f.error(n, "no definitions file or folder '" + name + "' (looked for " + p + ")");
      }
    }
    Node vale = f.value("vale");
    if (vale != null && !Fields.isNull(vale)) {
      StyleSet v = valeSection(new Fields(file, vale, "styles.vale"), baseDirectory);
      rules.addAll(v.rules());
      warnings.addAll(v.warnings());
    }
    f.rejectUnread(SECTION_KEYS);
    Map<String, StyleRule> seen = new LinkedHashMap<>();
    for (StyleRule r : rules) {
      StyleRule previous = seen.putIfAbsent(r.metadata().id(), r);
      if (previous != null) {
        throw new ConfigException(
            r.location().orElse(null),
            "rule id '" + r.metadata().id() + "' is defined twice"
                + previous.location().map(l -> " (first at " + l + ")").orElse("") + "; give one of them another id");
      }
    }
    // The rules a configuration loads run together: their phrases are searched together.
    PhraseBank.share(rules);
    return new StyleSet(rules, warnings);
  }

  /**
   * The {@code styles} section as nodes with positions: re-read from the configuration file when that
   * file still says the same, else built from the plain values (no positions).
   */
  private static Node locatedSection(CopydeskConfig config, Path baseDirectory, Object section) {
    String source = config.source().orElse(null);
    if (source != null) {
      Path p = Path.of(source);
      if (!p.isAbsolute() && !Files.isRegularFile(p)) {
        p = baseDirectory.resolve(source);
      }
      try {
        if (Files.isRegularFile(p) && Files.size(p) <= MAX_FILE_CHARS * 4L) {
          Node root = SafeYaml.compose(Files.readString(p, StandardCharsets.UTF_8));
          if (root instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
              if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("styles")
                  && Objects.equals(SafeYaml.toJava(t.getValueNode()), section)) {
                return t.getValueNode();
              }
            }
          }
        }
      } catch (IOException | RuntimeException e) {
        // The configuration was read before; if it cannot be read again, go on without positions.
      }
    }
    return Fields.toNode(section);
  }

  /** Loads a definitions file: a mapping of rule id to definition. */
  public static StyleSet load(Path file) {
    String text = read(file, null);
    Path dir = file.toAbsolutePath().getParent();
    return parse(text, file.toString(), fileResolver(dir == null ? Path.of("") : dir));
  }

  /**
   * Parses definitions text; {@code fileName} is used in errors. Files the definitions name ({@code
   * tokens-from}) are read relative to the working directory.
   */
  public static StyleSet parse(String yaml, String fileName) {
    return parse(yaml, fileName, fileResolver(Path.of("")));
  }

  static StyleSet parse(String yaml, String fileName, Resolver resolver) {
    Node root = Fields.compose(yaml, fileName);
    if (root == null) {
      return StyleSet.empty();
    }
    return new StyleSet(new DefinitionReader(fileName, resolver).readRules(root), List.of());
  }

  /**
   * Loads a definitions file from the class path of {@code anchor} (the rule pack's own rules), with
   * {@code tokens-from} resolved beside it. A missing resource is a programming error.
   *
   * @param resource an absolute resource name, such as {@code /dev/copydesk/rules/styles/chatbot-artifact.yml}
   */
  public static StyleSet loadResource(Class<?> anchor, String resource) {
    String dir = resource.substring(0, resource.lastIndexOf('/') + 1);
    Resolver resolver = relative -> readResource(anchor, relative.startsWith("/") ? relative : dir + relative);
    String text;
    try {
      text = readResource(anchor, resource);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read style definitions " + resource + ": " + e.getMessage(), e);
    }
    return parse(text, resource, resolver);
  }

  private static String readResource(Class<?> anchor, String resource) throws IOException {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Loads the Vale styles {@code styles} from {@code stylesPath} (Vale's {@code StylesPath} and {@code BasedOnStyles}). */
  public static StyleSet vale(Path stylesPath, List<String> styles) {
    List<StyleWarning> warnings = new ArrayList<>();
    ValeReader reader = new ValeReader(warnings, null, Map.of());
    List<StyleRule> rules = new ArrayList<>();
    for (String s : styles) {
      rules.addAll(reader.readStyle(stylesPath, s, null));
    }
    return new StyleSet(rules, warnings);
  }

  /**
   * Loads what a {@code .vale.ini} asks for: {@code StylesPath} (relative to the file), the union of the
   * sections' {@code BasedOnStyles}, {@code MinAlertLevel}, and per-rule {@code Style.Rule = NO} or a
   * level. Other settings are reported as warnings.
   */
  public static StyleSet valeIni(Path iniFile) {
    return valeIni(iniFile, null);
  }

  private static StyleSet valeIni(Path iniFile, @Nullable SourceLocation at) {
    String text = read(iniFile, at);
    String name = iniFile.toString();
    List<StyleWarning> warnings = new ArrayList<>();
    String stylesPath = null;
    Severity minLevel = null;
    Map<String, SourceLocation> styles = new LinkedHashMap<>();
    Map<String, String> ruleSettings = new LinkedHashMap<>();
    Set<String> sectionStyles = new LinkedHashSet<>();
    String section = "";
    int line = 0;
    for (String raw : text.split("\\R", -1)) {
      line++;
      String l = raw.strip();
      if (l.isEmpty() || l.startsWith("#") || l.startsWith(";")) {
        continue;
      }
      SourceLocation loc = new SourceLocation(name, line, 1);
      if (l.startsWith("[") && l.endsWith("]")) {
        section = l.substring(1, l.length() - 1).strip();
        if (section.equalsIgnoreCase("formats")) {
          warnings.add(new StyleWarning(loc, "[formats] associations are not supported; Copydesk reads .md, .html and .txt by their extension"));
        }
        continue;
      }
      int eq = l.indexOf('=');
      if (eq < 0) {
        throw new ConfigException(loc, "expected 'Key = value' or a [section], found '" + l + "'");
      }
      String key = l.substring(0, eq).strip();
      String value = unquote(l.substring(eq + 1).strip());
      if (section.equalsIgnoreCase("formats")) {
        continue;
      }
      if (section.isEmpty()) {
        switch (key) {
          case "StylesPath" -> stylesPath = value;
          case "MinAlertLevel" -> minLevel = switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "suggestion" -> Severity.INFO;
            default -> throw new ConfigException(loc, "unknown MinAlertLevel '" + value + "' (expected suggestion, warning or error)");
          };
          default -> warnings.add(new StyleWarning(loc, "Vale setting '" + key + "' is not supported by Copydesk; ignored"));
        }
        continue;
      }
      if (key.equals("BasedOnStyles")) {
        String list = String.join(",", List.of(value.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).sorted().toList());
        sectionStyles.add(list);
        for (String s : value.split(",")) {
          if (!s.isBlank()) {
            styles.putIfAbsent(s.strip(), loc);
          }
        }
      } else if (key.contains(".")) {
        ruleSettings.put(key, value);
      } else if (value.equalsIgnoreCase("NO") || value.equalsIgnoreCase("YES")) {
        // "Style = NO" turns a whole style off for a section.
        ruleSettings.put(key, value);
        warnings.add(new StyleWarning(loc, "'" + key + " = " + value + "' in [" + section + "] applies to every file in Copydesk"));
      } else {
        warnings.add(new StyleWarning(loc, "Vale setting '" + key + "' in [" + section + "] is not supported by Copydesk; ignored"));
      }
    }
    if (sectionStyles.size() > 1) {
      warnings.add(new StyleWarning(new SourceLocation(name, 1, 1),
          "sections with different BasedOnStyles are merged: every style applies to every file; use overrides in .copydesk.yml to limit rules to some paths"));
    }
    if (stylesPath == null) {
      throw new ConfigException(new SourceLocation(name, 1, 1), "no StylesPath (expected 'StylesPath = styles' at the top of " + name + ")");
    }
    Path base = iniFile.toAbsolutePath().getParent();
    Path sp = base == null ? Path.of(stylesPath) : base.resolve(stylesPath);
    ValeReader reader = new ValeReader(warnings, minLevel, ruleSettings);
    List<StyleRule> rules = new ArrayList<>();
    for (Map.Entry<String, SourceLocation> s : styles.entrySet()) {
      if ("NO".equalsIgnoreCase(ruleSettings.get(s.getKey()))) {
        continue;
      }
      rules.addAll(reader.readStyle(sp, s.getKey(), s.getValue()));
    }
    // "Style.Rule = YES" turns on a rule of a style not listed in BasedOnStyles.
    for (Map.Entry<String, String> e : ruleSettings.entrySet()) {
      String k = e.getKey();
      int dot = k.indexOf('.');
      if (dot > 0 && e.getValue().equalsIgnoreCase("YES") && !styles.containsKey(k.substring(0, dot))) {
        StyleRule r = reader.readRule(k.substring(0, dot), k.substring(dot + 1), sp.resolve(k.substring(0, dot)).resolve(k.substring(dot + 1) + ".yml"));
        if (r != null) {
          rules.add(r);
        }
      }
    }
    return new StyleSet(rules, warnings);
  }

  private static StyleSet valeSection(Fields f, Path baseDirectory) {
    String config = f.string("config");
    Node path = f.value("path");
    List<Node> use = f.stringNodes("use");
    f.rejectUnread(VALE_KEYS);
    if (config != null) {
      if (path != null || !use.isEmpty()) {
        throw f.error(f.node(), "styles.vale takes either config (a .vale.ini) or path and use, not both");
      }
      Path ini = baseDirectory.resolve(config);
      if (!Files.isRegularFile(ini)) {
        throw f.error(f.value("config"), "no Vale configuration '" + config + "' (looked for " + ini + ")");
      }
      return valeIni(ini, f.at(f.value("config")));
    }
    if (path == null || use.isEmpty()) {
      throw f.error(f.node(), "styles.vale needs path (Vale's StylesPath) and use (the styles to load), or config (a .vale.ini)");
    }
    Path sp = baseDirectory.resolve(f.scalarText(path, "a folder name"));
    if (!Files.isDirectory(sp)) {
      throw f.error(path, "no Vale styles folder '" + ((ScalarNode) path).getValue() + "' (looked for " + sp + ")");
    }
    List<StyleWarning> warnings = new ArrayList<>();
    ValeReader reader = new ValeReader(warnings, null, Map.of());
    List<StyleRule> rules = new ArrayList<>();
    for (Node n : use) {
      rules.addAll(reader.readStyle(sp, f.scalarText(n, "a style name"), f.at(n)));
    }
    return new StyleSet(rules, warnings);
  }

  private static List<Path> definitionFiles(Path dir, @Nullable SourceLocation at) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> {
            String n = p.getFileName().toString();
            return (n.endsWith(".yml") || n.endsWith(".yaml")) && Files.isRegularFile(p);
          })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ConfigException(at, "cannot list " + dir + ": " + e.getMessage());
    }
  }

  static Resolver fileResolver(Path dir) {
    return relative -> read(dir.resolve(relative), null);
  }

  private static String read(Path file, @Nullable SourceLocation at) {
    try {
      if (Files.size(file) > MAX_FILE_CHARS * 4L) {
        throw new ConfigException(at != null ? at : new SourceLocation(file.toString(), 1, 1), "file is too large (over " + MAX_FILE_CHARS + " characters)");
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (text.length() > MAX_FILE_CHARS) {
        throw new ConfigException(new SourceLocation(file.toString(), 1, 1), "file is too large (over " + MAX_FILE_CHARS + " characters)");
      }
      return text;
    } catch (java.nio.charset.MalformedInputException e) {
      throw new ConfigException(new SourceLocation(file.toString(), 1, 1), "not valid UTF-8");
    } catch (IOException e) {
      throw new ConfigException(at, "cannot read " + file + ": " + e.getMessage());
    }
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
