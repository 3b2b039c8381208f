/** A small command line for linting files without Maven. */
@NullMarked
package dev.copydesk.core.cli;

import org.jspecify.annotations.NullMarked;
