package dev.copydesk.benchmarks.jmh;

import dev.copydesk.benchmarks.Corpus;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.core.parse.ParsedArticle;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Time to parse one article into the model (blocks, sentences, tokens, spans), averaged over the
 * articles of a set: each operation parses the next article, round the set, so an iteration covers
 * the whole set many times. Plain text, Markdown (front matter, CommonMark) and HTML (jsoup, main
 * content detection, metadata).
 *
 * <p>JMH state: one instance per benchmark thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

  @Param({"bbc-text", "bbc-markdown", "html"})
  public String articles;

  private List<Corpus.Article> set = List.of();
  private int next;
  private final ArticleParser parser = ArticleParser.create();

  @Setup
  public void load() {
    set = Articles.load(articles);
  }

  @Benchmark
  public ParsedArticle parse() {
    Corpus.Article a = set.get(next);
    next = next + 1 == set.size() ? 0 : next + 1;
    return parser.parse(a.id(), a.text(), a.format());
  }
}
