package dev.copydesk.core.style;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.RuleContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code type: conditional}: if {@code first} occurs, {@code second} must too — typically an acronym
 * defined on first use: {@code first: '\b([A-Z]{2,5})\b'}, {@code second: '\(([A-Z]{2,5})\)'}, so that
 * "WHO" needs "World Health Organization (WHO)". When {@code second} has a capturing group, a term (group
 * 1 of {@code first}, or its whole match) is defined only by a {@code second} match whose group 1 is the
 * same text; without a group, any {@code second} match satisfies every {@code first}.
 *
 * <p>By default ({@code order: before}) the definition must come at or before the first use, and only
 * the first use of each term is reported ({@code report: first}); {@code order: anywhere} and {@code
 * report: every} give Vale's reading. The scope's units are read as one sequence (by default the whole
 * article).
 *
 * <p>Immutable and thread-safe.
 */
final class ConditionalCheck implements Check {

  static final Set<String> PLACEHOLDERS = Set.of("match");

  private final Pattern first;
  private final Pattern second;
  private final boolean secondHasGroup;
  private final Set<String> exceptions;
  private final Exceptions valeExceptions;
  private final boolean definitionFirst;
  private final boolean everyUse;
  private final MessageTemplate message;

  ConditionalCheck(
      Pattern first,
      Pattern second,
      Set<String> exceptions,
      Exceptions valeExceptions,
      boolean definitionFirst,
      boolean everyUse,
      MessageTemplate message) {
    this.first = first;
    this.second = second;
    this.secondHasGroup = second.groupCount() > 0;
    this.exceptions = Set.copyOf(exceptions);
    this.valeExceptions = valeExceptions;
    this.definitionFirst = definitionFirst;
    this.everyUse = everyUse;
    this.message = message;
  }

  @Override
  public void run(List<Unit> units, Article article, RuleContext context) {
    // Where each term is first defined (source offset), or any definition at all when second has no group.
    Map<String, Integer> defined = new HashMap<>();
    int anyDefinition = Integer.MAX_VALUE;
    for (Unit unit : units) {
      Matcher m = second.matcher(unit.text());
      while (m.find()) {
        int at = unit.toSource(m.start(), m.end()).start();
        anyDefinition = Math.min(anyDefinition, at);
        if (secondHasGroup) {
          for (int g = 1; g <= m.groupCount(); g++) {
            String term = m.group(g);
            if (term != null && !term.isEmpty()) {
              defined.merge(term, at, Math::min);
            }
          }
        }
      }
    }
    Set<String> seen = new HashSet<>();
    for (Unit unit : units) {
      String text = unit.text();
      Matcher m = first.matcher(text);
      while (m.find()) {
        int gs = m.groupCount() > 0 && m.start(1) >= 0 ? m.start(1) : m.start();
        int ge = m.groupCount() > 0 && m.start(1) >= 0 ? m.end(1) : m.end();
        if (ge == gs) {
          continue;
        }
        String term = text.substring(gs, ge);
        if (exceptions.contains(term) || valeExceptions.excludes(term)) {
          continue;
        }
        if (!everyUse && !seen.add(term)) {
          continue;
        }
        Span span = unit.toSource(gs, ge);
        Integer def = secondHasGroup ? defined.get(term) : (anyDefinition == Integer.MAX_VALUE ? null : anyDefinition);
        boolean ok = def != null && (!definitionFirst || def <= span.start());
        if (!ok) {
          Map<String, String> values = new LinkedHashMap<>();
          values.put("match", MessageTemplate.quote(term));
          context.at(span).message(message.format(values)).report();
        }
      }
    }
  }
}
