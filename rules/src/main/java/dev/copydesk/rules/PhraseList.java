package dev.copydesk.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A phrase list read from a resource of this package: one phrase per line, {@code #} starts a comment,
 * blank lines ignored. Immutable and thread-safe.
 */
public final class PhraseList {

  private final String name;
  private final List<String> phrases;

  private PhraseList(String name, List<String> phrases) {
    this.name = name;
    this.phrases = List.copyOf(phrases);
  }

  /** Loads {@code dev/copydesk/rules/<resource>}; a missing list is a programming error. */
  public static PhraseList load(String resource) {
    String path = "/dev/copydesk/rules/" + resource;
    try (InputStream in = PhraseList.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("phrase list " + path + " is missing from the rule pack");
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
      return new PhraseList(resource, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read phrase list " + path, e);
    }
  }

  public String name() {
    return name;
  }

  public List<String> phrases() {
    return phrases;
  }
}
