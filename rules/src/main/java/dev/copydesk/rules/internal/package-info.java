/**
 * Helpers shared by the rules of the pack: text folding with offsets kept, a linear-time phrase
 * matcher, and the segments of a block that rules judge by shape. Not part of the public API.
 *
 * <p>Every type here is immutable and thread-safe unless its Javadoc says otherwise.
 */
@NullMarked
package dev.copydesk.rules.internal;

import org.jspecify.annotations.NullMarked;
