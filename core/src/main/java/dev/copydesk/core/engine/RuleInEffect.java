package dev.copydesk.core.engine;

import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.rule.RuleOptions;
import dev.copydesk.core.rule.Severity;

/**
 * A rule as a linter runs it on some file: its metadata, the severity its findings get unless the rule
 * gives one of its own, and its options, defaults filled in (see {@link Linter#rulesInEffect(String)}).
 *
 * @param metadata the rule's metadata
 * @param severity the configured severity, else the rule's default
 * @param options every option the rule takes, as configured or else its default
 */
public record RuleInEffect(RuleMetadata metadata, Severity severity, RuleOptions options) {}
