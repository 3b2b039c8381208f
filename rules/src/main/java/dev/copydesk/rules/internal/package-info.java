/**
 * Helpers shared by the rules of the pack: the segments of a block that rules judge by shape, name
 * shapes; and, for the sourcing and integrity rules, word views of sentences ({@link
 * dev.copydesk.rules.internal.Words}), a word-level phrase matcher ({@link
 * dev.copydesk.rules.internal.WordMatcher}), word lists loaded from data files, and heuristics for proper
 * names, quotations and attribution. Text folding and the character-level phrase matcher live in {@link
 * dev.copydesk.core.text}. Not part of the public API; may change without notice.
 *
 * <p>Every type here is immutable and thread-safe unless its Javadoc says otherwise.
 */
@NullMarked
package dev.copydesk.rules.internal;

import org.jspecify.annotations.NullMarked;
