package dev.copydesk.benchmarks.jmh;

import dev.copydesk.benchmarks.Corpus;
import dev.copydesk.core.model.Token;
import dev.copydesk.core.segment.SentenceSegmenter;
import dev.copydesk.core.segment.TextRange;
import dev.copydesk.core.segment.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to segment one BBC article, paragraph by paragraph as the parsers do: {@code sentences} splits
 * each paragraph into sentences; {@code tokens} also tokenizes every sentence (what the model holds).
 * Each operation handles the next article, round the corpus.
 *
 * <p>JMH state: one instance per benchmark thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SegmentBenchmark {

  private static final Pattern BLANK_LINE = Pattern.compile("\\R[\\h]*\\R\\s*");

  @Param({"sentences", "tokens"})
  public String step;

  private List<List<String>> paragraphs = List.of();
  private int next;
  private final SentenceSegmenter segmenter = SentenceSegmenter.english();
  private final Tokenizer tokenizer = Tokenizer.english();

  @Setup
  public void load() {
    List<List<String>> out = new ArrayList<>();
    for (Corpus.Article a : Articles.load("bbc-text")) {
      List<String> ps = new ArrayList<>();
      for (String p : BLANK_LINE.split(a.text())) {
        if (!p.isBlank()) {
          ps.add(p.strip());
        }
      }
      out.add(ps);
    }
    paragraphs = out;
  }

  @Benchmark
  public long segment() {
    List<String> article = paragraphs.get(next);
    next = next + 1 == paragraphs.size() ? 0 : next + 1;
    boolean tokens = step.equals("tokens");
    long n = 0;
    for (String p : article) {
      for (TextRange r : segmenter.split(p)) {
        if (tokens) {
          List<Token> t = tokenizer.tokenize(p, r.start(), r.end());
          n += t.size();
        } else {
          n++;
        }
      }
    }
    return n;
  }
}
