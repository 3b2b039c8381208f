package dev.copydesk.evaluation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The BBC News corpus (Greene and Cunningham, 2006): {@code bbc/<topic>/NNN.txt}, headline on line 1,
 * paragraphs separated by blank lines. Files are read as UTF-8; the one file of the archive that is
 * Latin-1 ({@code sport/199.txt}, a known quirk) falls back to windows-1252 and is reported.
 */
final class BbcCorpus {

  /** One article: its id ({@code topic/NNN.txt}), decoded text, size in bytes, and how it was decoded. */
  record Item(String id, String text, long bytes, boolean fallback) {}

  private BbcCorpus() {}

  static List<Item> load(Path corpusFolder) throws IOException {
    Path root = corpusFolder.resolve("bbc");
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt"))
          .filter(p -> !p.getFileName().toString().equals("README.TXT"))
          .filter(p -> !p.getParent().equals(root))
          .sorted()
          .toList();
    }
    List<Item> out = new ArrayList<>(files.size());
    for (Path p : files) {
      byte[] bytes = Files.readAllBytes(p);
      String id = root.relativize(p).toString().replace('\\', '/');
      try {
        out.add(new Item(id, strictUtf8(bytes), bytes.length, false));
      } catch (CharacterCodingException e) {
        out.add(new Item(id, new String(bytes, Charset.forName("windows-1252")), bytes.length, true));
      }
    }
    return out;
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
