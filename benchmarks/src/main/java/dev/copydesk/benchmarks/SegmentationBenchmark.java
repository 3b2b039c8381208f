package dev.copydesk.benchmarks;

import dev.copydesk.core.model.Token;
import dev.copydesk.core.segment.BbcCorpus;
import dev.copydesk.core.segment.BoundaryAgreement;
import dev.copydesk.core.segment.LanguageToolSentences;
import dev.copydesk.core.segment.PosTagger;
import dev.copydesk.core.segment.PosTaggers;
import dev.copydesk.core.segment.SentenceSegmenter;
import dev.copydesk.core.segment.TextRange;
import dev.copydesk.core.segment.Tokenizer;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Prints how fast Copydesk's sentence segmenter is, how fast LanguageTool's is on the same text, and
 * how often the two agree, on every paragraph of the BBC News corpus; then a sample of the
 * disagreements for a person to judge, and all of them in a file. Also times the tokenizer and
 * part-of-speech tagging, for reference.
 *
 * <p>Throughput is megabytes (10^6 bytes of the text as UTF-8) per second of one thread, measured
 * after warm-up passes, as the median of several passes over the whole corpus (segmenting paragraph
 * by paragraph, as the parsers do): per second of the thread's CPU time (work per core, steady on a
 * shared machine) and per second of wall-clock time. Agreement is defined in {@link
 * BoundaryAgreement}.
 *
 * <p>Arguments, all optional: {@code --corpus DIR} (the {@code bbc} folder; default: found under the
 * shared corpus), {@code --passes N} (timed passes of Copydesk's segmenter, default 10), {@code
 * --sample N} (disagreements printed, default 20), {@code --out FILE} (all disagreements, default
 * {@code target/segmentation-disagreements.txt}).
 *
 * <p>A program, not a library class: not thread-safe, and it holds no state.
 */
