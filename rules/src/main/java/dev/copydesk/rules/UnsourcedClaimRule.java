package dev.copydesk.rules;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.rules.internal.Attribution;
import dev.copydesk.rules.internal.Quotations;
import dev.copydesk.rules.internal.Views;
import dev.copydesk.rules.internal.Words;
import java.util.List;

/**
 * A claim attributed to an unnamed group ("Experts speculate", "Some say") or to no one ("There are
 * concerns that", "it is believed") with no named source, quotation, link or "according to" a name in
 * the same or the next sentence.
 *
 * <p>Stateless and thread-safe.
 */
@RuleInfo(
    id = "unsourced-claim",
    summary = "A claim is attributed to unnamed experts, critics or \"some\", or to no one, with no source nearby",
    severity = Severity.WARNING,
    category = Category.SOURCING,
    tags = {"sourcing", "weasel-words", "attribution"},
    description =
        """
        Flags vague attribution: an unnamed group as the source of a claim ("Experts speculate that", \
        "Critics say", "Some believe", "Studies suggest", "said analysts", "according to reports") and \
        impersonal claims that hold a view without saying whose it is ("There are concerns that", "It is \
        believed", "It is widely thought", "is said to"). Readers cannot weigh a claim whose source they \
        cannot see.

        Not flagged when the same or the next sentence names a source ("Jane Smith, an analyst at ING, \
        said"), quotes someone, links a source, or says "according to" a named source; nor when the group \
        is named ("analysts at Capital Economics", "Goldman Sachs analysts") or definite ("the analysts", \
        referring back to ones already named).
        """)
public final class UnsourcedClaimRule implements ArticleRule {

  @Override
  public void check(Article article, RuleContext context) {
    List<Block> blocks = article.mainContentProseBlocks();
    for (int bi = 0; bi < blocks.size(); bi++) {
      Block b = blocks.get(bi);
      if (b.kind() == BlockKind.HEADING) {
        continue;
      }
      Quotations quotes = null;
      List<Sentence> sentences = b.sentences();
      for (int si = 0; si < sentences.size(); si++) {
        Sentence s = sentences.get(si);
        Words w = context.derive(Views.WORDS, s);
        VagueAttribution.Match m = VagueAttribution.find(w);
        if (m == null) {
          continue;
        }
        if (quotes == null) {
          quotes = context.derive(Views.QUOTATIONS, b);
        }
        // A group with a verb of saying ("said analysts") is the speaker of a quotation beside it, and an
        // unnamed speaker's quotation sources nothing.
        boolean quotationCounts = m.kind() != VagueAttribution.Kind.GROUP || m.verb() < 0 || !Attribution.isSpeechVerb(w.lower(m.verb()));
        if (Attribution.isSourced(article, b, quotes, s, w, m.verb(), quotationCounts) || nextIsSourced(article, blocks, bi, si, context)) {
          continue;
        }
        context.report(b, w.startOffset(m.start()), w.endOffset(m.end()), message(s, w, m, !quotationCounts && quotes.quotes(s)));
      }
    }
  }

  private static boolean nextIsSourced(Article article, List<Block> blocks, int bi, int si, RuleContext context) {
    Block b = blocks.get(bi);
    Sentence next;
    if (si + 1 < b.sentences().size()) {
      next = b.sentences().get(si + 1);
    } else {
      if (bi + 1 >= blocks.size() || blocks.get(bi + 1).sentences().isEmpty() || blocks.get(bi + 1).kind() == BlockKind.HEADING) {
        return false;
      }
      b = blocks.get(bi + 1);
      next = b.sentences().get(0);
    }
    return Attribution.isSourced(article, b, context.derive(Views.QUOTATIONS, b), next, context.derive(Views.WORDS, next), -1);
  }

  /** Nouns for writings and figures rather than people: a claim of theirs names a source, not a speaker. */
  private static final java.util.Set<String> DOCUMENTS =
      java.util.Set.of("studies", "reports", "research", "surveys", "polls", "data", "figures", "analyses", "papers");

  private static boolean namesDocuments(Words w, VagueAttribution.Match m) {
    for (int i = m.start(); i < m.end(); i++) {
      if (DOCUMENTS.contains(w.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** The message; {@code quoted}: the group is the speaker of a quotation in the sentence. */
  private static String message(Sentence s, Words w, VagueAttribution.Match m, boolean quoted) {
    int base = s.textStart();
    String phrase = s.text().substring(w.startOffset(m.start()) - base, w.endOffset(m.end()) - base);
    return switch (m.kind()) {
      case GROUP -> {
        if (namesDocuments(w, m)) {
          // "Studies show", "most polls suggest": no one to name who shows.
          yield "\u201C" + phrase + "\u201D does not say which: name the source, quote it or link it.";
        }
        String verb = m.verbBase() == null ? "says" : VagueAttribution.thirdPerson(m.verbBase());
        String who = "\u201C" + phrase + "\u201D does not say who: name who " + (verb.equals("says") ? "says so" : verb);
        yield quoted ? who + ": a quotation from no one in particular sources nothing." : who + ", quote them or link the source.";
      }
      case ACCORDING_TO -> "\u201C" + phrase + "\u201D does not say who: name the source, quote it or link it.";
      case IMPERSONAL -> "\u201C" + phrase + "\u201D does not say whose view this is: name who holds it, quote them or link the source.";
    };
  }
}
