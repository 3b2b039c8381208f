/**
 * The built-in newsroom rule pack. Every rule is stateless and thread-safe; phrase lists live as data
 * under {@code dev/copydesk/rules/} in the resources.
 */
@NullMarked
package dev.copydesk.rules;

import org.jspecify.annotations.NullMarked;
