package dev.copydesk.core.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How far two sentence splitters agree, counted over many paragraphs.
 *
 * <p>A <em>boundary</em> is where a sentence starts inside a paragraph: the offset of the first
 * non-space character of every sentence but the paragraph's first. Paragraph edges are not counted,
 * since every splitter finds them. Over all paragraphs, with C the boundaries both splitters put, O
 * ours and R the reference's:
 *
 * <ul>
 *   <li>recall = C / R, the share of the reference's boundaries we reproduce;
 *   <li>precision = C / O, the share of our boundaries the reference also puts;
 *   <li>F1 = 2C / (O + R), their harmonic mean: the agreement figure.
 * </ul>
 *
 * <p>Sentence agreement, stricter, is the share of the reference's sentences that we produce with
 * exactly the same start and end.
 *
 * <p>Not thread-safe: one instance collects one comparison.
 */
public final class BoundaryAgreement {

  /** One boundary that only one splitter puts, with the text around it. */
  public record Disagreement(String source, boolean ours, String before, String after) {
    /**
     * Two lines: who puts the boundary and where, then the text around it with {@code ‖} where the
     * second sentence would start (white space shown as one space).
     */
    public String describe() {
      return (ours ? "only Copydesk splits" : "only LanguageTool splits") + "  [" + source + "]\n    …"
          + before + "‖" + after + "…";
    }
  }

  private static final int CONTEXT = 60;

  private long paragraphs;
  private long common;
  private long oursTotal;
  private long referenceTotal;
  private long sameSentences;
  private long referenceSentences;
  private long ourSentences;
  private final List<Disagreement> disagreements = new ArrayList<>();

  /** Counts one paragraph split both ways; {@code source} names it in disagreements. */
  public void add(String source, String text, List<TextRange> ours, List<TextRange> reference) {
    paragraphs++;
    ourSentences += ours.size();
    referenceSentences += reference.size();
    Set<TextRange> ourSet = new HashSet<>(ours);
    for (TextRange r : reference) {
      if (ourSet.contains(r)) {
        sameSentences++;
      }
    }
    Set<Integer> a = boundaries(ours);
    Set<Integer> b = boundaries(reference);
    oursTotal += a.size();
    referenceTotal += b.size();
    for (int x : a) {
      if (b.contains(x)) {
        common++;
      } else {
        disagreements.add(disagreement(source, text, x, true));
      }
    }
    for (int x : b) {
      if (!a.contains(x)) {
        disagreements.add(disagreement(source, text, x, false));
      }
    }
  }

  private static Set<Integer> boundaries(List<TextRange> sentences) {
    Set<Integer> out = new HashSet<>();
    for (int i = 1; i < sentences.size(); i++) {
      out.add(sentences.get(i).start());
    }
    return out;
  }

  private static Disagreement disagreement(String source, String text, int at, boolean ours) {
    String before = text.substring(Math.max(0, at - CONTEXT), at);
    String after = text.substring(at, Math.min(text.length(), at + CONTEXT));
    return new Disagreement(source, ours, oneLine(before), oneLine(after));
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }

  public long paragraphs() {
    return paragraphs;
  }

  /** Boundaries both splitters put. */
  public long commonBoundaries() {
    return common;
  }

  public long ourBoundaries() {
    return oursTotal;
  }

  public long referenceBoundaries() {
    return referenceTotal;
  }

  public long ourSentences() {
    return ourSentences;
  }

  public long referenceSentences() {
    return referenceSentences;
  }

  public double recall() {
    return referenceTotal == 0 ? 1 : (double) common / referenceTotal;
  }

  public double precision() {
    return oursTotal == 0 ? 1 : (double) common / oursTotal;
  }

  public double f1() {
    return oursTotal + referenceTotal == 0 ? 1 : 2.0 * common / (oursTotal + referenceTotal);
  }

  /** Share of the reference's sentences reproduced exactly. */
  public double sentenceAgreement() {
    return referenceSentences == 0 ? 1 : (double) sameSentences / referenceSentences;
  }

  /** Every boundary only one splitter puts, in the order met. */
  public List<Disagreement> disagreements() {
    return List.copyOf(disagreements);
  }

  /** About {@code count} disagreements spread evenly over all of them, for a person to judge. */
  public List<Disagreement> sample(int count) {
    int size = disagreements.size();
    if (size <= count) {
      return disagreements();
    }
    List<Disagreement> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(disagreements.get((int) ((long) i * size / count)));
    }
    return out;
  }

  /** The figures, a few lines for people. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "paragraphs %d; sentences: Copydesk %d, LanguageTool %d; boundaries inside paragraphs:"
            + " Copydesk %d, LanguageTool %d, both %d%n"
            + "boundary recall %.4f, precision %.4f, F1 %.4f; sentences identical %.4f;"
            + " disagreements %d",
        paragraphs, ourSentences, referenceSentences, oursTotal, referenceTotal, common,
        recall(), precision(), f1(), sentenceAgreement(), disagreements.size());
  }
}
