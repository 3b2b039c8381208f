/**
 * Sentence segmentation, word tokens, and part-of-speech tags on demand.
 *
 * <p>Every public type here is immutable and thread-safe unless its Javadoc says otherwise.
 */
@NullMarked
package dev.copydesk.core.segment;

import org.jspecify.annotations.NullMarked;
