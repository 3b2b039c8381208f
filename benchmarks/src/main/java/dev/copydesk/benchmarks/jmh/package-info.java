/**
 * JMH benchmarks of per-article costs: parsing each format, sentence segmentation and tokenizing, and
 * each rule alone. Run them through {@link dev.copydesk.benchmarks.Jmh} (see the module's README).
 */
@NullMarked
package dev.copydesk.benchmarks.jmh;

import org.jspecify.annotations.NullMarked;
