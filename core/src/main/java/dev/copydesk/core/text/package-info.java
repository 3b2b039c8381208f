/**
 * Text matching shared by the rule pack and declarative house-style rules: {@link
 * dev.copydesk.core.text.FoldedText} (case, quote, dash and white-space folding with offsets kept) and
 * {@link dev.copydesk.core.text.PhraseMatcher} (an Aho-Corasick automaton that finds any number of
 * phrases in one linear pass).
 *
 * <p>Every type here is immutable and thread-safe.
 */
@NullMarked
package dev.copydesk.core.text;

import org.jspecify.annotations.NullMarked;
