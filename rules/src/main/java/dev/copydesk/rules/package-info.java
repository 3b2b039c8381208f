/**
 * The built-in newsroom rule pack. Every rule is stateless and thread-safe; phrase lists live as data
 * under {@code dev/copydesk/rules/} in the resources, and the lexicon rules (chatbot-artifact,
 * placeholder, page-chrome) are declared under {@code dev/copydesk/rules/styles/} in the house-style
 * format of {@link dev.copydesk.core.style}.
 */
@NullMarked
package dev.copydesk.rules;

import org.jspecify.annotations.NullMarked;
