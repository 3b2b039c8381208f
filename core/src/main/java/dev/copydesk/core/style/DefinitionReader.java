package dev.copydesk.core.style;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.OptionSpec;
import dev.copydesk.core.rule.OptionType;
import dev.copydesk.core.rule.RuleLoadException;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.core.text.Folding;
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
 * Reads Copydesk's own rule definitions: a mapping of rule id to definition, as written under {@code
 * styles.rules} in {@code .copydesk.yml} or in a definitions file. Every problem is a {@link
 * ConfigException} at the file, line and column of the offending value, saying what was expected; an
 * unknown key is refused (a typo must not silently switch a check off).
 *
 * <p>Not thread-safe; one per document read.
 */
final class DefinitionReader {

  static final List<String> TYPES =
      List.of("existence", "substitution", "occurrence", "repetition", "capitalization", "metric", "conditional");

  private static final List<String> COMMON =
      List.of("type", "summary", "description", "message", "severity", "category", "tags", "enabled", "scope", "link", "options");
  private static final List<String> MATCHING = List.of("tokens", "tokens-from", "patterns", "ignore-case", "word-boundaries", "fold");
  private static final List<String> GROUP_KEYS =
      concat(List.of("name", "label", "exceptions", "match", "report", "max-words", "max-words-after"), MATCHING);
  private static final Map<String, List<String>> TYPE_KEYS =
      Map.of(
          "existence", concat(GROUP_KEYS.stream().filter(k -> !k.equals("name") && !k.equals("label")).toList(), List.of("ignore-quoted", "fix", "groups", "labels")),
          "substitution", List.of("swap", "swap-patterns", "ignore-case", "word-boundaries", "preserve-case", "exceptions"),
          "occurrence", concat(MATCHING, List.of("max", "min")),
          "repetition", List.of("patterns", "ignore-case", "exceptions"),
          "capitalization", List.of("match", "pattern", "style", "exceptions", "indicators", "threshold"),
          "metric", List.of("metric", "min", "max", "min-words"),
          "conditional", List.of("first", "second", "exceptions", "ignore-case", "order", "report"));

  private final String file;
  private final StyleLoader.Resolver resolver;

  /**
   * @param file the file name used in locations
   * @param resolver reads files that definitions name ({@code tokens-from}), relative to the definitions
   */
  DefinitionReader(String file, StyleLoader.Resolver resolver) {
    this.file = file;
    this.resolver = resolver;
  }

