package dev.copydesk.core.style;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.SourceLocation;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.RuleLoadException;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.core.text.Folding;
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
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads Vale styles: a folder per style under a styles path, a YAML file per rule. Rules that extend
 * {@code existence}, {@code substitution}, {@code occurrence}, {@code repetition}, {@code
 * capitalization} and {@code conditional} load as Copydesk rules with the same meaning; other extension
 * points, keys and scopes Copydesk does not support are skipped with a {@link StyleWarning}, never
 * silently. A rule whose regular expression RE2 cannot compile (Vale's engine also has look-around) is
 * skipped with a warning too, so one such rule does not stop a whole style from loading.
 *
 * <p>A rule's id is its Vale name in kebab case: {@code Microsoft.Adverbs} becomes {@code
 * microsoft-adverbs}. {@code level} maps error to error, warning to warning and suggestion to info.
 *
 * <p>Not thread-safe; one per load.
 */
final class ValeReader {

  static final List<String> SUPPORTED = List.of("existence", "substitution", "occurrence", "repetition", "capitalization", "conditional");
  static final List<String> UNSUPPORTED = List.of("consistency", "readability", "spelling", "sequence", "metric", "script");

  private static final List<String> COMMON = List.of("extends", "message", "level", "scope", "link", "description", "action");
  private static final Map<String, List<String>> KEYS =
      Map.of(
          "existence", List.of("tokens", "raw", "append", "ignorecase", "nonword", "exceptions"),
          "substitution", List.of("swap", "ignorecase", "nonword", "exceptions", "capitalize"),
          "occurrence", List.of("token", "max", "min", "ignorecase"),
          "repetition", List.of("tokens", "alpha", "ignorecase", "max", "exceptions"),
          "capitalization", List.of("match", "style", "exceptions", "indicators", "threshold"),
          "conditional", List.of("first", "second", "exceptions", "ignorecase"));
  /** Characters that make a Vale token a regular expression rather than a literal phrase. */
  private static final java.util.regex.Pattern LITERAL = java.util.regex.Pattern.compile("[^\\\\.^$|?*+()\\[\\]{}]+");

  private final List<StyleWarning> warnings;
  private final @Nullable Severity minLevel;
  private final Map<String, String> ruleSettings;

  /**
   * @param warnings where skipped keys, scopes and rules are reported
   * @param minLevel rules below this level are not loaded (Vale's {@code MinAlertLevel}), or null
   * @param ruleSettings per-rule settings from a {@code .vale.ini} ({@code Style.Rule = NO}, or a level)
   */
  ValeReader(List<StyleWarning> warnings, @Nullable Severity minLevel, Map<String, String> ruleSettings) {
    this.warnings = warnings;
    this.minLevel = minLevel;
    this.ruleSettings = ruleSettings;
  }

