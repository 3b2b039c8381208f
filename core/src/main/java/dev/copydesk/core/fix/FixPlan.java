package dev.copydesk.core.fix;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Fix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The edits the findings of one source suggest, chosen so that none overlaps another, and the source
 * they make. A finding contributes its fix when it suggests exactly one: one with several (a
 * misspelling's candidates) asks an editor to choose, and is left alone. Two findings suggesting the
 * same edit (same span, same replacement) share it. Where edits overlap, the one that starts first
 * (the longer, at the same start) is kept and the others are left for a later run, when the text
 * around them has settled: the findings they came from are in {@link #leftOver()}.
 *
 * <p>A deletion that would leave its line holding nothing but white space (or a Markdown heading,
 * quotation or list marker) takes the whole line with it, line break included, so that deleting "Leave
 * a Reply" from its own line does not leave an empty one behind; when that line is a paragraph of its
 * own, one of the blank lines around it goes too. {@link #of(Article, List)} also keeps an article's
 * markup whole.
 *
 * <p>Immutable and thread-safe.
 */
public final class FixPlan {

  /**
   * One edit of the plan.
   *
   * @param span the source characters replaced: the fix's own, its block's with markup, or its whole
   *     line for a deletion that would empty it
   * @param replacement what replaces them
   * @param findings the findings the edit fixes (more than one when rules agree)
   */
  public record Edit(Span span, String replacement, List<Finding> findings) {
    public Edit {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(replacement, "replacement");
      findings = List.copyOf(findings);
    }
  }

  private final String source;
  private final String fixed;
  private final List<Edit> edits;
  private final List<Finding> leftOver;
  private final List<Finding> declined;

  private FixPlan(String source, String fixed, List<Edit> edits, List<Finding> leftOver, List<Finding> declined) {
    this.source = source;
    this.fixed = fixed;
    this.edits = List.copyOf(edits);
    this.leftOver = List.copyOf(leftOver);
    this.declined = List.copyOf(declined);
  }

  /**
   * The plan for {@code findings} of {@code source} (the text their spans are in), taken as plain text.
   * Findings that are not {@link #isFixable} are ignored; a fix whose span lies outside the source is
   * declined.
   */
  public static FixPlan of(String source, List<Finding> findings) {
    return of(source, findings, fix -> List.of(fix.span()));
  }

  /**
   * The plan for {@code findings} of {@code article}, which keeps its markup whole:
   *
   * <ul>
   *   <li>a deletion of all of a block's text takes the block's markup too ({@code <p>Leave a
   *       Reply</p>} goes whole rather than leaving {@code <p></p>}, {@code - **Tweet**} rather than
   *       leaving {@code - ****});
   *   <li>a deletion over several blocks (a related-links heading and its list) deletes each block
   *       whole, and never the markup between them, which may open or close other elements;
   *   <li>any other edit must lie within one block;
   *   <li>in an HTML page, an element the deletions leave holding only white space goes too, unless
   *       it has an {@code id} a script may look for; a table cell's deletion keeps the
   *       cell's tags.
   * </ul>
   *
   * <p>A fix that cannot be made so (it covers part of one block and part of another), or whose edit
   * in an HTML page would cut an element in two, is declined ({@link #declined()}): an editor makes it.
   */
  public static FixPlan of(Article article, List<Finding> findings) {
    List<Block> blocks = article.blocks();
    boolean html = article.format() == Format.HTML;
    String source = article.source();
    FixPlan plan = of(source, findings, fix -> {
      List<Span> spans = blockSpans(blocks, fix);
      if (spans == null || !html) {
        return spans;
      }
      List<Span> balanced = new ArrayList<>(spans.size());
      for (Span sp : spans) {
        // A block's span can end inside its markup (the text of an <a> that closes before the block
        // does): its words alone may still be whole elements, and the emptied elements go after.
        Span words = sp;
        if (!HtmlBalance.isBalanced(source, sp)) {
          Block whole = blocks.stream().filter(b -> b.span().equals(sp)).findFirst().orElse(null);
          words = whole == null ? null : words(whole);
        }
        if (words == null || !HtmlBalance.isBalanced(source, words)) {
          return null;
        }
        balanced.add(words);
      }
      return balanced;
    });
    return html ? plan.withEmptiedElements() : plan;
  }

  /**
   * Passes at most of {@link #inPasses}: a fix left for another pass because it overlapped one made, or
   * a finding a fix brought about, is made by the next, as far as this many (ESLint's limit).
   */
  public static final int MAX_PASSES = 10;

  /**
   * The plan for {@code result}'s findings (its article must be at hand), followed by the plans for the
   * text it makes, linted again in memory by {@code linter} (with the result's id, so the same
   * configuration applies), until a pass changes nothing, a text comes back, or {@link #MAX_PASSES}
   * passes are made: so that the fixes that overlapped another, and those a fix brought about, are made
   * too, as a second run would make them. One plan from the source to the last text ({@link #then}).
   *
   * @throws IllegalArgumentException if the result has no article (its file could not be read)
   */
  public static FixPlan inPasses(Linter linter, LintResult result) {
    return inPasses(linter, result, UnaryOperator.identity());
  }

  /**
   * {@link #inPasses(Linter, LintResult)}, where each
   * pass after the first fixes the findings {@code shown} leaves of the text's result: a baseline's
   * {@code apply}, so that what it accepts stays as it is in every pass, as the caller left it out of
   * {@code result}.
   */
  public static FixPlan inPasses(Linter linter, LintResult result,
      UnaryOperator<LintResult> shown) {
    Article article = result.article();
    Format format = result.format();
    if (article == null || format == null) {
      throw new IllegalArgumentException(result.id() + " has no article to fix: it could not be read");
    }
    FixPlan plan = of(article, result.findings());
    java.util.Set<String> seen = new java.util.HashSet<>();
    seen.add(plan.source());
    for (int pass = 2; pass <= MAX_PASSES && plan.changes() && seen.add(plan.fixed()); pass++) {
      LintResult again = shown.apply(linter.lint(plan.fixed(), format, result.id()));
      Article text = again.article();
      if (text == null) {
        break;
      }
      FixPlan next = of(text, again.findings());
      plan = plan.then(next);
      if (!next.changes()) {
        break;
      }
    }
    return plan;
  }

  /**
   * Elements that go with the deletions that empty them, in an HTML page: an element is emptied when
   * nothing but white space is left between its tags. They are the page's furniture (an {@code <a>}
   * around a related-story heading, the {@code <ul>} of share buttons, the {@code <div>} of a comment
   * form's heading): table cells and rows, the page's own {@code <body>}, {@code <main>} and {@code
   * <article>}, forms, media and any element with an {@code id} (which scripts and links may look for)
   * stay.
   */
  private static final java.util.Set<String> EMPTIED_GO = java.util.Set.of(
      "a", "abbr", "aside", "b", "blockquote", "button", "cite", "dd", "div", "dl", "dt", "em", "figcaption",
      "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "i", "label", "li", "nav", "ol", "p",
      "section", "small", "span", "strong", "u", "ul");

  /** This plan with each element its deletions empty deleted too (see {@link #EMPTIED_GO}). */
  private FixPlan withEmptiedElements() {
    List<Edit> out = new ArrayList<>(edits.size());
    boolean changed = false;
    for (int i = 0; i < edits.size(); i++) {
      out.add(edits.get(i));
      int next = i + 1 < edits.size() ? edits.get(i + 1).span().start() : source.length();
      // The deletions at the end of the list, with only white space between them, may empty the element
      // around them; deleted, it may join the deletions before it and empty the next one out.
      while (out.get(out.size() - 1).replacement().isEmpty()) {
        int top = out.size() - 1;
        int k = top;
        while (k > 0 && out.get(k - 1).replacement().isEmpty()
            && isWhiteSpace(source, out.get(k - 1).span().end(), out.get(k).span().start())) {
          k--;
        }
        Span grown = emptiedElement(source, new Span(out.get(k).span().start(), out.get(top).span().end()));
        int previous = k > 0 ? out.get(k - 1).span().end() : 0;
        if (grown == null || grown.start() < previous || grown.end() > next) {
          break;
        }
        List<Edit> run = out.subList(k, top + 1);
        List<Finding> by = new ArrayList<>();
        for (Edit d : run) {
          for (Finding f : d.findings()) {
            if (by.stream().noneMatch(g -> g == f)) {
              by.add(f); // a deletion over several blocks is one finding's
            }
          }
        }
        run.clear();
        out.add(new Edit(grown, "", by));
        changed = true;
      }
    }
    if (!changed) {
      return this;
    }
    StringBuilder b = new StringBuilder(source.length());
    int at = 0;
    for (Edit e : out) {
      b.append(source, at, e.span().start());
      at = e.span().end();
    }
    b.append(source, at, source.length());
    return new FixPlan(source, b.toString(), out, leftOver, declined);
  }

  /**
   * The element that holds {@code span} and nothing else but white space, taken with the white space of
   * its lines when that empties them (see {@link #wholeLineIfEmptied}); null when there is none, or
   * it is not one to delete ({@link #EMPTIED_GO}).
   */
  private static @Nullable Span emptiedElement(String source, Span span) {
    int before = span.start();
    while (before > 0 && isSpace(source.charAt(before - 1))) {
      before--;
    }
    int after = span.end();
    while (after < source.length() && isSpace(source.charAt(after))) {
      after++;
    }
    if (before == 0 || source.charAt(before - 1) != '>' || !source.startsWith("</", after)) {
      return null;
    }
    int open = source.lastIndexOf('<', before - 1);
    int nameEnd = open + 1;
    while (nameEnd < before && (Character.isLetterOrDigit(source.charAt(nameEnd)) || source.charAt(nameEnd) == '-')) {
      nameEnd++;
    }
    if (open < 0 || nameEnd == open + 1) {
      return null;
    }
    String name = source.substring(open + 1, nameEnd).toLowerCase(java.util.Locale.ROOT);
    int close = after + 2 + name.length();
    if (!EMPTIED_GO.contains(name) || !source.regionMatches(true, after + 2, name, 0, name.length())
        || close >= source.length() || source.charAt(close) != '>') {
      return null;
    }
    String tag = source.substring(open, before);
    if (tag.indexOf('<', 1) >= 0 || hasId(tag)) {
      return null;
    }
    Span element = new Span(open, close + 1);
    if (!HtmlBalance.isBalanced(source, element)) {
      return null;
    }
    return wholeLineIfEmptied(source, element);
  }

  /** Whether the start tag {@code tag} has an {@code id} attribute. */
  private static boolean hasId(String tag) {
    String t = tag.toLowerCase(java.util.Locale.ROOT);
    for (int i = t.indexOf("id"); i >= 0; i = t.indexOf("id", i + 1)) {
      if (i > 0 && Character.isWhitespace(t.charAt(i - 1))) {
        int k = i + 2;
        while (k < t.length() && Character.isWhitespace(t.charAt(k))) {
          k++;
        }
        if (k < t.length() && (t.charAt(k) == '=' || t.charAt(k) == '>' || t.charAt(k) == '/')) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isWhiteSpace(String source, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isSpace(source.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** White space, a no-break space included: an element holding only that shows nothing. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }

  /** The spans {@code fix} edits in an article of {@code blocks} (see {@link #of(Article, List)}), or null. */
  private static @Nullable List<Span> blockSpans(List<Block> blocks, Fix fix) {
    Span span = fix.span();
    List<Block> touched = new ArrayList<>(2);
    for (Block b : blocks) {
      if (b.span().overlaps(span) || (span.isEmpty() && b.span().contains(span.start()))) {
        touched.add(b);
      }
    }
    if (touched.isEmpty()) {
      return List.of(span);
    }
    boolean deletion = fix.replacement().isEmpty();
    if (touched.size() == 1) {
      Block b = touched.get(0);
      if (deletion && coversText(span, b)) {
        return b.span().contains(span) ? List.of(whole(b, span)) : null;
      }
      return b.span().contains(span) ? List.of(span) : null;
    }
    if (!deletion) {
      return null;
    }
    List<Span> whole = new ArrayList<>(touched.size());
    for (Block b : touched) {
      if (!coversText(span, b)) {
        return null;
      }
      whole.add(whole(b, new Span(Math.max(b.span().start(), span.start()), Math.min(b.span().end(), span.end()))));
    }
    return whole;
  }

  /**
   * What deleting all of {@code block}'s text ({@code text}, which covers it) deletes: the block with
   * its markup, but a table cell's text only, since a cell taken away would move the cells after it
   * into the columns before.
   */
  private static Span whole(Block block, Span text) {
    return block.kind() == dev.copydesk.core.model.BlockKind.TABLE_CELL ? text : block.span();
  }

  /**
   * Whether {@code span} covers all of {@code block}'s text but the white space around it (which an
   * HTML block's text keeps from the page's layout), in the source.
   */
  private static boolean coversText(Span span, Block block) {
    Span words = words(block);
    if (words == null) {
      return span.contains(block.span());
    }
    return span.start() <= words.start() && span.end() >= words.end();
  }

  /** The source span of {@code block}'s text without the white space around it; null for a blank text. */
  private static @Nullable Span words(Block block) {
    String text = block.text();
    int from = 0;
    int to = text.length();
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return from == to ? null : block.toSource(from, to);
  }

  /**
   * @param spansOf the source spans a fix edits (more than one for a deletion over several blocks),
   *     or null to decline it
   */
  private static FixPlan of(String source, List<Finding> findings, Function<Fix, @Nullable List<Span>> spansOf) {
    record Group(Finding finding, String replacement, List<Span> spans) {
      int start() {
        return spans.get(0).start();
      }
    }
    List<Group> groups = new ArrayList<>();
    List<Finding> declined = new ArrayList<>();
    for (Finding f : findings) {
      if (!isFixable(f)) {
        continue;
      }
      Fix fix = f.fixes().get(0);
      List<Span> spans = fix.span().end() > source.length() ? null : spansOf.apply(fix);
      if (spans == null || spans.isEmpty() || spans.stream().anyMatch(sp -> sp.end() > source.length())) {
        declined.add(f);
        continue;
      }
      List<Span> edited = new ArrayList<>(spans.size());
      for (Span sp : spans) {
        edited.add(fix.replacement().isEmpty() ? wholeLineIfEmptied(source, sp) : sp);
      }
      edited.sort(Comparator.naturalOrder());
      // Widened to their lines, the deletions of neighbouring blocks may meet: one edit each stretch.
      List<Span> merged = new ArrayList<>(edited.size());
      for (Span sp : edited) {
        Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
        if (last != null && sp.start() < last.end()) {
          merged.set(merged.size() - 1, last.union(sp));
        } else {
          merged.add(sp);
        }
      }
      groups.add(new Group(f, fix.replacement(), merged));
    }
    // Earliest first (the longer at the same start), then by finding: each group is taken whole, or
    // left for the next run when one of its edits would overlap one already taken.
    groups.sort(Comparator.comparingInt(Group::start)
        .thenComparing(Comparator.comparingInt((Group g) -> g.spans().get(0).end()).reversed())
        .thenComparing(Group::finding, Finding.ORDER));
    java.util.TreeMap<Integer, Edit> taken = new java.util.TreeMap<>();
    List<Finding> leftOver = new ArrayList<>();
    for (Group g : groups) {
      boolean clear = true;
      for (Span sp : g.spans()) {
        Edit same = taken.get(sp.start());
        if (same != null && same.span().equals(sp) && same.replacement().equals(g.replacement())) {
          continue;
        }
        if (!fitsBetween(taken, sp)) {
          clear = false;
          break;
        }
      }
      if (!clear) {
        leftOver.add(g.finding());
        continue;
      }
      for (Span sp : g.spans()) {
        Edit same = taken.get(sp.start());
        List<Finding> by = new ArrayList<>();
        if (same != null) {
          by.addAll(same.findings());
        }
        by.add(g.finding());
        taken.put(sp.start(), new Edit(sp, g.replacement(), by));
      }
      }

    List<Edit> edits = new ArrayList<>(taken.values());
    StringBuilder out = new StringBuilder(source.length());
    int at = 0;
    for (Edit e : edits) {
      out.append(source, at, e.span().start()).append(e.replacement());
      at = e.span().end();
    }
    out.append(source, at, source.length());
    leftOver.sort(Finding.ORDER);
    declined.sort(Finding.ORDER);
    return new FixPlan(source, out.toString(), edits, leftOver, declined);
  }

  /**
   * Whether an edit of {@code span} overlaps none of {@code taken} (keyed by start), and is not a second
   * insertion, or a second edit, at a point where one starts already: which would go first is a guess.
   */
  private static boolean fitsBetween(java.util.TreeMap<Integer, Edit> taken, Span span) {
    var before = taken.floorEntry(span.start());
    if (before != null && (before.getKey() == span.start() || before.getValue().span().end() > span.start())) {
      return false;
    }
    var after = taken.ceilingEntry(span.start());
    return after == null || (after.getKey() >= span.end() && after.getKey() != span.start());
  }

  /**
   * {@code span}, or the whole line it stands on (with its line break) when everything else on that
   * line is white space and at most a block marker (see {@link #markerStart}).
   */
  private static Span wholeLineIfEmptied(String source, Span span) {
    int start = markerStart(source, span.start());
    if (start < 0) {
      return span;
    }
    int end = span.end();
    while (end < source.length() && isBlank(source.charAt(end))) {
      end++;
    }
    if (end < source.length()) {
      char c = source.charAt(end);
      if (!isLineBreak(c)) {
        return span;
      }
      end += lineBreakAt(source, end);
      // A paragraph of its own (blank lines around it, or the start of the text before it): one of
      // the blank lines goes with it, so that the paragraphs around it stay one blank line apart.
      if (start == 0 || blankLineEndsAt(source, start)) {
        int next = end;
        while (next < source.length() && isBlank(source.charAt(next))) {
          next++;
        }
        if (next < source.length() && isLineBreak(source.charAt(next))) {
          end = next + lineBreakAt(source, next);
        } else if (next == source.length() && start > 0) {
          // The last paragraph: the blank line before it goes, so the text ends as the one before did.
          int i = start - (start >= 2 && source.charAt(start - 1) == '\n' && source.charAt(start - 2) == '\r' ? 2 : 1);
          while (i > 0 && isBlank(source.charAt(i - 1))) {
            i--;
          }
          start = i;
        }
      }
    } else if (start > 0) {
      // The last line, without a line break of its own: the one before it goes instead, so that the
      // text still ends where the line before did.
      start -= source.charAt(start - 1) == '\n' && start > 1 && source.charAt(start - 2) == '\r' ? 2 : 1;
    }
    return new Span(start, end);
  }

  /**
   * The start of the line that {@code offset} is on when all before it on that line is white space,
   * around at most one Markdown block marker (a heading's {@code #}s, a quotation's {@code >}, a list
   * item's bullet or number): deleting the rest would leave only the marker. Otherwise -1.
   */
  private static int markerStart(String source, int offset) {
    int i = offset;
    while (i > 0 && isBlank(source.charAt(i - 1))) {
      i--;
    }
    int markerEnd = i;
    while (i > 0 && !isLineBreak(source.charAt(i - 1)) && !isBlank(source.charAt(i - 1))) {
      i--;
    }
    if (i < markerEnd && !isBlockMarker(source.substring(i, markerEnd))) {
      return -1;
    }
    while (i > 0 && isBlank(source.charAt(i - 1))) {
      i--;
    }
    return i == 0 || isLineBreak(source.charAt(i - 1)) ? i : -1;
  }

  private static boolean isBlockMarker(String s) {
    if (s.equals(">") || s.equals("-") || s.equals("*") || s.equals("+")) {
      return true;
    }
    if (s.length() <= 6 && s.chars().allMatch(c -> c == '#')) {
      return true;
    }
    int digits = 0;
    while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
      digits++;
    }
    return digits > 0 && digits <= 9 && s.length() == digits + 1 && (s.endsWith(".") || s.endsWith(")"));
  }

  /** The length of the line break at {@code i}: 2 for CR LF, else 1. */
  private static int lineBreakAt(String source, int i) {
    return source.charAt(i) == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n' ? 2 : 1;
  }

  /** Whether the line before offset {@code lineStart} (a line's start, after a break) holds only white space. */
  private static boolean blankLineEndsAt(String source, int lineStart) {
    int i = lineStart - 1; // the break before the line
    if (i > 0 && source.charAt(i) == '\n' && source.charAt(i - 1) == '\r') {
      i--;
    }
    i--;
    while (i >= 0 && isBlank(source.charAt(i))) {
      i--;
    }
    return i < 0 || isLineBreak(source.charAt(i));
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** Whether {@code finding} suggests exactly one fix, which a plan makes without asking anyone. */
  public static boolean isFixable(Finding finding) {
    return finding.fixes().size() == 1;
  }

  /** The text the findings were found in. */
  public String source() {
    return source;
  }

  /** The source with every edit of the plan made. */
  public String fixed() {
    return fixed;
  }

  /** The edits, in source order, none overlapping another. */
  public List<Edit> edits() {
    return edits;
  }

  /** How many findings the edits fix (a finding whose fix is several edits counts once). */
  public int fixedFindings() {
    java.util.Set<Finding> fixed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    edits.forEach(e -> fixed.addAll(e.findings()));
    return fixed.size();
  }

  /** Findings with a fix the plan does not make because it overlaps another, in source order: a later run may. */
  public List<Finding> leftOver() {
    return leftOver;
  }

  /**
   * Findings whose fix the plan will not make, in source order: it lies outside the text, or, in an
   * article, would cut across its markup (see {@link #of(Article, List)}). An editor makes those.
   */
  public List<Finding> declined() {
    return declined;
  }

  /** Whether the plan changes the source. */
  public boolean changes() {
    return !fixed.equals(source);
  }

  /**
   * This plan followed by {@code next}, a plan for this plan's fixed text (made from the findings of
   * that text, linted again): one plan from this source to {@code next}'s fixed text. Its edits are in
   * this source's offsets; where an edit of {@code next} meets text an edit of this plan wrote, the two
   * become one edit. The findings left over and declined are {@code next}'s: they are what is left.
   *
   * @throws IllegalArgumentException if {@code next} is not a plan for this plan's fixed text
   */
  public FixPlan then(FixPlan next) {
    if (!next.source.equals(fixed)) {
      throw new IllegalArgumentException("the next plan is for another text than this plan's fixed text");
    }
    if (next.edits.isEmpty()) {
      return new FixPlan(source, fixed, edits, next.leftOver, next.declined);
    }
    // Each stretch of the fixed text this plan wrote, and each span the next plan edits, in the fixed
    // text's offsets; stretches that overlap or touch are one edit of the source.
    record Piece(int start, int end, @Nullable Edit mine, @Nullable Edit theirs) {}
    List<Piece> pieces = new ArrayList<>(edits.size() + next.edits.size());
    int shift = 0;
    for (Edit e : edits) {
      int start = e.span().start() + shift;
      pieces.add(new Piece(start, start + e.replacement().length(), e, null));
      shift += e.replacement().length() - e.span().length();
    }
    for (Edit e : next.edits) {
      pieces.add(new Piece(e.span().start(), e.span().end(), null, e));
    }
    pieces.sort(Comparator.comparingInt(Piece::start).thenComparingInt(Piece::end));
    List<Edit> out = new ArrayList<>();
    int before = 0; // the length this plan's edits before the current group added to the text
    int i = 0;
    while (i < pieces.size()) {
      int from = pieces.get(i).start();
      int to = pieces.get(i).end();
      int j = i + 1;
      while (j < pieces.size() && pieces.get(j).start() <= to) {
        to = Math.max(to, pieces.get(j).end());
        j++;
      }
      int added = 0;
      List<Edit> theirs = new ArrayList<>();
      List<Finding> by = new ArrayList<>();
      for (Piece p : pieces.subList(i, j)) {
        Edit e = p.mine() != null ? p.mine() : p.theirs();
        if (p.mine() != null) {
          added += e.replacement().length() - e.span().length();
        } else {
          theirs.add(e);
        }
        for (Finding f : e.findings()) {
          if (by.stream().noneMatch(g -> g == f)) {
            by.add(f);
          }
        }
      }
      theirs.sort(Comparator.comparingInt((Edit e) -> e.span().start()));
      StringBuilder text = new StringBuilder();
      int at = from;
      for (Edit e : theirs) {
        text.append(fixed, at, e.span().start()).append(e.replacement());
        at = e.span().end();
      }
      text.append(fixed, at, to);
      out.add(new Edit(new Span(from - before, to - before - added), text.toString(), by));
      before += added;
      i = j;
    }
    return new FixPlan(source, next.fixed, out, next.leftOver, next.declined);
  }
}
