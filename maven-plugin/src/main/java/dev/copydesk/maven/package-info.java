/**
 * The Copydesk Maven plugin: the {@code check}, {@code baseline} and {@code report} goals. The mojos are
 * thin: they map parameters to a {@link dev.copydesk.core.engine.Linter}, print findings, write reports
 * and turn findings into a build result. Every mojo is thread-safe for parallel builds ({@code -T}).
 */
@NullMarked
package dev.copydesk.maven;

import org.jspecify.annotations.NullMarked;
