/**
 * The immutable article model: an {@link dev.copydesk.core.model.Article} made of
 * {@link dev.copydesk.core.model.Block blocks} and {@link dev.copydesk.core.model.Sentence sentences},
 * each carrying a {@link dev.copydesk.core.model.Span} of 0-based UTF-16 offsets into the original source.
 *
 * <p>Every type in this package is immutable and safe to share between threads.
 */
@NullMarked
package dev.copydesk.core.model;

import org.jspecify.annotations.NullMarked;