public final class SegmentationBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private SegmentationBenchmark() {}

  public static void main(String[] args) throws IOException {
    @Nullable Path corpusDir = null;
    int passes = 10;
    int sample = 20;
    Path out = Path.of("target", "segmentation-disagreements.txt");
    for (int i = 0; i < args.length; i++) {
      @Nullable String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--corpus" -> corpusDir = Path.of(required(args[i], value));
        case "--passes" -> passes = Integer.parseInt(required(args[i], value));
        case "--sample" -> sample = Integer.parseInt(required(args[i], value));
        case "--out" -> out = Path.of(required(args[i], value));
        default -> {
          System.err.println("unknown argument " + args[i]
              + "; use --corpus DIR, --passes N, --sample N, --out FILE");
          System.exit(2);
          return;
        }
      }
      i++;
    }
    Optional<BbcCorpus> corpus = corpusDir != null ? Optional.of(BbcCorpus.open(corpusDir)) : BbcCorpus.locate();
    if (corpus.isEmpty() || corpus.get().files().isEmpty()) {
      System.err.println("BBC corpus not found; pass --corpus .../bbc-news-greene-cunningham/bbc"
          + " or set -Dcopydesk.corpus to the shared corpus folder");
      System.exit(2);
      return;
    }
    run(corpus.get(), passes, sample, out, System.out);
  }

  private static String required(String flag, @Nullable String value) {
    if (value == null) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return value;
  }

  static void run(BbcCorpus corpus, int passes, int sample, Path out, PrintStream print) throws IOException {
    List<BbcCorpus.Paragraph> paragraphs = corpus.allParagraphs();
    List<String> texts = paragraphs.stream().map(BbcCorpus.Paragraph::text).toList();
    long bytes = 0;
    long chars = 0;
    for (String t : texts) {
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
      chars += t.length();
    }
    print.printf(Locale.ROOT, "Corpus: %s%n  %d articles, %d paragraphs, %.2f MB as UTF-8 (%d chars)%n",
        corpus.root(), corpus.files().size(), texts.size(), bytes / 1e6, chars);
    print.printf(Locale.ROOT, "  Java %s, %s; one thread%n%n",
        System.getProperty("java.version"), System.getProperty("java.vm.name"));

    SentenceSegmenter segmenter = SentenceSegmenter.english();
    Timing ours = time(texts, bytes, 5, passes, t -> segmenter.split(t).size());
    print.printf(Locale.ROOT, "Copydesk SentenceSegmenter:   %s%n", ours);

    // The tagger first: LanguageTool's splitter loads some of the same classes and would hide its cost.
    PosTagger tagger = PosTaggers.lazyEnglish();
    long tagLoadStart = System.nanoTime();
    tagger.tag(List.of(new Token(0, 5, "Hello", Token.Type.WORD)));
    double tagLoadSeconds = (System.nanoTime() - tagLoadStart) / 1e9;

    long loadStart = System.nanoTime();
    LanguageToolSentences.load();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    Timing languageTool = time(texts, bytes, 1, 3, t -> LanguageToolSentences.raw(t).size());
    print.printf(Locale.ROOT, "LanguageTool SRX splitter:    %s (loaded in %.2f s)%n", languageTool, loadSeconds);
    print.printf(Locale.ROOT, "Speed-up (per CPU second): %.0fx%n%n",
        ours.medianMbPerCpuSecond() / languageTool.medianMbPerCpuSecond());

    Tokenizer tokenizer = Tokenizer.english();
    Timing tokens = time(texts, bytes, 3, passes, t -> tokenizer.tokenize(t).size());
    print.printf(Locale.ROOT, "Copydesk Tokenizer:           %s%n", tokens);
    List<List<Token>> sentenceTokens = new ArrayList<>();
    for (String t : texts) {
      for (TextRange r : segmenter.split(t)) {
        sentenceTokens.add(tokenizer.tokenize(t, r.start(), r.end()));
      }
    }
    // Tagging runs at about 1 MB/s: warm up on a fifth of the sentences, then time one pass.
    long sink = 0;
    for (List<Token> s : sentenceTokens.subList(0, sentenceTokens.size() / 5)) {
      sink += tagger.tag(s).size();
    }
    long tagCpuStart = THREADS.getCurrentThreadCpuTime();
    long tagStart = System.nanoTime();
    for (List<Token> s : sentenceTokens) {
      sink += tagger.tag(s).size();
    }
    Timing tags = new Timing(bytes, new double[] {(System.nanoTime() - tagStart) / 1e9},
        new double[] {(THREADS.getCurrentThreadCpuTime() - tagCpuStart) / 1e9}, sink);
    print.printf(Locale.ROOT, "POS tags of all tokens:       %s (tagger loaded in %.2f s)%n%n", tags, tagLoadSeconds);

    BoundaryAgreement agreement = new BoundaryAgreement();
    for (BbcCorpus.Paragraph p : paragraphs) {
      agreement.add(p.source(), p.text(), segmenter.split(p.text()), LanguageToolSentences.split(p.text()));
    }
    print.println("Agreement with LanguageTool (boundaries inside paragraphs; see BoundaryAgreement):");
    print.println("  " + agreement.summary().replace("\n", "\n  "));
    print.println();

    List<BoundaryAgreement.Disagreement> all = agreement.disagreements();
    long oursOnly = all.stream().filter(BoundaryAgreement.Disagreement::ours).count();
    print.printf(Locale.ROOT, "Disagreements: %d (only Copydesk splits %d, only LanguageTool splits %d);"
        + " a sample of %d:%n", all.size(), oursOnly, all.size() - oursOnly, Math.min(sample, all.size()));
    for (BoundaryAgreement.Disagreement d : agreement.sample(sample)) {
      print.println(d.describe());
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    StringBuilder file = new StringBuilder();
    for (BoundaryAgreement.Disagreement d : all) {
      file.append(d.describe()).append('\n');
    }
    Files.writeString(out, file.toString(), StandardCharsets.UTF_8);
    print.println();
    print.println("All disagreements: " + out.toAbsolutePath());
  }

  /** Timed passes over all texts after warm-up passes; the work's result is kept so it is not optimised away. */
  private static Timing time(List<String> texts, long bytes, int warmUps, int passes, ToLongFunction<String> work) {
    long sink = 0;
    for (int w = 0; w < warmUps; w++) {
      for (String t : texts) {
        sink += work.applyAsLong(t);
      }
    }
    double[] seconds = new double[passes];
    double[] cpuSeconds = new double[passes];
    for (int p = 0; p < passes; p++) {
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      for (String t : texts) {
        sink += work.applyAsLong(t);
      }
      seconds[p] = (System.nanoTime() - start) / 1e9;
      cpuSeconds[p] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    }
    return new Timing(bytes, seconds, cpuSeconds, sink);
  }

  /**
   * Wall-clock and thread CPU seconds per pass over {@code bytes} of text. On a shared machine the
   * CPU time of the benchmark's thread is the steadier measure of work per core; wall time also
   * counts the time other processes held the core.
   */
  private record Timing(long bytes, double[] seconds, double[] cpuSeconds, long sink) {
    double medianMbPerSecond() {
      return bytes / 1e6 / median(seconds);
    }

    double medianMbPerCpuSecond() {
      return bytes / 1e6 / median(cpuSeconds);
    }

    double bestMbPerSecond() {
      return bytes / 1e6 / Arrays.stream(seconds).min().orElseThrow();
    }

    private static double median(double[] values) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      int n = sorted.length;
      return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "%7.1f MB/s per CPU second; wall clock %7.1f MB/s median, %7.1f best (%d pass%s)",
          medianMbPerCpuSecond(), medianMbPerSecond(), bestMbPerSecond(), seconds.length,
          seconds.length == 1 ? "" : "es");
    }
  }
}
