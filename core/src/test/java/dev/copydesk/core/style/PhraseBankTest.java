package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.RuleOptions;
import dev.copydesk.core.testing.CollectingContext;
import dev.copydesk.core.text.FoldedText;
import dev.copydesk.core.text.Folding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Style rules loaded together search their phrases in one pass, and find exactly what each finds alone. */
class PhraseBankTest {

  @TempDir Path project;

  private static final String[] WORDS = {
    "the", "cat", "sat", "on", "mat", "e-mail", "email", "in order to", "order", "to", "utilize", "Utilize",
    "at this point in time", "point", "time", "a", "an", "cat sat", "sat on the", "on the mat", "it's", "it\u2019s",
    "café", "naïve", "US", "us", "x", "!", "re-", "co-operate", "cooperate", "the the"
  };

  private static TermSet set(Random random, Folding folding, boolean boundaries, int size) {
    List<TermSet.Term> terms = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      terms.add(new TermSet.Term(WORDS[random.nextInt(WORDS.length)], false, 100 + i));
    }
    return new TermSet(terms, folding, boundaries, false, TermSet.Anchor.ANYWHERE);
  }

  private static String text(Random random) {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(40);
    for (int i = 0; i < n; i++) {
      String w = WORDS[random.nextInt(WORDS.length)];
      b.append(random.nextInt(5) == 0 ? w.toUpperCase(java.util.Locale.ROOT) : w);
      b.append(switch (random.nextInt(6)) {
        case 0 -> ", ";
        case 1 -> "  ";
        case 2 -> "";
        case 3 -> "\n";
        default -> " ";
      });
    }
    return b.toString();
  }

  @Test
  void eachMemberFindsThroughTheBankExactlyWhatItFindsAlone() {
    Random random = new Random(20261201);
    for (int round = 0; round < 40; round++) {
      Folding folding = random.nextBoolean() ? Folding.IGNORE_CASE : Folding.MATCH_CASE;
      boolean boundaries = random.nextBoolean();
      List<TermSet> sets = new ArrayList<>();
      for (int k = 0; k < 2 + random.nextInt(5); k++) {
        sets.add(set(random, folding, boundaries, 1 + random.nextInt(8)));
      }
      PhraseBank.shareSets(sets);
      for (TermSet s : sets) {
        assertNotNull(s.slot(), "every set of one kind is banked");
      }
      for (int t = 0; t < 50; t++) {
        String text = text(random);
        Article article = ArticleParser.create().parse("a.txt", "Title\n\n" + text + "\n", Format.TEXT).article();
        CollectingContext context = new CollectingContext(article, RuleOptions.defaults(Defs.rule(
            "r:\n  type: existence\n  tokens: [x]\n").metadata()));
        FoldedText folded = FoldedText.of(text, folding);
        for (TermSet s : sets) {
          assertEquals(s.find(text, folded), s.find(text, folded, context), () -> "in '" + text + "'");
        }
      }
    }
  }

  @Test
  void theBankSearchesATextOnceForAllItsMembers() {
    Random random = new Random(7);
    List<TermSet> sets = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      sets.add(set(random, Folding.IGNORE_CASE, true, 4));
    }
    PhraseBank.shareSets(sets);
    Article article = ArticleParser.create().parse("a.txt", "Title\n\nThe cat sat on the mat.\n", Format.TEXT).article();
    CollectingContext context =
        new CollectingContext(article, RuleOptions.defaults(Defs.rule("r:\n  type: existence\n  tokens: [x]\n").metadata()));
    String text = "The cat sat on the mat, in order to utilize the e-mail.";
    FoldedText folded = FoldedText.of(text, Folding.IGNORE_CASE);
    for (TermSet s : sets) {
      s.find(text, folded, context);
    }
    assertEquals(5, context.derivationsAsked());
    assertEquals(1, context.derivationsComputed());
  }

  @Test
  void onlySetsThatMatchAlikeShareAndSkippingSetsOnlyWhenItPays() {
    Random random = new Random(3);
    TermSet ignoring = set(random, Folding.IGNORE_CASE, true, 3);
    TermSet matching = set(random, Folding.MATCH_CASE, true, 3);
    TermSet noBoundaries = set(random, Folding.IGNORE_CASE, false, 3);
    PhraseBank.shareSets(List.of(ignoring, matching, noBoundaries));
    assertNull(ignoring.slot());
    assertNull(matching.slot());
    assertNull(noBoundaries.slot());
    // Few long phrases each: both skip through a text alone, and so does their bank.
    TermSet a = longPhrases("as an ai language model");
    TermSet b = longPhrases("regenerate response");
    assertTrue(a.skips() && b.skips());
    PhraseBank.shareSets(List.of(a, b));
    assertNotNull(a.slot());
    assertSame(a.slot().bank(), b.slot().bank());
    // Thirty each: each skips alone, but the sixty together are too many to skip by, and one automaton
    // reading every character would cost more than the two skipping scans.
    TermSet many = longPhrases(numbered("alphabetical", 30));
    TermSet more = longPhrases(numbered("zoologically", 30));
    assertTrue(many.skips() && more.skips());
    PhraseBank.shareSets(List.of(many, more));
    assertNull(many.slot());
    assertNull(more.slot());
    // A third makes the one pass worth it.
    TermSet third = longPhrases(numbered("quarterfinal", 30));
    PhraseBank.shareSets(List.of(many, more, third));
    assertNotNull(many.slot());
    assertSame(many.slot().bank(), third.slot().bank());
  }

  private static String[] numbered(String word, int n) {
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = word + " " + (char) ('a' + i % 26) + (char) ('a' + i / 26);
    }
    return out;
  }

  private static TermSet longPhrases(String... phrases) {
    List<TermSet.Term> terms = new ArrayList<>();
    for (String p : phrases) {
      terms.add(new TermSet.Term(p, false, terms.size()));
    }
    return new TermSet(terms, Folding.IGNORE_CASE, true, false, TermSet.Anchor.ANYWHERE);
  }

  @Test
  void rulesOfAConfigurationShareABankAndReportWhatTheyReportAlone() throws Exception {
    String rules =
        """
        styles:
          rules:
            house-weasel:
              type: existence
              message: "Say who: '{match}'."
              tokens: [many experts, some say, it is believed]
            house-filler:
              type: existence
              message: "Cut '{match}'."
              tokens: [very, really, in order to]
            house-words:
              type: substitution
              swap: {utilize: use, "in order to": to, e-mail: email}
            house-case:
              type: existence
              ignore-case: false
              message: "Spell out '{match}'."
              tokens: [US]
        """;
    Files.writeString(project.resolve(".copydesk.yml"), rules);
    StyleSet loaded = StyleLoader.fromConfig(ConfigLoader.load(project.resolve(".copydesk.yml")), project);
    TermSet weasel = loaded.rule("house-weasel").orElseThrow().phraseSets().get(0);
    TermSet words = loaded.rule("house-words").orElseThrow().phraseSets().get(0);
    assertNotNull(weasel.slot());
    assertSame(weasel.slot().bank(), words.slot().bank());
    assertEquals(3, weasel.slot().bank().members());

    String article =
        "Budget\n\nMany experts say the US must utilize e-mail in order to save. It is believed that some say"
            + " it is very, really late.\n\nIn order to UTILIZE it, Many Experts wrote.\n";
    Linter together = Linter.builder().rules(List.of()).config(ConfigLoader.load(project.resolve(".copydesk.yml")))
        .baseDirectory(project).threads(1).build();
    List<String> found = describe(together.lint(article, Format.TEXT, "a.txt").findings());
    // Each rule loaded on its own, with no bank, reports the same.
    List<String> alone = new ArrayList<>();
    for (Linter one : oneByOne(rules)) {
      alone.addAll(describe(one.lint(article, Format.TEXT, "a.txt").findings()));
    }
    assertEquals(14, found.size(), found::toString);
    assertEquals(alone.stream().sorted().toList(), found.stream().sorted().toList());
  }

  @Test
  void aRuleReadingWholeBlocksSkipsAnArticleItsBankFoundNothingIn() throws Exception {
    String rules =
        """
        styles:
          rules:
            house-weasel:
              type: existence
              message: "Say who: '{match}'."
              tokens: [many experts, some say]
            house-filler:
              type: existence
              message: "Cut '{match}'."
              tokens: [very, really]
            house-words:
              type: substitution
              swap: {utilize: use, e-mail: email}
        """;
    Files.writeString(project.resolve(".copydesk.yml"), rules);
    StyleSet loaded = StyleLoader.fromConfig(ConfigLoader.load(project.resolve(".copydesk.yml")), project);
    StyleRule weasel = loaded.rule("house-weasel").orElseThrow();
    StyleRule filler = loaded.rule("house-filler").orElseThrow();
    StyleRule words = loaded.rule("house-words").orElseThrow();
    Article article = ArticleParser.create().parse("a.md", "# Budget\n\nIt is very late.\n\nThe vote is on Friday.\n", Format.MARKDOWN).article();
    CollectingContext context = new CollectingContext(article, RuleOptions.defaults(weasel.metadata()));
    // The first member to ask folds and searches each of the three blocks once for all members.
    weasel.check(article, context);
    assertEquals(List.of(), context.reported());
    assertEquals(7, context.derivationsComputed(), "the summary, and a fold and a search for each block");
    int asked = context.derivationsAsked();
    // Another member with nothing in the article asks for the summary alone: no block is read again.
    words.check(article, context);
    assertEquals(asked + 1, context.derivationsAsked());
    assertEquals(7, context.derivationsComputed());
    // A member with a match reads its blocks, through the folds and searches already made.
    filler.check(article, context);
    assertEquals(1, context.reported().size());
    assertEquals(7, context.derivationsComputed());
  }

  @Test
  void rulesThatSkipArticlesFindWhatRulesAloneFind() throws Exception {
    // Scopes of whole blocks skip articles their bank found nothing in; sentence and excluding scopes
    // read as before. Over random Markdown articles, every rule reports what it reports alone.
    String rules =
        """
        styles:
          rules:
            house-a:
              type: existence
              message: "A '{match}'."
              tokens: [cat sat, e-mail]
            house-b:
              type: existence
              scope: heading
              message: "B '{match}'."
              tokens: [mat, utilize]
            house-c:
              type: existence
              scope: [text, ~heading]
              message: "C '{match}'."
              tokens: [order, the the]
            house-d:
              type: existence
              scope: sentence
              message: "D '{match}'."
              tokens: [point, café]
            house-e:
              type: substitution
              scope: list-item
              swap: {email: e-mail, cooperate: co-operate}
            house-f:
              type: existence
              scope: paragraph
              message: "F '{match}'."
              tokens: [naïve, sat on the]
            house-g:
              type: existence
              message: "G '{match}'."
              tokens: [zebra crossing]
              patterns: ['utili[sz]ed?']
        """;
    Files.writeString(project.resolve(".copydesk.yml"), rules);
    Linter together = Linter.builder().rules(List.of()).config(ConfigLoader.load(project.resolve(".copydesk.yml")))
        .baseDirectory(project).threads(1).build();
    List<Linter> alone = oneByOne(rules);
    Random random = new Random(19);
    int findings = 0;
    int skipped = 0;
    for (int round = 0; round < 300; round++) {
      StringBuilder md = new StringBuilder();
      int blocks = 1 + random.nextInt(5);
      for (int i = 0; i < blocks; i++) {
        md.append(switch (random.nextInt(4)) {
          case 0 -> "## ";
          case 1 -> "- ";
          case 2 -> "> ";
          default -> "";
        });
        // Mostly words no rule looks for, so that many articles hold nothing for some rules.
        String t = random.nextInt(3) == 0 ? text(random) : "Plain words here. And more of them " + i + ".";
        md.append(t.replace("\n", " ").replace("#", "").strip()).append("\n\n");
      }
      String source = md.toString();
      List<String> found = describe(together.lint(source, Format.MARKDOWN, "a.md").findings());
      List<String> expected = new ArrayList<>();
      for (Linter l : alone) {
        expected.addAll(describe(l.lint(source, Format.MARKDOWN, "a.md").findings()));
      }
      assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList(), source);
      findings += found.size();
      skipped += found.isEmpty() ? 1 : 0;
    }
    assertTrue(findings > 300, findings + " findings");
    assertTrue(skipped > 50, skipped + " articles with no finding");
  }

  /** A linter for each rule of {@code config}'s {@code styles.rules}, parsed as a file: none shares a bank. */
  private static List<Linter> oneByOne(String config) {
    List<Linter> out = new ArrayList<>();
    for (StyleRule r : StyleLoader.parse(config.substring(config.indexOf("rules:") + 7).stripIndent(), "alone.yml").rules()) {
      assertTrue(r.phraseSets().stream().allMatch(s -> s.slot() == null));
      out.add(Linter.builder().rules(List.of(r)).ruleProviders(false).threads(1).build());
    }
    return out;
  }

  private static List<String> describe(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId() + "@" + f.start() + " " + f.message()).toList();
  }
}
