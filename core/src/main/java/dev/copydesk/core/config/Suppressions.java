package dev.copydesk.core.config;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Comment;
import dev.copydesk.core.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The inline suppressions of one article:
 *
 * <ul>
 *   <li>{@code <!-- copydesk-disable rule-a, rule-b -->} ... {@code <!-- copydesk-enable -->}: a region
 *       (to the end of the file when not closed); no rule ids means every rule;
 *   <li>{@code <!-- copydesk-disable-next-line rule-a -->}: the next line, or the whole block that
 *       starts on it;
 *   <li>front matter {@code copydesk: {disable: [rule-a]}}: the whole file.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Suppressions {

  // Linear: anchored at both ends; the one quantifier pair that overlaps (\s* then .*) meets the end
  // at once, since .* takes everything that is left.
  private static final Pattern DIRECTIVE =
      Pattern.compile("^copydesk-(disable-next-line|disable-line|disable|enable)\\b\\s*(.*)$", Pattern.DOTALL);
  private static final Set<String> ALL = Set.of("*");

  private record Region(Span span, Set<String> rules) {}

  private final List<Region> regions;

  private Suppressions(List<Region> regions) {
    this.regions = List.copyOf(regions);
  }

  public static Suppressions none() {
    return new Suppressions(List.of());
  }

  /** The suppressions written in {@code article}'s comments and front matter. */
  public static Suppressions of(Article article) {
    List<Region> regions = new ArrayList<>();
    String src = article.source();
    Set<String> fileWide = frontMatterDisabled(article.metadata().fields());
    if (!fileWide.isEmpty()) {
      regions.add(new Region(new Span(0, src.length()), fileWide));
    }
    // Open regions, by rule set, in order of opening.
    List<int[]> openStarts = new ArrayList<>();
    List<Set<String>> openRules = new ArrayList<>();
    for (Comment c : article.comments()) {
      Matcher m = DIRECTIVE.matcher(c.text().strip());
      if (!m.matches()) {
        continue;
      }
      Set<String> rules = ruleIds(m.group(2));
      switch (m.group(1)) {
        case "disable" -> {
          openStarts.add(new int[] {c.span().end()});
          openRules.add(rules);
        }
        case "enable" -> {
          for (int i = openStarts.size() - 1; i >= 0; i--) {
            Set<String> open = openRules.get(i);
            if (rules.equals(ALL) || open.equals(rules) || open.equals(ALL) || rules.containsAll(open)) {
              regions.add(new Region(new Span(openStarts.get(i)[0], c.span().start()), open));
              openStarts.remove(i);
              openRules.remove(i);
              if (!rules.equals(ALL)) {
                break;
              }
            }
          }
        }
        case "disable-line" -> regions.add(new Region(lineOf(src, c.span()), rules));
        default -> regions.add(new Region(nextLineOrBlock(article, c.span()), rules));
      }
    }
    for (int i = 0; i < openStarts.size(); i++) {
      regions.add(new Region(new Span(openStarts.get(i)[0], src.length()), openRules.get(i)));
    }
    return new Suppressions(regions);
  }

  /** Whether a finding of {@code ruleId} at {@code span} is suppressed. */
  public boolean suppresses(String ruleId, Span span) {
    for (int j = 0; j < regions.size(); j++) {
      Region r = regions.get(j);
      if ((r.rules.equals(ALL) || r.rules.contains(ruleId))
          && span.start() >= r.span.start()
          && span.start() <= r.span.end()) {
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return regions.isEmpty();
  }

  private static Set<String> ruleIds(String list) {
    String s = list.strip();
    // Allow a trailing explanation after "--", as ESLint does.
    int dashes = s.indexOf("--");
    if (dashes >= 0) {
      s = s.substring(0, dashes).strip();
    }
    if (s.isEmpty()) {
      return ALL;
    }
    // Linear: one character class, repeated.
    return Arrays.stream(s.split("[,\\s]+")).filter(x -> !x.isEmpty()).collect(Collectors.toUnmodifiableSet());
  }

  private static Set<String> frontMatterDisabled(Map<String, Object> fields) {
    Object cd = fields.get("copydesk");
    if (!(cd instanceof Map<?, ?> m)) {
      return Set.of();
    }
    Object d = m.get("disable");
    if (d instanceof List<?> l) {
      return l.stream().map(String::valueOf).map(String::strip).collect(Collectors.toUnmodifiableSet());
    }
    if (d instanceof String s) {
      return ruleIds(s);
    }
    if (Boolean.TRUE.equals(d)) {
      return ALL;
    }
    return Set.of();
  }

  private static Span lineOf(String src, Span at) {
    int start = at.start();
    while (start > 0 && src.charAt(start - 1) != '\n' && src.charAt(start - 1) != '\r') {
      start--;
    }
    int end = at.end();
    while (end < src.length() && src.charAt(end) != '\n' && src.charAt(end) != '\r') {
      end++;
    }
    return new Span(start, end);
  }

  private static Span nextLineOrBlock(Article article, Span comment) {
    String src = article.source();
    int i = comment.end();
    while (i < src.length() && src.charAt(i) != '\n' && src.charAt(i) != '\r') {
      i++;
    }
    // Skip the line break.
    if (i < src.length() && src.charAt(i) == '\r') {
      i++;
    }
    if (i < src.length() && src.charAt(i) == '\n') {
      i++;
    }
    int lineStart = i;
    int lineEnd = lineStart;
    while (lineEnd < src.length() && src.charAt(lineEnd) != '\n' && src.charAt(lineEnd) != '\r') {
      lineEnd++;
    }
    Span line = new Span(lineStart, lineEnd);
    for (Block b : article.blocks()) {
      if (b.span().start() >= lineStart && b.span().start() <= lineEnd) {
        return line.union(b.span());
      }
    }
    return line;
  }
}
