package dev.copydesk.core.parse;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: parse a source and read what the article's spans cover. */
final class Parsed {

  static final ArticleParser PARSER = ArticleParser.create();

  private Parsed() {}

  static ParsedArticle parse(Format format, String source) {
    return PARSER.parse("test", source, format);
  }

  static Article article(Format format, String source) {
    return parse(format, source).article();
  }

  /** The source characters of every sentence, in order. */
  static List<String> sentenceSources(Article a) {
    List<String> out = new ArrayList<>();
    for (Block b : a.blocks()) {
      for (Sentence s : b.sentences()) {
        out.add(s.span().of(a.source()));
      }
    }
    return out;
  }

  /** The text of every sentence, in order. */
  static List<String> sentenceTexts(Article a) {
    List<String> out = new ArrayList<>();
    for (Block b : a.blocks()) {
      for (Sentence s : b.sentences()) {
        out.add(s.text());
      }
    }
    return out;
  }

  /** "KIND/level: text" for every block. */
  static List<String> blocks(Article a) {
    List<String> out = new ArrayList<>();
    for (Block b : a.blocks()) {
      out.add(b.kind() + "/" + b.level() + ": " + b.text());
    }
    return out;
  }
}