  /** Every rule of {@code style} in {@code stylesPath}; {@code at} is where the style was named. */
  List<StyleRule> readStyle(Path stylesPath, String style, @Nullable SourceLocation at) {
    Path dir = stylesPath.resolve(style);
    if (!Files.isDirectory(dir)) {
      if (style.equals("Vale")) {
        return builtInVale(at);
      }
      throw new ConfigException(at, "no Vale style '" + style + "' in " + stylesPath + " (expected a folder " + dir + " of .yml rules)");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".yml") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new ConfigException(at, "cannot list Vale style folder " + dir + ": " + e.getMessage());
    }
    List<StyleRule> out = new ArrayList<>();
    for (Path p : files) {
      String name = p.getFileName().toString();
      StyleRule r = readRule(style, name.substring(0, name.length() - 4), p);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  /** Vale's built-in style: Repetition loads; Spelling, Terms and Avoid need Vale's vocabularies. */
  private List<StyleRule> builtInVale(@Nullable SourceLocation at) {
    warnings.add(new StyleWarning(at, "Vale's built-in Vale.Spelling, Vale.Terms and Vale.Avoid are not supported (they need Vale's spell checker and vocabularies); only Vale.Repetition is loaded"));
    if (disabled("Vale.Repetition")) {
      return List.of();
    }
    Check check =
        new RepetitionCheck(List.of("[^\\s]+"), true, true, 0, List.of(), RepetitionCheck.Separator.SAME_SENTENCE,
            MessageTemplate.parse("'{match}' is repeated!", RepetitionCheck.PLACEHOLDERS));
    Severity level = levelOverride("Vale.Repetition", Severity.ERROR);
    RuleMetadata meta =
        new RuleMetadata("vale-repetition", "A word repeated, as in \"the the\"", level, Category.STYLE, List.of("vale", "Vale"), "Vale's built-in Vale.Repetition.", true, Map.of());
    return List.of(new StyleRule(meta, Scope.of(List.of(selector("text"))), check, at));
  }

  /** One rule file, or null when it is skipped (with a warning). */
  @Nullable StyleRule readRule(String style, String ruleName, Path file) {
    String valeName = style + "." + ruleName;
    String fileName = file.toString();
    if (disabled(valeName)) {
      return null;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new ConfigException(new SourceLocation(fileName, 1, 1), "cannot read Vale rule: " + e.getMessage());
    }
    Node root = Fields.compose(text, fileName);
    if (root == null) {
      warnings.add(new StyleWarning(new SourceLocation(fileName, 1, 1), "empty Vale rule " + valeName + " skipped"));
      return null;
    }
    Fields f = new Fields(fileName, root, "Vale rule " + valeName);
    String extendsPoint = f.string("extends");
    if (extendsPoint == null) {
      throw f.error(root, "Vale rule " + valeName + " has no 'extends' (expected one of " + String.join(", ", SUPPORTED) + ")");
    }
    extendsPoint = extendsPoint.strip();
    if (UNSUPPORTED.contains(extendsPoint)) {
      warnings.add(new StyleWarning(f.at(f.value("extends")), "Vale rule " + valeName + " extends " + extendsPoint + ", which Copydesk does not load (supported: " + String.join(", ", SUPPORTED) + "); skipped"));
      return null;
    }
    if (!SUPPORTED.contains(extendsPoint)) {
      throw f.error(f.value("extends"), "unknown extension point '" + extendsPoint + "' in Vale rule " + valeName + " (expected one of " + String.join(", ", SUPPORTED) + ")");
    }
    String message = f.string("message");
    if (message == null) {
      throw f.error(root, "Vale rule " + valeName + " has no 'message'");
    }
    Severity level = Severity.INFO;
    String lv = f.string("level");
    if (lv != null) {
      level =
          switch (lv.strip().toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "suggestion" -> Severity.INFO;
            default -> throw f.error(f.value("level"), "unknown level '" + lv + "' (expected error, warning or suggestion)");
          };
    }
    level = levelOverride(valeName, level);
    if (minLevel != null && !level.isAtLeast(minLevel)) {
      return null;
    }
    Scope scope = scope(f, valeName);
    if (scope == null) {
      return null;
    }
    String description = f.string("description", "");
    String link = f.string("link");
    if (link != null && !link.isBlank()) {
      description = (description.isBlank() ? "" : description.strip() + "\n\n") + "See " + link.strip();
    }
    Check check;
    try {
      check =
          switch (extendsPoint) {
            case "existence" -> existence(f, message);
            case "substitution" -> substitution(f, message);
            case "occurrence" -> occurrence(f, message);
            case "repetition" -> repetition(f, message);
            case "capitalization" -> capitalization(f, message);
            case "conditional" -> conditional(f, message);
            default -> throw new AssertionError(extendsPoint);
          };
    } catch (PatternSyntaxException e) {
      warnings.add(new StyleWarning(f.at(root), "Vale rule " + valeName + " skipped: its expression '" + e.getPattern() + "' is not valid RE2 (" + e.getDescription() + "; RE2 has no look-around or back-references)"));
      return null;
    } catch (IllegalArgumentException e) {
      throw f.error(root, "Vale rule " + valeName + ": " + e.getMessage());
    }
    if (check == null) {
      return null;
    }
    action(f, valeName, extendsPoint);
    for (String k : f.unread()) {
      if (!COMMON.contains(k) && !KEYS.get(extendsPoint).contains(k)) {
        warnings.add(new StyleWarning(f.at(f.keyNode(k)), "Vale key '" + k + "' in " + valeName + " is not supported by Copydesk; ignored"));
      }
    }
    String id = kebab(valeName);
    String summary = MessageTemplate.parse(convertMessage(message, extendsPoint), Set.of("match", "replacement")).skeleton();
    try {
      RuleMetadata meta =
          new RuleMetadata(id, summary.isBlank() ? valeName : summary, level, Category.STYLE, List.of("vale", style), description, true, Map.of());
      return new StyleRule(meta, scope, check, new SourceLocation(fileName, 1, 1));
    } catch (RuleLoadException e) {
      throw f.error(root, "Vale rule " + valeName + ": " + e.getMessage());
    }
  }

  private boolean disabled(String valeName) {
    String s = ruleSettings.get(valeName);
    return s != null && (s.equalsIgnoreCase("NO") || s.equalsIgnoreCase("false") || s.equalsIgnoreCase("off"));
  }

  private Severity levelOverride(String valeName, Severity level) {
    String s = ruleSettings.get(valeName);
    if (s == null) {
      return level;
    }
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      case "suggestion" -> Severity.INFO;
      default -> level;
    };
  }

