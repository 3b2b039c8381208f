package dev.copydesk.rules.grammar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool checkers, pooled by {@link CheckerSettings}. A {@link JLanguageTool} is not thread-safe,
 * so a check borrows one for its own thread and gives it back afterwards; a pool holds at most as many
 * as were ever in use at once (one per worker thread), and idle checkers are reused by whichever thread
 * comes next, so short-lived worker threads do not pay 0.2 s+ for a new checker each time. Each English
 * variant's {@link Language} (tagger, dictionaries, pattern rules: the heavy part, loaded on first use)
 * is created once and shared by all checkers of that variant, as LanguageTool intends.
 *
 * <p>Nothing here loads until the first check: a run with the grammar and spelling rules off never
 * touches LanguageTool. The counters exist so tests can prove that.
 *
 * <p>Thread-safe. The pooled checkers are configured once from immutable settings and never changed.
 */
final class LanguageToolPool {

  private static final Map<EnglishVariant, Language> LANGUAGES = new ConcurrentHashMap<>();
  private static final Map<CheckerSettings, Deque<JLanguageTool>> IDLE = new ConcurrentHashMap<>();
  private static final AtomicInteger LANGUAGES_LOADED = new AtomicInteger();
  private static final AtomicInteger CHECKERS_CREATED = new AtomicInteger();
  private static final AtomicLong CHECKS = new AtomicLong();

  private LanguageToolPool() {}

  /**
   * Checks {@code text} with a checker set up as {@code settings}. Match positions are offsets into the
   * text with its markup.
   */
  static List<RuleMatch> check(CheckerSettings settings, AnnotatedText text) {
    CHECKS.incrementAndGet();
    Deque<JLanguageTool> idle = IDLE.computeIfAbsent(settings, s -> new ConcurrentLinkedDeque<>());
    JLanguageTool tool = idle.pollFirst();
    if (tool == null) {
      tool = create(settings);
    }
    List<RuleMatch> matches;
    try {
      matches = tool.check(text);
    } catch (IOException e) {
      throw new UncheckedIOException("LanguageTool could not check the text: " + e.getMessage(), e);
    }
    // Only a checker that finished cleanly goes back; one that threw is dropped with its state.
    idle.offerFirst(tool);
    return matches;
  }

  private static JLanguageTool create(CheckerSettings settings) {
    JLanguageTool tool;
    try {
      tool = new JLanguageTool(language(settings.variant()));
    } catch (RuntimeException e) {
      // LanguageTool wraps what went wrong in "Could not activate rules": name the cause.
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      throw new IllegalStateException(
          "LanguageTool " + settings.variant().code() + " could not start: " + cause, e);
    }
    settings.applyTo(tool);
    CHECKERS_CREATED.incrementAndGet();
    return tool;
  }

  private static Language language(EnglishVariant variant) {
    return LANGUAGES.computeIfAbsent(
        variant,
        v -> {
          LANGUAGES_LOADED.incrementAndGet();
          return Languages.getLanguageForShortCode(v.code());
        });
  }

  /** How many English variants have been loaded in this class loader. */
  static int languagesLoaded() {
    return LANGUAGES_LOADED.get();
  }

  /** How many checkers have been created in this class loader. */
  static int checkersCreated() {
    return CHECKERS_CREATED.get();
  }

  /** How many checks have been asked for in this class loader. */
  static long checks() {
    return CHECKS.get();
  }
}
