package dev.copydesk.core.style;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.rule.RuleContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code type: occurrence}: at most {@code max} and/or at least {@code min} matches of the tokens or
 * patterns per unit of the scope (per sentence, per paragraph, per title…). The finding covers the unit.
 * {@code max} and {@code min} are also options, so configuration can change them per path.
 *
 * <p>Immutable and thread-safe.
 */
final class OccurrenceCheck implements Check {

  static final Set<String> PLACEHOLDERS = Set.of("count", "max", "min", "match", "scope");

  private final TermSet terms;
  private final int max;
  private final int min;
  private final MessageTemplate message;

  /** @param max the most matches allowed, or -1; @param min the fewest, or -1 */
  OccurrenceCheck(TermSet terms, int max, int min, MessageTemplate message) {
    this.terms = terms;
    this.max = max;
    this.min = min;
    this.message = message;
  }

  @Override
  public void run(List<Unit> units, Article article, RuleContext context) {
    int mx = option(context, "max", max);
    int mn = option(context, "min", min);
    for (Unit unit : units) {
      List<TermSet.Hit> hits = terms.find(unit.text());
      int count = hits.size();
      if ((mx >= 0 && count > mx) || (mn >= 0 && count < mn)) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("count", Integer.toString(count));
        values.put("max", Integer.toString(mx));
        values.put("min", Integer.toString(mn));
        values.put("match", hits.isEmpty() ? "" : MessageTemplate.quote(unit.text().substring(hits.get(0).start(), hits.get(0).end())));
        values.put("scope", unitName(unit));
        context.at(unit.span()).message(message.format(values)).report();
      }
    }
  }

  static int option(RuleContext context, String name, int declared) {
    Object v = context.options().asMap().get(name);
    return v instanceof Number n ? n.intValue() : declared;
  }

  static double option(RuleContext context, String name, double declared) {
    Object v = context.options().asMap().get(name);
    return v instanceof Number n ? n.doubleValue() : declared;
  }

  /** How a message names a unit: "sentence", "heading", "paragraph", "title", "article"… */
  static String unitName(Unit unit) {
    return switch (unit.kind()) {
      case SENTENCE -> "sentence";
      case TITLE -> "title";
      case FIELD -> "field";
      case ARTICLE -> "article";
      case BLOCK -> {
        var k = unit.blockKind();
        yield k == null ? "block" : k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      }
    };
  }
}
