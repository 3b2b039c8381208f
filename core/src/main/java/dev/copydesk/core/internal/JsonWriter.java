package dev.copydesk.core.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small streaming JSON writer with two-space indentation. Strings are escaped per RFC 8259, and
 * {@code <}, {@code >}, {@code &} and U+2028/U+2029 as {@code \\uXXXX} as well, so that the output is safe
 * to embed in HTML; lone surrogates become U+FFFD. Not thread-safe.
 */
public final class JsonWriter {

  private final Writer out;
  // The same writer when it takes encoded bytes: names and line breaks are then written as bytes made
  // once, the most frequent writes of a report, each of them otherwise a loop over a few characters.
  private final @Nullable Utf8Writer utf8;
  // Each name written so far (reports use a few dozen, thousands of times), quoted and followed by ": ",
  // as UTF-8; only for the byte writer, and only names that need no escaping.
  private final Map<String, byte[]> names = new HashMap<>();
  private final Deque<int[]> stack = new ArrayDeque<>(); // [count, isObject]
  private boolean afterName;

  public JsonWriter(Writer out) {
    this.out = out;
    this.utf8 = out instanceof Utf8Writer u ? u : null;
  }

  /**
   * Where this writer is, inside an array: taken to render parts of one long array apart (on other
   * threads, say) with {@link #at}, then joined with {@link #elements}. Immutable.
   *
   * @throws IllegalStateException unless the writer is inside an array
   */
  public Position position() {
    int[] top = stack.peek();
    if (top == null || top[1] != 0 || afterName) {
      throw new IllegalStateException("not inside an array");
    }
    List<int[]> levels = new ArrayList<>(stack.size());
    for (Iterator<int[]> it = stack.descendingIterator(); it.hasNext(); ) {
      levels.add(it.next().clone());
    }
    return new Position(levels);
  }

  /** See {@link #position()}. */
  public static final class Position {
    // The writer's nesting, outermost first: each level's [count, isObject].
    private final List<int[]> levels;

    private Position(List<int[]> levels) {
      this.levels = levels;
    }
  }

  /**
   * A writer to {@code out} of further elements of the array at {@code position}, as the writer it was
   * taken from would write them after {@code before} more elements: separated from those by a comma,
   * indented alike. What it writes is joined in with {@link #elements}.
   */
  public static JsonWriter at(Writer out, Position position, int before) {
    JsonWriter w = new JsonWriter(out);
    for (int[] level : position.levels) {
      w.stack.push(level.clone());
    }
    int[] top = w.stack.peek();
    top[0] += Math.max(0, before);
    return w;
  }

  /**
   * Writes {@code utf8}, {@code count} elements that a writer made by {@link #at} rendered (as UTF-8,
   * whole), into this writer's array, as if this writer had written them.
   *
   * @throws IllegalStateException unless the writer is inside an array
   */
  public JsonWriter elements(byte[] utf8, int count) throws IOException {
    int[] top = stack.peek();
    if (top == null || top[1] != 0 || afterName) {
      throw new IllegalStateException("elements outside an array");
    }
    Utf8Writer u = this.utf8;
    if (u != null) {
      u.writeUtf8(utf8, 0, utf8.length);
    } else {
      out.write(new String(utf8, StandardCharsets.UTF_8));
    }
    top[0] += count;
    return this;
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
    Utf8Writer u = utf8;
    if (u != null) {
      byte[] quoted = names.get(name);
      if (quoted == null) {
        quoted = isPlain(name.getBytes(StandardCharsets.UTF_8))
            ? ("\"" + name + "\": ").getBytes(StandardCharsets.UTF_8)
            : (quote(name) + ": ").getBytes(StandardCharsets.UTF_8);
        names.put(name, quoted);
      }
      u.writeUtf8(quoted, 0, quoted.length);
    } else {
      string(name);
      out.write(": ");
    }
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
  private static final byte[] NEW_LINE_BYTES = NEW_LINE.getBytes(StandardCharsets.US_ASCII);

  /** A line break and two spaces per level of {@code depth}, in as few writes as the depth allows. */
  private void newLine(int depth) throws IOException {
    int width = 2 * depth;
    Utf8Writer u = utf8;
    if (u != null) {
      u.writeUtf8(NEW_LINE_BYTES, 0, 1 + Math.min(width, NEW_LINE_BYTES.length - 1));
    } else {
      out.write(NEW_LINE, 0, 1 + Math.min(width, NEW_LINE.length() - 1));
    }
    for (int i = NEW_LINE.length() - 1; i < width; i += 2) {
      out.write("  ");
    }
  }

  /**
   * {@code s} quoted: written as it is between quotes when nothing in it needs escaping (nearly every
   * name, path and message), which spares a copy of every string of a report.
   */
  private void string(String s) throws IOException {
    Utf8Writer u = utf8;
    if (u != null && s.length() >= PLAIN_BY_BYTES) {
      // Read in its UTF-8 bytes, which the writer then copies as they are: one pass of a byte table,
      // where the loop below makes a call for each character under the command line's compiler (C1).
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      if (isPlain(bytes)) {
        u.write('"');
        u.writeUtf8(bytes, 0, bytes.length);
        u.write('"');
        return;
      }
    }
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

  // Shortest string checked by its bytes (see string): below it, the array costs more than it saves.
  private static final int PLAIN_BY_BYTES = 8;

  // For each byte of UTF-8, 1 if a string holding it may need escaping: the bytes of the ASCII
  // characters needsEscape accepts; '?', which is also how the encoder writes an unpaired surrogate;
  // and 0xE2, which leads the line and paragraph separators, along with the curly quotes and dashes.
  private static final byte[] MAYBE_ESCAPED = new byte[256];

  static {
    for (char c = 0; c < 128; c++) {
      MAYBE_ESCAPED[c] = (byte) (needsEscape(c) || c == '?' ? 1 : 0);
    }
    MAYBE_ESCAPED[0xE2] = 1;
  }

  /**
   * Whether the UTF-8 {@code bytes} of a string are written as they are by {@link #quote}: no character
   * needsEscape accepts, and no '?' (which may stand for an unpaired surrogate: such a string is
   * checked a character at a time). A 0xE2 is the line or paragraph separator only before 0x80 and
   * 0xA8 or 0xA9.
   */
  private static boolean isPlain(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (MAYBE_ESCAPED[b] != 0) {
        if (b != 0xE2) {
          return false;
        }
        // A lead byte has two continuation bytes after it in the encoder's output.
        if (bytes[i + 1] == (byte) 0x80 && (bytes[i + 2] == (byte) 0xA8 || bytes[i + 2] == (byte) 0xA9)) {
          return false;
        }
        i += 2;
      }
    }
    return true;
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
