/**
 * Helpers shared by the rules of the pack: the segments of a block that rules judge by shape, name
 * shapes. Text folding and the phrase matcher live in {@link dev.copydesk.core.text}. Not part of the
 * public API.
 *
 * <p>Every type here is immutable and thread-safe unless its Javadoc says otherwise.
 */
@NullMarked
package dev.copydesk.rules.internal;

import org.jspecify.annotations.NullMarked;
