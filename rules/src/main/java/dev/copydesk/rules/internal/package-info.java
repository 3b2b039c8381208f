/**
 * Helpers shared by the rules of the pack: word views of sentences, a linear-time phrase matcher, word
 * lists loaded from data files, and heuristics for names, quotations and attribution. Not part of the
 * public API; may change without notice.
 *
 * <p>Every type here is immutable and thread-safe unless its Javadoc says otherwise.
 */
@NullMarked
package dev.copydesk.rules.internal;

import org.jspecify.annotations.NullMarked;
