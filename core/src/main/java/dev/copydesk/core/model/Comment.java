package dev.copydesk.core.model;

/**
 * A markup comment ({@code <!-- ... -->}) found in a Markdown or HTML source. Comments carry inline
 * directives such as {@code copydesk-disable}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the comment's content without the delimiters, trimmed
 * @param span the whole comment in the source, delimiters included
 */
public record Comment(String text, Span span) {}
