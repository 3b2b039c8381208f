package dev.copydesk.core.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for work handed to other threads the way a lint run waits: an interrupt cancels the run
 * (the thread's flag set again), and what a task threw is thrown again as it was.
 *
 * <p>Stateless; thread-safe.
 */
public final class Futures {

  private Futures() {}

  /**
   * The value of {@code f}, waiting for it.
   *
   * @throws CancellationException if the waiting thread is interrupted
   */
  public static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      throw cancelled(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Waits until {@code f} is done, however it ended: what it threw is left for {@link #await} to
   * throw, in its turn.
   *
   * @throws CancellationException if the waiting thread is interrupted
   */
  public static void awaitDone(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      throw cancelled(e);
    } catch (ExecutionException | CancellationException e) {
      // Thrown again by await(f), after the results before it have been handed on.
    }
  }

  private static CancellationException cancelled(InterruptedException e) {
    Thread.currentThread().interrupt();
    CancellationException c = new CancellationException("linting interrupted");
    c.initCause(e);
    return c;
  }

  /** @throws CancellationException if this thread has been interrupted */
  public static void checkInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("linting interrupted");
    }
  }
}
