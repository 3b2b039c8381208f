package dev.copydesk.core.rule;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A view that rules derive from part of an article (a block's folded text, a sentence's words), declared
 * once as a constant so that the engine computes it once per article and input and shares it among
 * every rule that asks through {@link RuleContext#derive}. Several rules that each fold every block
 * would otherwise fold every block several times.
 *
 * <pre>{@code
 * static final Derivation<Block, FoldedText> FOLDED = Derivation.of("folded block text", b -> FoldedText.of(b.text()));
 * ...
 * FoldedText folded = context.derive(FOLDED, block);
 * }</pre>
 *
 * <p>Inputs are told apart by identity (the article's blocks and sentences are distinct objects); the
 * derivation itself is the key, so rules share a value only when they use the same constant.
 *
 * <p>Immutable and thread-safe, provided the function is: it must be pure (the same input gives an
 * equal value) and return an immutable, non-null value, since one value serves every rule of the
 * article.
 *
 * @param <I> what the view is derived from, such as a {@code Block} or {@code Sentence}
 * @param <T> the view
 */
public final class Derivation<I, T> {

  private final String name;
  private final BiFunction<? super I, ? super RuleContext, ? extends T> function;
  // Whether the function derives other views through the context it is given (see fromViews).
  private final boolean fromViews;

  private Derivation(String name, BiFunction<? super I, ? super RuleContext, ? extends T> function, boolean fromViews) {
    this.name = Objects.requireNonNull(name, "name");
    this.function = Objects.requireNonNull(function, "function");
    this.fromViews = fromViews;
  }

  /** A derivation named {@code name} (for messages) that computes its view with {@code function}. */
  public static <I, T> Derivation<I, T> of(String name, Function<? super I, ? extends T> function) {
    Objects.requireNonNull(function, "function");
    return new Derivation<>(name, (input, context) -> function.apply(input), false);
  }

  /**
   * A derivation whose view is made from other views of the same article: {@code function} derives them
   * through the context it is given, so that they are shared as if the rule had asked for them itself
   * (an article-wide summary of every block's folded text folds each block once for all rules). The
   * same rules apply: the view must be immutable, and the same for the same input.
   */
  public static <I, T> Derivation<I, T> fromViews(String name, BiFunction<? super I, ? super RuleContext, ? extends T> function) {
    return new Derivation<>(name, function, true);
  }

  public String name() {
    return name;
  }

  /**
   * Computes the view of {@code input}, without sharing: what {@link RuleContext#derive} does once.
   *
   * @throws IllegalStateException for a derivation made {@link #fromViews}, which needs a context
   */
  public T compute(I input) {
    if (fromViews) {
      throw new IllegalStateException("derivation '" + name + "' is made from other views: compute it with a context");
    }
    return compute(input, null);
  }

  /**
   * Computes the view of {@code input}, deriving the views it is made from (see {@link #fromViews})
   * through {@code context}: what {@link RuleContext#derive} does once.
   */
  public T compute(I input, @Nullable RuleContext context) {
    if (fromViews && context == null) {
      throw new IllegalStateException("derivation '" + name + "' is made from other views: compute it with a context");
    }
    // Checked by hand: a message supplier would be a lambda capturing this, made on every call, and
    // under C1 (the command line's compiler) each such capture costs a call into the VM.
    T value = function.apply(input, context);
    if (value == null) {
      throw new NullPointerException("derivation '" + name + "' returned null");
    }
    return value;
  }

  @Override
  public String toString() {
    return "Derivation[" + name + "]";
  }
}
