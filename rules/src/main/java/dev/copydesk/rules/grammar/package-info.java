/**
 * LanguageTool grammar and spelling, opt-in: the rules {@code grammar} and {@code spelling}, off by
 * default, and the {@link dev.copydesk.rules.grammar.LanguageToolRuleProvider provider} that builds them
 * from the project's configuration (its default English variant and its vocabulary of accepted words).
 *
 * <p>LanguageTool reads the article's whole source as an {@code AnnotatedText}: the characters of each
 * prose block's text are text, everything else (front matter, tags, link destinations, emphasis marks,
 * code blocks) is markup, a gap between two blocks reads as a paragraph break, and an entity or folded
 * line break reads as the character it stands for. LanguageTool's positions are then offsets into the
 * source itself, so a finding lands on the exact characters of the Markdown or HTML file. Inline code,
 * URLs and e-mail addresses are kept in the text for context but nothing inside them is reported.
 *
 * <p>LanguageTool loads on the first check that needs it, never in a run that leaves both rules off.
 * Checkers ({@code JLanguageTool}, not thread-safe) are pooled by configuration: a thread borrows one
 * for a check and returns it, so no two threads share one and a run needs no more than it has threads.
 * The rules themselves hold only immutable configuration and are shared by every thread.
 */
@NullMarked
package dev.copydesk.rules.grammar;

import org.jspecify.annotations.NullMarked;
