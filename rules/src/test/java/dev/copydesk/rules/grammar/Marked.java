package dev.copydesk.rules.grammar;

import dev.copydesk.core.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixture source with its expected finding spans marked «like this», as {@code RuleTester} reads them;
 * for tests that call a rule on a hand-built article.
 */
record Marked(String source, List<Span> spans) {

  static Marked parse(String marked) {
    StringBuilder out = new StringBuilder(marked.length());
    List<Span> spans = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == '\u00AB') {
        open = out.length();
      } else if (c == '\u00BB') {
        spans.add(new Span(open, out.length()));
        open = -1;
      } else {
        out.append(c);
      }
    }
    spans.sort(null);
    return new Marked(out.toString(), List.copyOf(spans));
  }

  /** The marked spans with their source characters, for readable assertion failures. */
  String describe(List<Span> list) {
    return list.stream().map(s -> s + " \"" + s.of(source).replace("\n", "\\n") + "\"").toList().toString();
  }
}
