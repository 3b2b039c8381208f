package dev.copydesk.core.rule;

/** A rule could not be loaded: bad metadata, a duplicate id, or no scope. */
public final class RuleLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleLoadException(String message) {
    super(message);
  }

  public RuleLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
