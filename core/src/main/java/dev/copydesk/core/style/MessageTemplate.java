package dev.copydesk.core.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A finding's message with placeholders in braces: {@code "Use '{replacement}' instead of
 * '{match}'."}. {@code {{} and {@code }}} write literal braces. The placeholders a rule type offers are
 * checked when the rule loads; an unknown one is an error.
 *
 * <p>Immutable and thread-safe.
 */
final class MessageTemplate {

  /** Longest quoted match in a message; longer matches are cut with "...". */
  static final int MAX_QUOTED = 60;

  private final String template;
  // Alternating literal text and placeholder names: even indexes literal, odd indexes names.
  private final List<String> parts;

  private MessageTemplate(String template, List<String> parts) {
    this.template = template;
    this.parts = List.copyOf(parts);
  }

  /**
   * Parses {@code template}.
   *
   * @throws IllegalArgumentException naming the unknown placeholder or the unbalanced brace
   */
  static MessageTemplate parse(String template, Set<String> allowed) {
    List<String> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{' && template.startsWith("{{", i)) {
        literal.append('{');
        i += 2;
      } else if (c == '}' && template.startsWith("}}", i)) {
        literal.append('}');
        i += 2;
      } else if (c == '{') {
        int close = template.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed '{' in message \"" + template + "\" (write {{ for a brace)");
        }
        String name = template.substring(i + 1, close).strip();
        if (!allowed.contains(name)) {
          throw new IllegalArgumentException(
              "unknown placeholder {" + name + "} in message (expected " + describe(allowed) + ")");
        }
        parts.add(literal.toString());
        parts.add(name);
        literal.setLength(0);
        i = close + 1;
      } else if (c == '}') {
        throw new IllegalArgumentException("unmatched '}' in message \"" + template + "\" (write }} for a brace)");
      } else {
        literal.append(c);
        i++;
      }
    }
    parts.add(literal.toString());
    return new MessageTemplate(template, parts);
  }

  private static String describe(Set<String> allowed) {
    return allowed.isEmpty()
        ? "no placeholders for this rule type"
        : String.join(", ", allowed.stream().sorted().map(a -> "{" + a + "}").toList());
  }

  /** The names this template uses. */
  List<String> names() {
    List<String> out = new ArrayList<>();
    for (int i = 1; i < parts.size(); i += 2) {
      out.add(parts.get(i));
    }
    return out;
  }

  /** The message with placeholders filled; a missing value leaves the placeholder as written. */
  String format(Map<String, String> values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      String p = parts.get(i);
      if (i % 2 == 0) {
        sb.append(p);
      } else {
        String v = values.get(p);
        sb.append(v == null ? "{" + p + "}" : v);
      }
    }
    return sb.toString();
  }

  /** The template with every placeholder shown as "…", for a summary. */
  String skeleton() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      sb.append(i % 2 == 0 ? parts.get(i) : "\u2026");
    }
    return sb.toString().strip();
  }

  /** Text as quoted in a message: runs of white space as one space, cut at {@link #MAX_QUOTED} characters. */
  static String quote(String text) {
    String one = text.strip().replaceAll("\\s+", " ");
    if (one.length() <= MAX_QUOTED) {
      return one;
    }
    int cut = MAX_QUOTED - 3;
    if (Character.isHighSurrogate(one.charAt(cut - 1))) {
      cut--;
    }
    return one.substring(0, cut) + "...";
  }

  @Override
  public String toString() {
    return template;
  }
}