  private @Nullable Scope scope(Fields f, String valeName) {
    List<Node> nodes = f.stringNodes("scope");
    List<Scope.Selector> selectors = new ArrayList<>();
    for (Node n : nodes) {
      String raw = f.scalarText(n, "a scope");
      try {
        selectors.add(Scope.parse(raw));
      } catch (Scope.BadSelector e) {
        warnings.add(new StyleWarning(f.at(n), "Vale scope '" + raw + "' in " + valeName + " is not supported by Copydesk (" + e.getMessage() + "); ignored"));
      }
    }
    if (selectors.isEmpty() && !nodes.isEmpty()) {
      warnings.add(new StyleWarning(f.at(nodes.get(0)), "Vale rule " + valeName + " skipped: none of its scopes is supported"));
      return null;
    }
    if (selectors.isEmpty()) {
      selectors.add(selector("text"));
    }
    return Scope.of(selectors);
  }

  private static Scope.Selector selector(String s) {
    try {
      return Scope.parse(s);
    } catch (Scope.BadSelector e) {
      throw new AssertionError(e);
    }
  }

  private @Nullable Check existence(Fields f, String message) {
    List<String> tokens = f.strings("tokens").stream().filter(t -> !t.isBlank()).toList();
    List<String> raw = f.strings("raw");
    boolean append = f.bool("append", false);
    boolean ignoreCase = f.bool("ignorecase", false);
    boolean nonword = f.bool("nonword", false);
    Folding folding = ignoreCase ? Folding.IGNORE_CASE : Folding.MATCH_CASE;
    List<ExistenceCheck.Group> groups = new ArrayList<>();
    Exceptions exceptions = Exceptions.valeRegex(f.strings("exceptions"));
    if (raw.isEmpty()) {
      // Plain phrases go into the multi-phrase matcher; tokens with regular-expression syntax into RE2.
      List<String> literal = tokens.stream().filter(ValeReader::isLiteral).toList();
      List<String> regex = tokens.stream().filter(t -> !isLiteral(t)).toList();
      for (String r : regex) {
        Pattern.compile(r);
      }
      if (!literal.isEmpty() || !regex.isEmpty()) {
        groups.add(new ExistenceCheck.Group("vale", null, MatchMode.ANYWHERE, ExistenceCheck.Report.MATCH, -1, -1, folding, !nonword, false, literal, regex, exceptions));
      }
    } else {
      String rawJoined = String.join("", raw);
      String pattern;
      if (tokens.isEmpty()) {
        pattern = rawJoined;
      } else {
        String t = (nonword ? "(?:" : "\\b(?:") + String.join("|", tokens) + (nonword ? ")" : ")\\b");
        pattern = append ? t + rawJoined : rawJoined + t;
      }
      Pattern.compile(pattern);
      groups.add(new ExistenceCheck.Group("vale", null, MatchMode.ANYWHERE, ExistenceCheck.Report.MATCH, -1, -1, folding, false, false, List.of(), List.of(pattern), exceptions));
    }
    if (groups.isEmpty()) {
      warnings.add(new StyleWarning(f.at(f.node()), f.what() + " has no tokens or raw; skipped"));
      return null;
    }
    ExistenceCheck.FixKind fix = actionName(f).equals("remove") ? ExistenceCheck.FixKind.DELETE : ExistenceCheck.FixKind.NONE;
    return new ExistenceCheck(groups, MessageTemplate.parse(convertMessage(message, "existence"), ExistenceCheck.PLACEHOLDERS), false, fix);
  }

