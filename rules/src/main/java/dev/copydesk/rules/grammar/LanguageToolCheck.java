package dev.copydesk.rules.grammar;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.RuleMatch;

/**
 * Runs LanguageTool over an article and reports its matches through a rule's context: each match lands
 * on the prose characters it covers in the source, with LanguageTool's message and its rule id in
 * brackets, and up to {@value #MAX_FIXES} of its suggestions as fixes. Stateless and thread-safe.
 */
final class LanguageToolCheck {

  /** Suggestions offered as fixes per finding; LanguageTool's spelling lists run to dozens. */
  static final int MAX_FIXES = 3;

  // Linear enough: the lazy .*? scans one LanguageTool message, a sentence's worth of text at most.
  private static final Pattern SUGGESTION = Pattern.compile("<suggestion>(.*?)</suggestion>");

  /** Decides whether and how a match is reported. */
  interface Reporting {
    /** Whether to report a match of {@code flagged}, the text LanguageTool read at the match. */
    boolean reports(RuleMatch match, String flagged);

    /** The message, without the trailing rule id. */
    String message(RuleMatch match, String flagged);
  }

  private LanguageToolCheck() {}

  static void run(Article article, RuleContext context, CheckerSettings settings, Reporting reporting) {
    run(article, context, settings, reporting, AnnotatedSource.MAX_CHUNK_TEXT);
  }

  static void run(Article article, RuleContext context, CheckerSettings settings, Reporting reporting, int maxChunkText) {
    AnnotatedSource source = AnnotatedSource.of(article, maxChunkText);
    for (Sentence s : source.unchecked()) {
      // Said, not skipped silently: the writer learns the paragraph went unchecked, and why.
      context
          .at(s.span())
          .severity(Severity.INFO)
          .message(
              "Not checked by LanguageTool: this sentence runs to " + s.tokens().size() + " tokens, more than the "
                  + AnnotatedSource.MAX_SENTENCE_TOKENS + " it is given at once. Break it into sentences.")
          .report();
    }
    for (AnnotatedText chunk : source.chunks()) {
      List<RuleMatch> matches;
      try {
        matches = LanguageToolPool.check(settings, chunk);
      } catch (LinkageError e) {
        // A class LanguageTool needs is missing (a build that excluded one of its libraries): say so as
        // a rule failure on this file, which the engine reports, instead of ending the whole run.
        throw new IllegalStateException(
            "LanguageTool " + settings.variant().code() + " cannot run: " + e
                + " (a library LanguageTool needs is missing from the class path; see rules/docs/grammar.md)",
            e);
      }
      for (RuleMatch match : matches) {
        if (!settings.reports(match.getRule().getId(), match.getRule().getCategory().getId().toString())) {
          continue;
        }
        Span span = source.locate(match.getFromPos(), match.getToPos());
        if (span == null) {
          continue;
        }
        String flagged = source.textOf(span);
        if (!reporting.reports(match, flagged)) {
          continue;
        }
        RuleContext.FindingBuilder finding =
            context.at(span).message(reporting.message(match, flagged) + " [" + match.getRule().getId() + "]");
        if (source.isPlain(span)) {
          // Suggestions are computed lazily by LanguageTool (costly for spelling): only for reported matches.
          List<String> suggestions = match.getSuggestedReplacements();
          int n = 0;
          for (String s : suggestions) {
            if (n == MAX_FIXES) {
              break;
            }
            if (!s.equals(flagged)) {
              finding.fix(s);
              n++;
            }
          }
        }
        finding.report();
      }
    }
  }

  /** LanguageTool's message with its {@code <suggestion>} tags turned into quotes. */
  static String plainMessage(String message) {
    Matcher m = SUGGESTION.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement("\"" + m.group(1) + "\""));
    }
    m.appendTail(sb);
    return sb.toString().strip();
  }
}