  /** Reads a mapping of rule id to definition. */
  List<StyleRule> readRules(Node root) {
    if (Fields.isNull(root)) {
      return List.of();
    }
    if (!(root instanceof MappingNode m)) {
      throw new ConfigException(
          Fields.location(file, root),
          "expected a mapping of rule ids to definitions (house-utilize: {type: substitution, swap: {utilize: use}}), found "
              + Fields.kind(root));
    }
    List<StyleRule> out = new ArrayList<>();
    for (NodeTuple t : m.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        throw new ConfigException(Fields.location(file, t.getKeyNode()), "expected a rule id, found " + Fields.kind(t.getKeyNode()));
      }
      out.add(readRule(k.getValue(), t.getKeyNode(), t.getValueNode()));
    }
    return out;
  }

  StyleRule readRule(String id, Node idNode, Node definition) {
    Fields f = new Fields(file, definition, "rule '" + id + "'");
    String type = f.required("type", "one of " + String.join(", ", TYPES));
    if (!TYPES.contains(type)) {
      throw f.error(f.value("type"), "unknown type '" + type + "' for rule '" + id + "' (expected one of " + String.join(", ", TYPES) + ")");
    }
    Scope scope = scope(f, type);
    String messageText = f.string("message");
    Map<String, OptionSpec> options = new LinkedHashMap<>();
    Check check =
        switch (type) {
          case "existence" -> existence(f, messageText);
          case "substitution" -> substitution(f, messageText);
          case "occurrence" -> occurrence(f, messageText, options, scope);
          case "repetition" -> repetition(f, messageText);
          case "capitalization" -> capitalization(f, messageText, options);
          case "metric" -> metric(f, messageText, options, scope);
          case "conditional" -> conditional(f, messageText);
          default -> throw new AssertionError(type);
        };
    declaredOptions(f, options);
    RuleMetadata meta = metadata(f, id, idNode, type, check, options);
    f.rejectUnread(concat(COMMON, TYPE_KEYS.get(type)));
    return new StyleRule(meta, scope, check, f.at(idNode));
  }

  // ---- common ----

  private RuleMetadata metadata(Fields f, String id, Node idNode, String type, Check check, Map<String, OptionSpec> options) {
    Severity severity = Severity.WARNING;
    String sev = f.string("severity");
    if (sev != null) {
      try {
        severity = Severity.parse(sev);
      } catch (IllegalArgumentException e) {
        throw f.error(f.value("severity"), "unknown severity '" + sev + "' for rule '" + id + "' (expected error, warning or info)");
      }
    }
    Category category = Category.STYLE;
    String cat = f.string("category");
    if (cat != null) {
      category = null;
      for (Category c : Category.values()) {
        if (c.id().equals(cat.strip().toLowerCase(Locale.ROOT))) {
          category = c;
        }
      }
      if (category == null) {
        throw f.error(
            f.value("category"),
            "unknown category '" + cat + "' (expected one of "
                + String.join(", ", java.util.Arrays.stream(Category.values()).map(Category::id).toList()) + ")");
      }
    }
    String summary = f.string("summary");
    if (summary == null || summary.isBlank()) {
      summary = defaultSummary(type, check);
    }
    String description = f.string("description", "");
    String link = f.string("link");
    if (link != null && !link.isBlank()) {
      description = (description.isBlank() ? "" : description.strip() + "\n\n") + "See " + link.strip();
    }
    List<String> tags = f.strings("tags");
    boolean enabled = f.bool("enabled", true);
    try {
      return new RuleMetadata(id, summary.strip(), severity, category, tags, description, enabled, options);
    } catch (RuleLoadException e) {
      throw f.error(idNode, e.getMessage());
    }
  }

  static String defaultSummary(String type, Check check) {
    String s =
        check instanceof ExistenceCheck e ? e.message().skeleton()
            : check instanceof SubstitutionCheck ? "House style word choice"
            : "House style: " + type;
    return s.isBlank() ? "House style: " + type : s;
  }

  private void declaredOptions(Fields f, Map<String, OptionSpec> options) {
    Node n = f.value("options");
    if (n == null || Fields.isNull(n)) {
      return;
    }
    if (!(n instanceof MappingNode m)) {
      throw f.error(n, "expected 'options' to map option names to {type, default, description}, found " + Fields.kind(n));
    }
    for (NodeTuple t : m.getValue()) {
      String name = f.scalarText(t.getKeyNode(), "an option name");
      Fields o = new Fields(file, t.getValueNode(), "option '" + name + "'");
      String typeName = o.required("type", "integer, number, boolean, string or string-list");
      OptionType type;
      try {
        type = OptionType.valueOf(typeName.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw o.error(o.value("type"), "unknown option type '" + typeName + "' (expected integer, number, boolean, string or string-list)");
      }
      Node def = o.value("default");
      if (def == null) {
        throw o.error(t.getValueNode(), "option '" + name + "' has no default");
      }
      Object value = type == OptionType.STRING_LIST ? o.stringList(def, "a list of strings") : o.scalarText(def, "a value");
      String description = o.string("description", "");
      o.rejectUnread(List.of("type", "default", "description"));
      try {
        options.put(name, new OptionSpec(name, type, value, description));
      } catch (IllegalArgumentException e) {
        throw o.error(def, "option '" + name + "': " + e.getMessage());
      }
    }
  }

  private Scope scope(Fields f, String type) {
    List<Node> nodes = f.stringNodes("scope");
    List<Scope.Selector> selectors = new ArrayList<>();
    for (Node n : nodes) {
      try {
        selectors.add(Scope.parse(f.scalarText(n, "a scope")));
      } catch (Scope.BadSelector e) {
        throw f.error(n, e.getMessage());
      }
    }
    if (selectors.isEmpty()) {
      String def =
          switch (type) {
            case "capitalization" -> "heading";
            case "conditional" -> "article";
            default -> "text";
          };
      if (type.equals("metric")) {
        Node mn = f.value("metric");
        String m = mn instanceof ScalarNode sn ? sn.getValue().strip() : "";
        def = m.startsWith("flesch") ? "article" : m.startsWith("paragraph") ? "paragraph" : "text";
      }
      try {
        selectors.add(Scope.parse(def));
      } catch (Scope.BadSelector e) {
        throw new AssertionError(e);
      }
    }
    return Scope.of(selectors);
  }

  MessageTemplate template(Fields f, @Nullable String text, String defaultText, Set<String> allowed) {
    try {
      return MessageTemplate.parse(text == null ? defaultText : text, allowed);
    } catch (IllegalArgumentException e) {
      throw f.error(f.value("message") == null ? f.node() : f.value("message"), e.getMessage());
    }
  }

  /** Compiles each pattern on its own first, so that an error points at the pattern that has it. */
  static void checkPatterns(Fields f, List<Node> nodes) {
    for (Node n : nodes) {
      String p = f.scalarText(n, "a pattern");
      try {
        Pattern.compile(p);
      } catch (PatternSyntaxException e) {
        throw f.error(n, "pattern '" + p + "' is not a valid RE2 expression: " + e.getDescription()
            + " (RE2 runs in linear time and so has no look-around or back-references)");
      }
    }
  }

  private List<String> tokens(Fields f) {
    List<String> out = new ArrayList<>(f.strings("tokens"));
    for (Node n : f.stringNodes("tokens-from")) {
      String path = f.scalarText(n, "a file name");
      String text;
      try {
        text = resolver.read(path);
      } catch (java.io.IOException | RuntimeException e) {
        throw f.error(n, "cannot read token list '" + path + "': " + e.getMessage());
      }
      for (String line : text.split("\\R")) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    }
    for (String t : out) {
      if (t.isBlank()) {
        throw f.error(f.value("tokens"), "a token of " + f.what() + " is empty");
      }
    }
    return out;
  }

  private List<String> patterns(Fields f) {
    List<Node> nodes = f.stringNodes("patterns");
    checkPatterns(f, nodes);
    return nodes.stream().map(n -> ((ScalarNode) n).getValue()).toList();
  }

  private static Folding folding(boolean ignoreCase) {
    return ignoreCase ? Folding.IGNORE_CASE : Folding.MATCH_CASE;
  }

  // ---- existence ----

  private record GroupDefaults(
      boolean ignoreCase, boolean wordBoundaries, boolean fold, MatchMode mode, @Nullable String report, int maxWords, int maxWordsAfter, List<String> exceptions) {}

  private Check existence(Fields f, @Nullable String messageText) {
    boolean ignoreCase = f.bool("ignore-case", true);
    boolean wordBoundaries = f.bool("word-boundaries", true);
    boolean fold = f.bool("fold", false);
    MatchMode mode = matchMode(f, MatchMode.ANYWHERE);
    String report = f.string("report");
    int maxWords = f.integer("max-words", -1, 1);
    int maxWordsAfter = f.integer("max-words-after", -1, 0);
    List<String> exceptions = f.strings("exceptions");
    GroupDefaults defaults = new GroupDefaults(ignoreCase, wordBoundaries, fold, mode, report, maxWords, maxWordsAfter, exceptions);
    Map<String, String> labels = new LinkedHashMap<>();
    Node ln = f.value("labels");
    if (ln != null && !Fields.isNull(ln)) {
      Fields lf = new Fields(file, ln, "labels");
      for (String k : lf.keys()) {
        labels.put(k, lf.string(k, ""));
      }
    }
    List<ExistenceCheck.Group> groups = new ArrayList<>();
    // The patterns are compiled with the check; each is compiled alone only if that fails, to point at
    // the one at fault (see uncheckedPatterns).
    Map<Node, Fields> patternNodes = new LinkedHashMap<>();
    List<String> tokens = tokens(f);
    List<String> patterns = uncheckedPatterns(f, patternNodes);
    if (!tokens.isEmpty() || !patterns.isEmpty()) {
      groups.add(group(f, "default", null, tokens, patterns, defaults, f));
    }
    Node gn = f.value("groups");
    if (gn != null && !Fields.isNull(gn)) {
      if (!(gn instanceof SequenceNode seq)) {
        throw f.error(gn, "expected 'groups' to be a list of groups ({name, tokens, patterns, match, ...}), found " + Fields.kind(gn));
      }
      for (Node g : seq.getValue()) {
        Fields gf = new Fields(file, g, "a group of " + f.what());
        String name = gf.string("name", "group-" + (groups.size() + 1));
        String label = gf.string("label");
        if (label == null) {
          label = labels.get(name);
        }
        GroupDefaults d =
            new GroupDefaults(
                gf.bool("ignore-case", defaults.ignoreCase()),
                gf.bool("word-boundaries", defaults.wordBoundaries()),
                gf.bool("fold", defaults.fold()),
                matchMode(gf, defaults.mode()),
                gf.has("report") ? gf.string("report") : defaults.report(),
                gf.integer("max-words", defaults.maxWords(), 1),
                gf.integer("max-words-after", defaults.maxWordsAfter(), 0),
                gf.has("exceptions") ? gf.strings("exceptions") : defaults.exceptions());
        List<String> gt = tokens(gf);
        List<String> gp = uncheckedPatterns(gf, patternNodes);
        if (gt.isEmpty() && gp.isEmpty()) {
          throw gf.error(g, "group '" + name + "' of " + f.what() + " has no tokens or patterns");
        }
        groups.add(group(gf, name, label, gt, gp, d, f));
        gf.rejectUnread(GROUP_KEYS);
      }
    }
    if (groups.isEmpty()) {
      throw f.error(f.node(), f.what() + " has nothing to look for (expected tokens, tokens-from, patterns or groups)");
    }
    boolean ignoreQuoted = f.bool("ignore-quoted", false);
    String fixText = f.string("fix");
    ExistenceCheck.FixKind fix = ExistenceCheck.FixKind.NONE;
    if (fixText != null) {
      if (!fixText.strip().equals("delete")) {
        throw f.error(f.value("fix"), "unknown fix '" + fixText + "' (expected delete; substitution rules suggest replacements)");
      }
      fix = ExistenceCheck.FixKind.DELETE;
    }
    MessageTemplate message = template(f, messageText, "Avoid '{match}'.", ExistenceCheck.PLACEHOLDERS);
    try {
      return new ExistenceCheck(groups, message, ignoreQuoted, fix);
    } catch (IllegalArgumentException e) {
      throw f.error(f.node(), f.what() + ": " + e.getMessage());
    } catch (PatternSyntaxException e) {
      patternNodes.forEach((node, fields) -> checkPatterns(fields, List.of(node)));
      throw f.error(f.node(), f.what() + ": pattern '" + e.getPattern() + "' is not a valid RE2 expression: " + e.getDescription());
    }
  }

  /**
   * The patterns of {@code f}, not yet compiled: the check they go into compiles them, and only when that
   * fails are they compiled one by one ({@link #checkPatterns}) to say which is at fault. Compiling each
   * first as well would double the loading time of a style with many patterns, paid at every start.
   * Their nodes are added to {@code nodes}.
   */
  private List<String> uncheckedPatterns(Fields f, Map<Node, Fields> nodes) {
    List<Node> list = f.stringNodes("patterns");
    List<String> out = new ArrayList<>(list.size());
    for (Node n : list) {
      nodes.put(n, f);
      out.add(((ScalarNode) n).getValue());
    }
    return out;
  }

  private ExistenceCheck.Group group(
      Fields gf, String name, @Nullable String label, List<String> tokens, List<String> patterns, GroupDefaults d, Fields rule) {
    ExistenceCheck.Report report;
    if (d.report() == null) {
      report = d.mode().judgesWholeUnit() ? ExistenceCheck.Report.BLOCK : ExistenceCheck.Report.MATCH;
    } else {
      report =
          switch (d.report().strip()) {
            case "match" -> ExistenceCheck.Report.MATCH;
            case "block" -> ExistenceCheck.Report.BLOCK;
            default -> throw gf.error(gf.has("report") ? gf.value("report") : rule.value("report"), "unknown report '" + d.report() + "' (expected match or block)");
          };
      if (report == ExistenceCheck.Report.MATCH && d.mode().judgesWholeUnit()) {
        throw gf.error(gf.node(), "match: " + d.mode().id() + " judges the whole unit, so it cannot report only the match (drop report: match)");
      }
    }
    if (d.maxWordsAfter() >= 0 && d.mode() != MatchMode.BLOCK_START) {
      throw gf.error(gf.node(), "max-words-after only applies to match: block-start");
    }
    Folding folding = folding(d.ignoreCase());
    return new ExistenceCheck.Group(
        name, label, d.mode(), report, d.maxWords(), d.maxWordsAfter(), folding, d.wordBoundaries(), d.fold(), tokens, patterns,
        Exceptions.phrases(d.exceptions(), folding));
  }

  private static MatchMode matchMode(Fields f, MatchMode defaultMode) {
    String m = f.string("match");
    if (m == null) {
      return defaultMode;
    }
    try {
      return MatchMode.parse(m.strip());
    } catch (IllegalArgumentException e) {
      throw f.error(f.value("match"), e.getMessage());
    }
  }

  // ---- substitution ----

  private Check substitution(Fields f, @Nullable String messageText) {
    List<SubstitutionCheck.Swap> swaps = new ArrayList<>();
    readSwaps(f, "swap", false, swaps);
    readSwaps(f, "swap-patterns", true, swaps);
    if (swaps.isEmpty()) {
      throw f.error(f.node(), f.what() + " has nothing to swap (expected swap: {wrong: right} or swap-patterns)");
    }
    boolean ignoreCase = f.bool("ignore-case", true);
    MessageTemplate message = template(f, messageText, "Use '{replacement}' instead of '{match}'.", SubstitutionCheck.PLACEHOLDERS);
    try {
      return new SubstitutionCheck(
          swaps,
          ignoreCase,
          f.bool("word-boundaries", true),
          f.bool("preserve-case", true),
          Exceptions.phrases(f.strings("exceptions"), folding(ignoreCase)),
          message);
    } catch (IllegalArgumentException e) {
      throw f.error(f.node(), f.what() + ": " + e.getMessage());
    }
  }

  private void readSwaps(Fields f, String key, boolean pattern, List<SubstitutionCheck.Swap> out) {
    Node n = f.value(key);
    if (n == null || Fields.isNull(n)) {
      return;
    }
    if (!(n instanceof MappingNode m)) {
      throw f.error(n, "expected '" + key + "' to map what to avoid to what to write (utilize: use), found " + Fields.kind(n));
    }
    for (NodeTuple t : m.getValue()) {
      String from = f.scalarText(t.getKeyNode(), "a word or phrase to replace");
      if (pattern) {
        checkPatterns(f, List.of(t.getKeyNode()));
      }
      List<String> to = f.stringList(t.getValueNode(), "a replacement or a list of replacements");
      if (from.isBlank() || to.isEmpty() || to.stream().anyMatch(String::isBlank)) {
        throw f.error(t.getKeyNode(), "swap '" + from + "' needs a non-empty key and replacement");
      }
      out.add(new SubstitutionCheck.Swap(from, pattern, to));
    }
  }

  // ---- occurrence ----

  private Check occurrence(Fields f, @Nullable String messageText, Map<String, OptionSpec> options, Scope scope) {
    int max = f.integer("max", -1, 0);
    int min = f.integer("min", -1, 1);
    if (max < 0 && min < 0) {
      throw f.error(f.node(), f.what() + " needs max or min (at most or at least how many per " + scope + ")");
    }
    if (max >= 0 && min > max) {
      throw f.error(f.value("min"), "min " + min + " is greater than max " + max);
    }
    List<String> tokens = tokens(f);
    List<String> patterns = patterns(f);
    if (tokens.isEmpty() && patterns.isEmpty()) {
      throw f.error(f.node(), f.what() + " has nothing to count (expected tokens, tokens-from or patterns)");
    }
    boolean ignoreCase = f.bool("ignore-case", true);
    List<TermSet.Term> terms = new ArrayList<>();
    tokens.forEach(t -> terms.add(new TermSet.Term(t, false, 0)));
    patterns.forEach(p -> terms.add(new TermSet.Term(p, true, 0)));
    TermSet set;
    try {
      set = new TermSet(terms, folding(ignoreCase), f.bool("word-boundaries", true), f.bool("fold", false), TermSet.Anchor.ANYWHERE);
    } catch (IllegalArgumentException e) {
      throw f.error(f.node(), f.what() + ": " + e.getMessage());
    }
    if (max >= 0) {
      options.put("max", new OptionSpec("max", OptionType.INTEGER, max, "Most matches allowed per unit"));
    }
    if (min >= 0) {
      options.put("min", new OptionSpec("min", OptionType.INTEGER, min, "Fewest matches required per unit"));
    }
    String def =
        max >= 0 && min >= 0 ? "{count} of these in this {scope}; between {min} and {max} allowed."
            : max >= 0 ? "{count} of these in this {scope}; at most {max} allowed."
            : "{count} of these in this {scope}; at least {min} required.";
    return new OccurrenceCheck(set, max, min, template(f, messageText, def, OccurrenceCheck.PLACEHOLDERS));
  }

  // ---- repetition ----

  private Check repetition(Fields f, @Nullable String messageText) {
    List<String> patterns = patterns(f);
    MessageTemplate message = template(f, messageText, "'{match}' is repeated.", RepetitionCheck.PLACEHOLDERS);
    return new RepetitionCheck(
        patterns, f.bool("ignore-case", true), false, 0, f.strings("exceptions"), RepetitionCheck.Separator.SPACE, message);
  }

  // ---- capitalization ----

  private Check capitalization(Fields f, @Nullable String messageText, Map<String, OptionSpec> options) {
    String m = f.string("match", "title").strip();
    CapitalizationCheck.Case c =
        switch (m) {
          case "title" -> CapitalizationCheck.Case.TITLE;
          case "sentence" -> CapitalizationCheck.Case.SENTENCE;
          case "lower" -> CapitalizationCheck.Case.LOWER;
          case "upper" -> CapitalizationCheck.Case.UPPER;
          default -> throw f.error(f.value("match"), "unknown match '" + m + "' (expected title, sentence, lower or upper; or give a pattern)");
        };
    Pattern pattern = null;
    if (f.has("pattern")) {
      Node pn = f.value("pattern");
      checkPatterns(f, List.of(pn));
      pattern = Pattern.compile(((ScalarNode) pn).getValue());
      c = CapitalizationCheck.Case.PATTERN;
    }
    String st = f.string("style", "ap").strip().toLowerCase(Locale.ROOT);
    CapitalizationCheck.Style style =
        switch (st) {
          case "ap" -> CapitalizationCheck.Style.AP;
          case "chicago" -> CapitalizationCheck.Style.CHICAGO;
          default -> throw f.error(f.value("style"), "unknown style '" + st + "' (expected ap or chicago)");
        };
    double threshold = f.number("threshold", 0.8);
    if (threshold < 0 || threshold >= 1) {
      throw f.error(f.value("threshold"), "threshold must be at least 0 and below 1, found " + threshold);
    }
    options.put("threshold", new OptionSpec("threshold", OptionType.NUMBER, threshold, "Share of words that must conform"));
    List<String> exceptions = f.strings("exceptions");
    Pattern except =
        exceptions.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|", exceptions.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList()) + ")\\b");
    List<String> indicators = f.has("indicators") ? f.strings("indicators") : List.of(":");
    MessageTemplate message = template(f, messageText, "'{match}' should be in {case} case.", CapitalizationCheck.PLACEHOLDERS);
    return new CapitalizationCheck(c, style, pattern, except, indicators, threshold, message);
  }

  // ---- metric ----

  private Check metric(Fields f, @Nullable String messageText, Map<String, OptionSpec> options, Scope scope) {
    String name = f.required("metric", "flesch-reading-ease, flesch-kincaid-grade, sentence-length, paragraph-length or paragraph-sentences");
    MetricCheck.Metric metric;
    try {
      metric = MetricCheck.Metric.parse(name.strip());
    } catch (IllegalArgumentException e) {
      throw f.error(f.value("metric"), e.getMessage());
    }
    double min = f.number("min", Double.NaN);
    double max = f.number("max", Double.NaN);
    if (Double.isNaN(min) && Double.isNaN(max)) {
      throw f.error(f.node(), f.what() + " needs min or max (the threshold for " + metric.id + ")");
    }
    if ((metric == MetricCheck.Metric.PARAGRAPH_LENGTH || metric == MetricCheck.Metric.PARAGRAPH_SENTENCES)
        && (scope.selects(Scope.Kind.SENTENCE) || scope.selects(Scope.Kind.ARTICLE))) {
      throw f.error(f.has("scope") ? f.value("scope") : f.node(), metric.id + " measures blocks: use a block scope such as paragraph");
    }
    int minWords = f.integer("min-words", metric.isReadability() ? 30 : 0, 0);
    if (!Double.isNaN(min)) {
      options.put("min", new OptionSpec("min", OptionType.NUMBER, min, "Lowest " + metric.label + " allowed"));
    }
    if (!Double.isNaN(max)) {
      options.put("max", new OptionSpec("max", OptionType.NUMBER, max, "Highest " + metric.label + " allowed"));
    }
    String bound =
        !Double.isNaN(min) && !Double.isNaN(max) ? "between {min} and {max}" : !Double.isNaN(min) ? "at least {min}" : "at most {max}";
    String def =
        switch (metric) {
          case SENTENCE_LENGTH -> "This sentence is {value} words long; aim for " + bound + ".";
          case PARAGRAPH_LENGTH -> "This {scope} is {value} words long; aim for " + bound + ".";
          case PARAGRAPH_SENTENCES -> "This {scope} has {value} sentences; aim for " + bound + ".";
          default -> "{metric} of this {scope} is {value}; aim for " + bound + ".";
        };
    return new MetricCheck(metric, min, max, minWords, template(f, messageText, def, MetricCheck.PLACEHOLDERS));
  }

  // ---- conditional ----

  private Check conditional(Fields f, @Nullable String messageText) {
    Node first = f.value("first");
    Node second = f.value("second");
    if (first == null || second == null) {
      throw f.error(f.node(), f.what() + " needs first and second (if first occurs, second must too)");
    }
    checkPatterns(f, List.of(first, second));
    boolean ignoreCase = f.bool("ignore-case", false);
    int flags = ignoreCase ? Pattern.CASE_INSENSITIVE : 0;
    String order = f.string("order", "before").strip();
    if (!order.equals("before") && !order.equals("anywhere")) {
      throw f.error(f.value("order"), "unknown order '" + order + "' (expected before or anywhere)");
    }
    String report = f.string("report", "first").strip();
    if (!report.equals("first") && !report.equals("every")) {
      throw f.error(f.value("report"), "unknown report '" + report + "' (expected first or every)");
    }
    MessageTemplate message =
        template(f, messageText, "'{match}' is used before it is defined: spell it out on first use.", ConditionalCheck.PLACEHOLDERS);
    return new ConditionalCheck(
        Pattern.compile(((ScalarNode) first).getValue(), flags),
        Pattern.compile(((ScalarNode) second).getValue(), flags),
        Set.copyOf(f.strings("exceptions")),
        Exceptions.NONE,
        order.equals("before"),
        report.equals("every"),
        message);
  }

  static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    for (String s : b) {
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }
}
