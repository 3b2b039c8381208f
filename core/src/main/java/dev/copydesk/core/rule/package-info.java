/**
 * The rule SPI: a rule declares its metadata once ({@link dev.copydesk.core.rule.RuleInfo} or a
 * {@link dev.copydesk.core.rule.RuleMetadata} entry), implements exactly one of
 * {@link dev.copydesk.core.rule.ArticleRule}, {@link dev.copydesk.core.rule.BlockRule} or
 * {@link dev.copydesk.core.rule.SentenceRule}, and reports through its
 * {@link dev.copydesk.core.rule.RuleContext}. Rules are found with {@link java.util.ServiceLoader}.
 *
 * <p>Rules hold no mutable state: one instance serves every thread.
 */
@NullMarked
package dev.copydesk.core.rule;

import org.jspecify.annotations.NullMarked;
