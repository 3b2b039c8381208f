package dev.copydesk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SafeYamlTest {

  private static final String FRONT_MATTER = """
      title: "Budget passes"
      date: 2024-03-05
      draft: false
      words: 1200
      score: 0.75
      tags: [council, budget]
      author:
        name: Dana Reyes
      empty:
      """;

  @Test
  void implicitTypesAreResolvedAsYamlsCoreSchemaSaysAndTheNodesKeepTheirLines() {
    Object value = SafeYaml.toJava(SafeYaml.compose(FRONT_MATTER));
    Map<?, ?> map = (Map<?, ?>) value;
    assertEquals("Budget passes", map.get("title"));
    assertEquals(false, map.get("draft"));
    assertEquals(1200L, map.get("words"));
    assertEquals(0.75, map.get("score"));
    assertEquals(List.of("council", "budget"), map.get("tags"));
    assertEquals(Map.of("name", "Dana Reyes"), map.get("author"));
    assertEquals("", map.get("empty"), "a null in a mapping reads as empty (immutable maps hold no null)");
    assertNull(SafeYaml.compose(""));
    SafeYaml.YamlException e = assertThrows(SafeYaml.YamlException.class, () -> SafeYaml.compose("a: 1\nb: [unclosed\n"));
    assertTrue(e.line() >= 1, e.line() + ": " + e.getMessage());
  }

  @Test
  void threadsComposingAtOnceGetWhatOneThreadGets() throws Exception {
    // The resolver and the loader options are shared between calls; each call makes its own parser.
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      texts.add("title: \"Story " + i + "\"\ncount: " + i + "\nratio: " + i + ".5\nflag: " + (i % 2 == 0) + "\nwhen: 2024-01-"
          + (10 + i % 20) + "\nlist: [a" + i + ", " + i + ", null]\n");
    }
    List<Object> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(SafeYaml.toJava(SafeYaml.compose(t)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int worker = 0; worker < 4; worker++) {
        int offset = worker;
        runs.add(pool.submit(() -> {
          for (int round = 0; round < 300; round++) {
            int i = (round * 7 + offset) % texts.size();
            if (!expected.get(i).equals(SafeYaml.toJava(SafeYaml.compose(texts.get(i))))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : runs) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
