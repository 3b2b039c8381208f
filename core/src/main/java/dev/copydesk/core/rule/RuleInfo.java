package dev.copydesk.core.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, declared once on the rule class and validated when rules load
 * ({@link RuleMetadata#of(Class)}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(java.lang.annotation.ElementType.TYPE)
public @interface RuleInfo {
  /** The stable id, kebab-case ({@code [a-z][a-z0-9]*(-[a-z0-9]+)*}); part of the public contract. */
  String id();

  /** One sentence on what the rule flags. */
  String summary();

  Severity severity();

  Category category();

  String[] tags() default {};

  /**
   * Longer documentation (Markdown): why it matters, what is flagged and what is not. The rule pack's
   * docs pages are generated from, or checked against, this text.
   */
  String description() default "";

  /** Whether the rule runs unless configuration enables it. */
  boolean enabledByDefault() default true;

  RuleOption[] options() default {};

  /**
   * Whether the rule asks for part-of-speech tags ({@link RuleContext#posTags}). A linter with such a
   * rule starts loading its tagger in the background as soon as it is built, while the caller lists and
   * reads files and the first articles are parsed, rather than on the first article that asks. Only a
   * hint: a rule that asks without saying so gets its tags all the same, a little later.
   */
  boolean usesPosTags() default false;
}
