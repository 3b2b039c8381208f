package dev.copydesk.core.style;

import dev.copydesk.core.config.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * Something in a style definition that was ignored rather than refused: a Vale key or scope Copydesk
 * does not support, a Vale rule of a type it does not load. Loading goes on; the warning says what was
 * left out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param location where it was written, when known
 * @param message what was ignored and why
 */
public record StyleWarning(@Nullable SourceLocation location, String message) {
  @Override
  public String toString() {
    return (location == null ? "" : location + ": ") + "warning: " + message;
  }
}
