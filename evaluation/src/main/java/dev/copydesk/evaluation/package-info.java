/** Evaluation of the rule pack against the corpora in {@code ../shared/corpus}. */
package dev.copydesk.evaluation;
