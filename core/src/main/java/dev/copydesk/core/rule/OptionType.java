package dev.copydesk.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The type of a rule option's value, checked when configuration loads. */
public enum OptionType {
  INTEGER,
  NUMBER,
  BOOLEAN,
  STRING,
  STRING_LIST;

  /**
   * Converts a configuration value (as YAML produced it) to this type's Java form: {@link Integer},
   * {@link Double}, {@link Boolean}, {@link String} or an immutable {@code List<String>}.
   *
   * @throws IllegalArgumentException naming what was expected when the value does not fit
   */
  public Object coerce(Object value) {
    switch (this) {
      case INTEGER:
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
          long l = ((Number) value).longValue();
          if (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return (int) l;
          }
        }
        if (value instanceof String s) {
          try {
            return Integer.parseInt(s.strip());
          } catch (NumberFormatException e) {
            // falls through to the error below
          }
        }
        break;
      case NUMBER:
        if (value instanceof Number n) {
          return n.doubleValue();
        }
        if (value instanceof String s) {
          try {
            return Double.parseDouble(s.strip());
          } catch (NumberFormatException e) {
            // falls through to the error below
          }
        }
        break;
      case BOOLEAN:
        if (value instanceof Boolean) {
          return value;
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
          return Boolean.parseBoolean(s);
        }
        break;
      case STRING:
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
          return value.toString();
        }
        break;
      case STRING_LIST:
        if (value instanceof String s) {
          return List.of(s);
        }
        if (value instanceof List<?> list) {
          List<String> out = new ArrayList<>();
          for (Object o : list) {
            if (!(o instanceof String || o instanceof Number || o instanceof Boolean)) {
              throw new IllegalArgumentException("expected a list of strings, found an element " + describe(o));
            }
            out.add(o.toString());
          }
          return List.copyOf(out);
        }
        break;
    }
    throw new IllegalArgumentException("expected " + displayName() + ", found " + describe(value));
  }

  public String displayName() {
    return switch (this) {
      case INTEGER -> "an integer";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case STRING -> "a string";
      case STRING_LIST -> "a list of strings";
    };
  }

  static String describe(Object o) {
    if (o instanceof List) {
      return "a list";
    }
    if (o instanceof java.util.Map) {
      return "a mapping";
    }
    return o.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " '" + o + "'";
  }
}
