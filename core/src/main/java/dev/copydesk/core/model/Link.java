package dev.copydesk.core.model;

/**
 * A hyperlink in the article body.
 *
 * <p>Immutable and thread-safe.
 *
 * @param target the link destination as written
 * @param anchorText the visible text of the link (markup removed)
 * @param span the whole link in the source, markup included
 */
public record Link(String target, String anchorText, Span span) {}
