/** Benchmarks that print figures; never timed tests. */
@NullMarked
package dev.copydesk.benchmarks;

import org.jspecify.annotations.NullMarked;
