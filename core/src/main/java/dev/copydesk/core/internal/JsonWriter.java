package dev.copydesk.core.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer with two-space indentation. Strings are escaped per RFC 8259, and
 * {@code <}, {@code >}, {@code &} and U+2028/U+2029 as {@code \\uXXXX} as well, so that the output is safe
 * to embed in HTML; lone surrogates become U+FFFD. Not thread-safe.
 */
public final class JsonWriter {

  private final Writer out;
  private final Deque<int[]> stack = new ArrayDeque<>(); // [count, isObject]
  private boolean afterName;

  public JsonWriter(Writer out) {
    this.out = out;
  }

  public JsonWriter beginObject() throws IOException {
    value();
    out.write('{');
    stack.push(new int[] {0, 1});
    return this;
  }

  public JsonWriter endObject() throws IOException {
    return end('}');
  }

  public JsonWriter beginArray() throws IOException {
    value();
    out.write('[');
    stack.push(new int[] {0, 0});
    return this;
  }

  public JsonWriter endArray() throws IOException {
    return end(']');
  }

  public JsonWriter name(String name) throws IOException {
    int[] top = stack.peek();
    if (top == null || top[1] != 1 || afterName) {
      throw new IllegalStateException("name outside an object: " + name);
    }
    separator(top);
    string(name);
    out.write(": ");
    afterName = true;
    return this;
  }

  public JsonWriter value(String s) throws IOException {
    value();
    string(s);
    return this;
  }

  public JsonWriter value(long n) throws IOException {
    value();
    out.write(Long.toString(n));
    return this;
  }

  public JsonWriter value(double d) throws IOException {
    value();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      out.write("null");
    } else {
      out.write(Double.toString(d));
    }
    return this;
  }

  public JsonWriter value(boolean b) throws IOException {
    value();
    out.write(b ? "true" : "false");
    return this;
  }

  public JsonWriter nullValue() throws IOException {
    value();
    out.write("null");
    return this;
  }

  /** Shorthand for {@code name(n).value(v)}. */
  public JsonWriter field(String n, String v) throws IOException {
    return name(n).value(v);
  }

  public JsonWriter field(String n, long v) throws IOException {
    return name(n).value(v);
  }

  public JsonWriter field(String n, boolean v) throws IOException {
    return name(n).value(v);
  }

  public void flush() throws IOException {
    out.write('\n');
    out.flush();
  }

  private void value() throws IOException {
    if (afterName) {
      afterName = false;
      return;
    }
    int[] top = stack.peek();
    if (top != null) {
      if (top[1] == 1) {
        throw new IllegalStateException("value without a name inside an object");
      }
      separator(top);
    }
  }

  private void separator(int[] top) throws IOException {
    if (top[0]++ > 0) {
      out.write(',');
    }
    newLine(stack.size());
  }

  private JsonWriter end(char c) throws IOException {
    int[] top = stack.pop();
    if (top[0] > 0) {
      newLine(stack.size());
    }
    out.write(c);
    return this;
  }

  // A line break and the indentation of the deepest nesting the reports use; deeper ones add to it.
  private static final String NEW_LINE = "\n" + "  ".repeat(16);

  /** A line break and two spaces per level of {@code depth}, in as few writes as the depth allows. */
  private void newLine(int depth) throws IOException {
    int width = 2 * depth;
    out.write(NEW_LINE, 0, 1 + Math.min(width, NEW_LINE.length() - 1));
    for (int i = NEW_LINE.length() - 1; i < width; i += 2) {
      out.write("  ");
    }
  }

  /**
   * {@code s} quoted: written as it is between quotes when nothing in it needs escaping (nearly every
   * name, path and message), which spares a copy of every string of a report.
   */
  private void string(String s) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      if (needsEscape(s.charAt(i))) {
        out.write(quote(s));
        return;
      }
    }
    out.write('"');
    out.write(s);
    out.write('"');
  }

  /** Whether {@link #quote} writes {@code c} otherwise than as itself (surrogates: checked there). */
  private static boolean needsEscape(char c) {
    return c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == 0x7F
        || c >= '\u2028' && (c == '\u2028' || c == '\u2029' || Character.isSurrogate(c));
  }

  /** {@code s} as a quoted JSON string literal. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2);
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            b.append("\\ufffd");
          } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029' || c == 0x7F) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
