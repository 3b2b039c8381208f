package dev.copydesk.core.model;

import org.jspecify.annotations.Nullable;

/**
 * A problem with a file itself rather than its prose: it could not be read or decoded, is binary or too
 * large, or its front matter is malformed. Diagnostics are reported beside findings and never thrown.
 *
 * <p>Immutable and thread-safe.
 *
 * @param level {@link Level#ERROR} when the file could not be linted (fully), {@link Level#WARNING}
 *     when it was linted but something in it was ignored
 * @param code a stable dotted code such as {@code io.binary} or {@code parse.front-matter}
 * @param message what is wrong, for a person, without the file name (reports add it)
 * @param position where in the file, when known
 */
public record Diagnostic(Level level, String code, String message, @Nullable Position position) {

  public enum Level {
    ERROR,
    WARNING
  }

  public static Diagnostic error(String code, String message) {
    return new Diagnostic(Level.ERROR, code, message, null);
  }

  public static Diagnostic warning(String code, String message) {
    return new Diagnostic(Level.WARNING, code, message, null);
  }

  @Override
  public String toString() {
    return level.name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + code
        + (position == null ? "" : " at " + position)
        + ": "
        + message;
  }
}