  private @Nullable Check substitution(Fields f, String message) {
    Node n = f.value("swap");
    List<SubstitutionCheck.Swap> swaps = new ArrayList<>();
    if (n instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        String from = f.scalarText(t.getKeyNode(), "a swap key");
        String to = f.scalarText(t.getValueNode(), "a replacement");
        boolean literal = isLiteral(from);
        if (!literal) {
          Pattern.compile(from);
        }
        if (!from.isBlank() && !to.isBlank()) {
          // Linear: a literal bar.
          swaps.add(new SubstitutionCheck.Swap(from, !literal, List.of(to.split("\\|"))));
        }
      }
    } else if (n != null && !Fields.isNull(n)) {
      throw f.error(n, "expected 'swap' to map patterns to replacements, found " + Fields.kind(n));
    }
    if (swaps.isEmpty()) {
      warnings.add(new StyleWarning(f.at(f.node()), f.what() + " has no swap entries; skipped"));
      return null;
    }
    boolean ignoreCase = f.bool("ignorecase", false);
    return new SubstitutionCheck(
        swaps,
        ignoreCase,
        !f.bool("nonword", false),
        f.bool("capitalize", false),
        Exceptions.valeRegex(f.strings("exceptions")),
        MessageTemplate.parse(convertMessage(message, "substitution"), SubstitutionCheck.PLACEHOLDERS));
  }

  private @Nullable Check occurrence(Fields f, String message) {
    String token = f.string("token");
    if (token == null || token.isBlank()) {
      warnings.add(new StyleWarning(f.at(f.node()), f.what() + " has no token; skipped"));
      return null;
    }
    int max = f.integer("max", 0, 0);
    int min = f.integer("min", 0, 0);
    boolean ignoreCase = f.bool("ignorecase", false);
    boolean literal = isLiteral(token);
    TermSet set =
        new TermSet(List.of(new TermSet.Term(token, !literal, 0)), ignoreCase ? Folding.IGNORE_CASE : Folding.MATCH_CASE, false, false, TermSet.Anchor.ANYWHERE);
    return new OccurrenceCheck(
        set, max > 0 ? max : -1, min > 0 ? min : -1, MessageTemplate.parse(convertMessage(message, "occurrence"), OccurrenceCheck.PLACEHOLDERS));
  }

  private Check repetition(Fields f, String message) {
    List<String> tokens = f.strings("tokens");
    return new RepetitionCheck(
        tokens.isEmpty() ? List.of("[^\\s]+") : tokens,
        f.bool("ignorecase", false),
        f.bool("alpha", false),
        f.integer("max", 0, 0),
        f.strings("exceptions"),
        RepetitionCheck.Separator.SAME_SENTENCE,
        MessageTemplate.parse(convertMessage(message, "repetition"), RepetitionCheck.PLACEHOLDERS));
  }

  private Check capitalization(Fields f, String message) {
    String match = f.string("match", "$title").strip();
    CapitalizationCheck.Case c;
    Pattern pattern = null;
    switch (match) {
      case "$title" -> c = CapitalizationCheck.Case.TITLE;
      case "$sentence" -> c = CapitalizationCheck.Case.SENTENCE;
      case "$lower" -> c = CapitalizationCheck.Case.LOWER;
      case "$upper" -> c = CapitalizationCheck.Case.UPPER;
      default -> {
        c = CapitalizationCheck.Case.PATTERN;
        pattern = Pattern.compile(match);
      }
    }
    String style = f.string("style", "AP").strip();
    CapitalizationCheck.Style st = style.equalsIgnoreCase("Chicago") ? CapitalizationCheck.Style.CHICAGO : CapitalizationCheck.Style.AP;
    List<String> exceptions = f.strings("exceptions");
    Pattern except = exceptions.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|", exceptions) + ")\\b");
    double threshold = f.number("threshold", 0.8);
    if (threshold == 0) {
      threshold = 0.8;
    }
    return new CapitalizationCheck(
        c, st, pattern, except, f.strings("indicators"), threshold,
        MessageTemplate.parse(convertMessage(message, "capitalization"), CapitalizationCheck.PLACEHOLDERS));
  }

  private @Nullable Check conditional(Fields f, String message) {
    String first = f.string("first");
    String second = f.string("second");
    if (first == null || second == null) {
      warnings.add(new StyleWarning(f.at(f.node()), f.what() + " needs first and second; skipped"));
      return null;
    }
    int flags = f.bool("ignorecase", false) ? Pattern.CASE_INSENSITIVE : 0;
    return new ConditionalCheck(
        Pattern.compile(first, flags),
        Pattern.compile(second, flags),
        Set.of(),
        Exceptions.valeRegex(f.strings("exceptions")),
        false,
        true,
        MessageTemplate.parse(convertMessage(message, "conditional"), ConditionalCheck.PLACEHOLDERS));
  }

  private String actionName(Fields f) {
    Node a = f.value("action");
    if (a instanceof MappingNode) {
      Fields af = new Fields(f.file(), a, "action");
      return af.string("name", "");
    }
    return "";
  }

  private void action(Fields f, String valeName, String extendsPoint) {
    String name = actionName(f);
    boolean supported =
        name.isEmpty()
            || name.equals("remove") && extendsPoint.equals("existence")
            || name.equals("replace") && extendsPoint.equals("substitution");
    if (!supported) {
      warnings.add(new StyleWarning(f.at(f.keyNode("action")), "Vale action '" + name + "' in " + valeName + " is not supported; the finding carries no fix"));
    }
  }

  /** Vale's printf-style message in our template syntax: {@code %s} becomes a placeholder, braces are escaped. */
  static String convertMessage(String message, String extendsPoint) {
    String escaped = message.replace("{", "{{").replace("}", "}}").replace("%%", "\u0000");
    if (extendsPoint.equals("substitution")) {
      // Vale quotes the replacement list itself: "'%s'" around it is dropped when written twice.
      // Linear: a literal.
      escaped = escaped.replaceFirst("%s", "{replacement}");
    }
    return escaped.replace("%s", "{match}").replace("\u0000", "%");
  }

  static boolean isLiteral(String token) {
    return LITERAL.matcher(token).matches() && !token.isBlank();
  }

  /** {@code Microsoft.HeadingAcronyms} becomes {@code microsoft-heading-acronyms}. */
  static String kebab(String valeName) {
    StringBuilder sb = new StringBuilder();
    char prev = 0;
    for (int i = 0; i < valeName.length(); i++) {
      char c = valeName.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        boolean boundary =
            Character.isUpperCase(c)
                && i > 0
                && (Character.isLowerCase(prev) || Character.isDigit(prev)
                    || (Character.isUpperCase(prev) && i + 1 < valeName.length() && Character.isLowerCase(valeName.charAt(i + 1))));
        if (boundary && sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
          sb.append('-');
        }
        sb.append(Character.toLowerCase(c));
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
        sb.append('-');
      }
      prev = c;
    }
    // Linear enough: one repeated character anchored at the end, on a short rule name.
    String s = sb.toString().replaceAll("-+$", "");
    return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "vale-" + s : s;
  }
}
