package dev.copydesk.core.style;

import dev.copydesk.core.config.SourceLocation;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.Derivation;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule defined as data (a {@code .copydesk.yml} {@code styles} entry, a definitions file, a Vale style
 * or the rule pack's own lexicon files), compiled once. It runs like any other rule: it is in the
 * registry under its id, configuration turns it on or off and sets its severity, and its findings go
 * through the same suppression, baseline and report paths.
 *
 * <p>Immutable and thread-safe: one instance serves every thread.
 */
public final class StyleRule implements ArticleRule {

  private final RuleMetadata metadata;
  private final Scope scope;
  private final Check check;
  private final @Nullable SourceLocation location;
  // What matchBlock(text, context) answers, kept per article by text (the derivation, one per rule, is
  // the key of its views).
  private final Derivation<String, Optional<BlockMatch>> judged;

  StyleRule(RuleMetadata metadata, Scope scope, Check check, @Nullable SourceLocation location) {
    this.metadata = metadata;
    this.scope = scope;
    this.check = check;
    this.location = location;
    this.judged = Derivation.fromViews("block judged by " + metadata.id(),
        (text, context) -> check instanceof ExistenceCheck e ? e.matchBlock(text, Folds.of(context, text)) : Optional.empty());
  }

  @Override
  public RuleMetadata metadata() {
    return metadata;
  }

  @Override
  public void check(Article article, RuleContext context) {
    // A rule that reads whole blocks (or sentences), all of whose phrases a shared bank found in none of
    // the article's, has nothing to find: in a house style of many rules, most rules for most articles.
    Scope.UnitKind kind = scope.unitKind();
    if (kind != Scope.UnitKind.OTHER && check.absentFrom(article, context, kind == Scope.UnitKind.SENTENCES)) {
      return;
    }
    List<Unit> units = scope.units(article);
    if (!units.isEmpty()) {
      check.run(units, article, context);
    }
  }

  /** How many of this rule's groups judging the unit share one scan for the strings they need: for tests. */
  int scanFilteredGroups() {
    return check instanceof ExistenceCheck e ? e.scanFilteredGroups() : 0;
  }

  /** The term sets of this rule that a {@link PhraseBank} may share with other rules. */
  List<TermSet> phraseSets() {
    if (check instanceof ExistenceCheck e) {
      return e.matchSets();
    }
    if (check instanceof SubstitutionCheck s) {
      return List.of(s.terms());
    }
    return List.of();
  }

  /** Where the rule was defined, when it was read from a file. */
  public Optional<SourceLocation> location() {
    return Optional.ofNullable(location);
  }

  @Override
  public Optional<String> definitionFile() {
    return location().map(SourceLocation::file);
  }

  /**
   * Judges {@code text} as one unit with this existence rule's block-shaped groups ({@code match: block},
   * {@code block-start}, or {@code report: block}): what it would flag as a whole, if anything. Rules
   * that cut blocks into finer units of their own (the rule pack's page-chrome judges lines standing on
   * their own) use this; other types answer empty.
   */
  public Optional<BlockMatch> matchBlock(String text) {
    return check instanceof ExistenceCheck e ? e.matchBlock(text) : Optional.empty();
  }

  /**
   * {@link #matchBlock(String)} for a rule checking an article: {@code text} is folded through {@code
   * context}, so a block's text folded by another rule of the article is not folded again.
   */
  public Optional<BlockMatch> matchBlock(String text, RuleContext context) {
    // Kept in the context by text: rules that judge the same block (page-chrome judges every line, and
    // truncated-text asks of the article's last blocks) judge it once.
    return check instanceof ExistenceCheck ? context.derive(judged, text) : Optional.empty();
  }


  /**
   * This rule's message for a match, with {@code {match}} (quoted as findings quote it) and {@code
   * {label}}/{@code {group}} filled, for Java code that reports on the rule's behalf.
   */
  public String message(String match, @Nullable String label) {
    if (check instanceof ExistenceCheck e) {
      String l = label == null ? "" : label;
      return e.message().format(Map.of("match", MessageTemplate.quote(match), "label", l, "group", l));
    }
    return metadata.summary();
  }

  @Override
  public String toString() {
    return "StyleRule{" + metadata.id() + (location == null ? "" : " at " + location) + "}";
  }
}
