package dev.copydesk.core.baseline;

/** A baseline file that cannot be read: not a baseline, a malformed line. The message says where. */
public final class BaselineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BaselineException(String message) {
    super(message);
  }
}
