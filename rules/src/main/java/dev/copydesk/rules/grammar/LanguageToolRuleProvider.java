package dev.copydesk.rules.grammar;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.ConfigOverride;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.config.RuleProvider;
import dev.copydesk.core.config.RuleSetting;
import dev.copydesk.core.config.SourceLocation;
import dev.copydesk.core.rule.Rule;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link GrammarRule grammar} and {@link SpellingRule spelling} rules from the project's
 * configuration when a {@code Linter} is built: the project's default English variant and its
 * vocabulary of accepted words, read here so that rules never read files.
 *
 * <pre>{@code
 * rules:
 *   grammar: on
 *   spelling: on
 * languagetool:
 *   language: en-GB                   # default variant for articles whose metadata names none
 * vocabulary:
 *   path: .copydesk/vocabulary.txt    # or a list of files; relative to the project root
 * }</pre>
 *
 * <p>A vocabulary file holds one word or phrase a line; blank lines and lines starting with {@code #}
 * are ignored. A missing or unreadable file, an unknown key or an unknown English variant is a {@link
 * ConfigException} naming the setting. Nothing here loads LanguageTool.
 *
 * <p>Stateless and thread-safe.
 */
public final class LanguageToolRuleProvider implements RuleProvider {

  /** The top-level section naming vocabulary files. */
  public static final String VOCABULARY_SECTION = "vocabulary";

  /** The top-level section with project-wide LanguageTool settings. */
  public static final String LANGUAGETOOL_SECTION = "languagetool";

  /** Vocabulary files larger than this are refused: 8 MiB. */
  static final long MAX_VOCABULARY_BYTES = 8L * 1024 * 1024;

  @Override
  public List<Rule> rules(CopydeskConfig config, Path baseDirectory) {
    String file = config.source().orElse("the configuration");
    EnglishVariant projectDefault = projectLanguage(config.extensions().get(LANGUAGETOOL_SECTION), file);
    Vocabulary vocabulary = vocabulary(config.extensions().get(VOCABULARY_SECTION), file, baseDirectory);
    checkLanguageOptions(config);
    return List.of(new GrammarRule(projectDefault), new SpellingRule(projectDefault, vocabulary));
  }

  private static EnglishVariant projectLanguage(@Nullable Object section, String file) {
    if (section == null) {
      return EnglishVariant.DEFAULT;
    }
    if (!(section instanceof Map<?, ?> map)) {
      throw problem(file, LANGUAGETOOL_SECTION, "expected a mapping such as {language: en-GB}");
    }
    EnglishVariant variant = EnglishVariant.DEFAULT;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      if (!key.equals("language")) {
        throw problem(file, LANGUAGETOOL_SECTION + "." + key, "unknown key (expected language)");
      }
      if (!(e.getValue() instanceof String s)) {
        throw problem(file, LANGUAGETOOL_SECTION + ".language", "expected a string such as en-GB");
      }
      try {
        variant = EnglishVariant.parse(s);
      } catch (IllegalArgumentException ex) {
        throw problem(file, LANGUAGETOOL_SECTION + ".language", ex.getMessage());
      }
    }
    return variant;
  }

  private static Vocabulary vocabulary(@Nullable Object section, String file, Path baseDirectory) {
    if (section == null) {
      return Vocabulary.EMPTY;
    }
    Object paths;
    if (section instanceof String || section instanceof List<?>) {
      paths = section;
    } else if (section instanceof Map<?, ?> map) {
      for (Object key : map.keySet()) {
        if (!"path".equals(key)) {
          throw problem(file, VOCABULARY_SECTION + "." + key, "unknown key (expected path)");
        }
      }
      paths = map.get("path");
      if (paths == null) {
        throw problem(file, VOCABULARY_SECTION, "missing 'path': the vocabulary file, relative to the project root");
      }
    } else {
      throw problem(file, VOCABULARY_SECTION, "expected {path: .copydesk/vocabulary.txt}");
    }
    List<String> files = new ArrayList<>();
    if (paths instanceof String s) {
      files.add(s);
    } else if (paths instanceof List<?> list) {
      for (Object o : list) {
        if (!(o instanceof String s)) {
          throw problem(file, VOCABULARY_SECTION + ".path", "expected file names, found " + o);
        }
        files.add(s);
      }
    } else {
      throw problem(file, VOCABULARY_SECTION + ".path", "expected a file name or a list of file names");
    }
    List<String> entries = new ArrayList<>();
    for (String name : files) {
      entries.addAll(Vocabulary.parseLines(read(name, file, baseDirectory)));
    }
    return Vocabulary.of(entries);
  }

  private static String read(String name, String file, Path baseDirectory) {
    String where = VOCABULARY_SECTION + ".path";
    if (name.isBlank()) {
      throw problem(file, where, "empty file name");
    }
    Path path = baseDirectory.resolve(name).toAbsolutePath().normalize();
    if (!Files.isRegularFile(path)) {
      throw problem(
          file,
          where,
          "vocabulary file '" + name + "' " + (Files.exists(path) ? "is not a regular file" : "does not exist")
              + " (looked for " + path + ")");
    }
    try {
      long size = Files.size(path);
      if (size > MAX_VOCABULARY_BYTES) {
        throw problem(file, where, "vocabulary file '" + name + "' is " + size + " bytes, over the limit of " + MAX_VOCABULARY_BYTES);
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
          .toString();
    } catch (CharacterCodingException e) {
      throw problem(file, where, "vocabulary file '" + name + "' is not valid UTF-8");
    } catch (IOException e) {
      throw problem(file, where, "cannot read vocabulary file '" + name + "': " + e.getMessage());
    }
  }

  /**
   * Rejects an unknown English variant in the rules' {@code language} options here, with the setting's
   * file, line and column, rather than on every article later.
   */
  private static void checkLanguageOptions(CopydeskConfig config) {
    List<Map<String, RuleSetting>> layers = new ArrayList<>();
    layers.add(config.rules());
    for (ConfigOverride o : config.overrides()) {
      layers.add(o.rules());
    }
    for (Map<String, RuleSetting> layer : layers) {
      for (String id : List.of("grammar", "spelling")) {
        RuleSetting s = layer.get(id);
        if (s == null) {
          continue;
        }
        Object raw = s.options().get("language");
        SourceLocation loc = s.location();
        if (raw instanceof ConfigLoader.LocatedValue lv) {
          raw = lv.value();
          loc = lv.location();
        }
        if (raw instanceof String v && !v.isBlank()) {
          try {
            EnglishVariant.parse(v);
          } catch (IllegalArgumentException e) {
            throw new ConfigException(loc, "option 'language' of rule '" + id + "': " + e.getMessage());
          }
        }
      }
    }
  }

  private static ConfigException problem(String file, String key, String message) {
    return new ConfigException(null, file + ", " + key + ": " + message);
  }
}
