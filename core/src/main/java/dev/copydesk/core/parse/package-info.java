/**
 * Turns sources into {@link dev.copydesk.core.model.Article articles}: decoding bytes, Markdown
 * (commonmark-java), HTML (jsoup) and plain text, with exact source spans.
 *
 * <p>Every public type here is immutable and thread-safe unless its Javadoc says otherwise.
 */
@NullMarked
package dev.copydesk.core.parse;

import org.jspecify.annotations.NullMarked;
