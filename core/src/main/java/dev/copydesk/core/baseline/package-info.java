/**
 * Baselines: the findings a project has accepted, identified by {@link dev.copydesk.core.report.Fingerprints fingerprints} that survive unrelated
 * edits, so that a check can fail only on new findings.
 */
@NullMarked
package dev.copydesk.core.baseline;

import org.jspecify.annotations.NullMarked;
