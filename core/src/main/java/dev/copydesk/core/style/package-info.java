/**
 * Declarative house-style rules: rules written as data (in {@code .copydesk.yml}, in definitions files,
 * or as Vale styles) and compiled into ordinary {@link dev.copydesk.core.rule.Rule}s. Seven types:
 * existence, substitution, occurrence, repetition, capitalization, metric and conditional. Literal
 * phrase lists compile into one Aho-Corasick automaton and patterns into RE2 expressions, so every check
 * runs in time linear in the text.
 *
 * <p>{@link dev.copydesk.core.style.StyleLoader} reads definitions; {@link
 * dev.copydesk.core.style.StyleRuleProvider} adds a project's rules to the registry. The format is
 * documented in {@code docs/house-style.md}.
 *
 * <p>Every public type here is immutable and thread-safe unless its Javadoc says otherwise.
 */
@NullMarked
package dev.copydesk.core.style;

import org.jspecify.annotations.NullMarked;
