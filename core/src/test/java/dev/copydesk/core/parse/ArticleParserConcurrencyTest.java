package dev.copydesk.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Format;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One parser serves every thread: parsing in parallel gives what parsing alone gives. */
class ArticleParserConcurrencyTest {

  private static String describe(Article a) {
    return a.format() + " " + a.metadata() + " " + a.blocks() + " " + Parsed.sentenceSources(a) + " " + a.links() + " " + a.comments();
  }

  @Test
  void parallelParsesMatchSequentialOnes() throws Exception {
    String hostile;
    try (InputStream in = getClass().getResourceAsStream("/parse/hostile.html")) {
      hostile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Object[]> inputs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      inputs.add(new Object[] {hostile.replace("Para one", "Para " + i), Format.HTML});
      inputs.add(new Object[] {"---\ntitle: T" + i + "\n---\nText &amp; *more* [x](y) " + i + ". Next.\n", Format.MARKDOWN});
      inputs.add(new Object[] {"+++\ntitle = \"T" + i + "\"\n+++\nBody " + i + ".\n", Format.MARKDOWN});
      inputs.add(new Object[] {"Title " + i + "\n\nBody one. Body two.\n", Format.TEXT});
    }
    List<String> sequential = new ArrayList<>();
    for (Object[] in : inputs) {
      sequential.add(describe(Parsed.PARSER.parse("t", (String) in[0], (Format) in[1]).article()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (Object[] in : inputs) {
        futures.add(pool.submit(() -> describe(Parsed.PARSER.parse("t", (String) in[0], (Format) in[1]).article())));
      }
      for (int i = 0; i < inputs.size(); i++) {
        assertEquals(sequential.get(i), futures.get(i).get(), "input " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
