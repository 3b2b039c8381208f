package dev.copydesk.rules.grammar;

import java.util.List;
import java.util.Set;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;

/**
 * How a pooled LanguageTool checker is set up: the English variant, which of LanguageTool's rules it
 * runs (its grammar and style rules, or its spelling dictionary alone) and the rule ids and categories
 * that configuration turns on or off. Equal settings share a pool.
 *
 * <p>Immutable and thread-safe.
 *
 * @param variant the English variant
 * @param scope which of LanguageTool's rules the checker runs
 * @param disabledRules LanguageTool rule ids turned off
 * @param enabledRules LanguageTool rule ids turned on, even when off by default or in a disabled category
 * @param disabledCategories LanguageTool category ids turned off
 * @param enabledCategories LanguageTool category ids turned on, even when off by default
 */
record CheckerSettings(
    EnglishVariant variant,
    Scope scope,
    Set<String> disabledRules,
    Set<String> enabledRules,
    Set<String> disabledCategories,
    Set<String> enabledCategories) {

  /** Which part of LanguageTool a checker runs. */
  enum Scope {
    /** Every rule but the spelling dictionary. */
    GRAMMAR,
    /** The spelling dictionary alone. */
    SPELLING
  }

  /**
   * LanguageTool rules that are on by default but, on edited news copy, flag house style or the
   * conventions of news writing rather than errors: measured on BBC News (see {@code
   * rules/docs/grammar.md}). Configuration turns each back on with {@code enable-rules}.
   */
  static final Set<String> NEWS_BASELINE_OFF =
      Set.of(
          // A quotation that runs over paragraphs leaves each paragraph's opening quote unclosed.
          "EN_UNPAIRED_QUOTES",
          // Optional commas: before "and"/"but" between clauses, after "However" or "In 1990".
          "COMMA_COMPOUND_SENTENCE",
          "COMMA_COMPOUND_SENTENCE_2",
          "SENT_START_CONJUNCTIVE_LINKING_ADVERB_COMMA",
          "MISSING_COMMA_AFTER_INTRODUCTORY_PHRASE",
          // Capitals of titles and institutions ("the lord chancellor") and hyphenation
          // ("anti-virus") and diacritics ("Arsene Wenger") are house style.
          "EN_SPECIFIC_CASE",
          "EN_COMPOUNDS",
          "EN_DIACRITICS_REPLACE_ORTHOGRAPHY",
          "BARCA_DIACRITIC",
          // "was named best director", "West End to honour finest shows".
          "THE_SUPERLATIVE",
          // Splits after names ending in "!" ("Wham! through to...") and fires on list fragments.
          "UPPERCASE_SENTENCE_START",
          // "the games industry's", "Brits success", "deputy labs editor": none was an error.
          "POSSESSIVE_APOSTROPHE",
          // "Three successive sentences begin with the same word": a style note, not an error.
          "ENGLISH_WORD_REPEAT_BEGINNING_RULE");

  /**
   * LanguageTool categories off for the same reason: "-ize" or "-ise" is a house choice; wordiness and
   * style suggestions ("as to whether", "a large number of") are not errors; multi-word name spellings
   * flag house style ("George W Bush", "Joaquin Almunia") more often than misspelt names.
   */
  static final Set<String> NEWS_BASELINE_OFF_CATEGORIES =
      Set.of("BRE_STYLE_OXFORD_SPELLING", "STYLE", "REDUNDANCY", "MULTITOKEN_SPELLING");

  CheckerSettings {
    disabledRules = Set.copyOf(disabledRules);
    enabledRules = Set.copyOf(enabledRules);
    disabledCategories = Set.copyOf(disabledCategories);
    enabledCategories = Set.copyOf(enabledCategories);
  }

  static CheckerSettings spelling(EnglishVariant variant) {
    return new CheckerSettings(variant, Scope.SPELLING, Set.of(), Set.of(), Set.of(), Set.of());
  }

  static CheckerSettings grammar(
      EnglishVariant variant, List<String> disabledRules, List<String> enabledRules, List<String> disabledCategories, List<String> enabledCategories) {
    return new CheckerSettings(
        variant,
        Scope.GRAMMAR,
        Set.copyOf(disabledRules),
        Set.copyOf(enabledRules),
        Set.copyOf(disabledCategories),
        Set.copyOf(enabledCategories));
  }

  /**
   * Whether a match survives these settings. Some LanguageTool rules report under an id of their own
   * per case ({@code EN_COMPOUNDS_ANTI_VIRUS} from {@code EN_COMPOUNDS}), which the checker cannot turn
   * off; the ids and categories configured are applied to matches here too, so that whatever id a
   * message shows can be listed under {@code disable-rules}.
   */
  boolean reports(String ruleId, String categoryId) {
    if (scope == Scope.SPELLING || enabledRules.contains(ruleId)) {
      return true;
    }
    if (disabledRules.contains(ruleId) || NEWS_BASELINE_OFF.contains(ruleId) || disabledCategories.contains(categoryId)) {
      return false;
    }
    return !NEWS_BASELINE_OFF_CATEGORIES.contains(categoryId) || enabledCategories.contains(categoryId);
  }

  /** Applies these settings to a fresh checker. */
  void applyTo(JLanguageTool tool) {
    if (scope == Scope.SPELLING) {
      for (Rule r : tool.getAllRules()) {
        if (r.isDictionaryBasedSpellingRule()) {
          tool.enableRule(r.getId());
        } else {
          tool.disableRule(r.getId());
        }
      }
      return;
    }
    for (Rule r : tool.getAllRules()) {
      if (r.isDictionaryBasedSpellingRule()) {
        tool.disableRule(r.getId());
      }
    }
    tool.disableRules(List.copyOf(NEWS_BASELINE_OFF));
    for (String c : NEWS_BASELINE_OFF_CATEGORIES) {
      tool.disableCategory(new CategoryId(c));
    }
    for (String c : disabledCategories) {
      tool.disableCategory(new CategoryId(c));
    }
    for (String c : enabledCategories) {
      tool.enableRuleCategory(new CategoryId(c));
    }
    tool.disableRules(List.copyOf(disabledRules));
    for (String id : enabledRules) {
      tool.enableRule(id);
    }
  }
}
