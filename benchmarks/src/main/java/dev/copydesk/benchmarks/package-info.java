/** Benchmarks that print figures; never timed tests. */
package dev.copydesk.benchmarks;
