package dev.copydesk.core.parse;

import java.io.Reader;
import java.lang.reflect.Field;
import org.jsoup.parser.CharacterReader;
import org.jsoup.parser.HtmlTreeBuilder;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * jsoup's HTML tree builder, tracking each node's source offsets without their line and column
 * numbers, which Copydesk never reads (it maps offsets to lines itself). With position tracking on,
 * jsoup also indexes every line break of the page and looks up a line and column for each start,
 * end and attribute of every element, a binary search over boxed positions each: about a third of
 * its parse of real pages (trafilatura's sample: 39 MB/s tracked, 60–90 without the line numbers).
 *
 * <p>jsoup has no setting for that: position tracking turns line tracking on in the parse's {@link
 * CharacterReader}, a field of the builder its own package alone sees. So this builder turns it off
 * through reflection right after jsoup sets the parse up; offsets are unchanged (they are the reader's
 * own count). Where reflection is refused (jsoup on a module path that does not open the package, a
 * later jsoup without the field), the builder parses as jsoup's own does: the same offsets, at the
 * slower speed. {@link #offsetsOnly()} says which.
 *
 * <p>Not thread-safe, as no jsoup tree builder is: one a parse.
 */
final class OffsetTreeBuilder extends HtmlTreeBuilder {

  // TreeBuilder.reader, or null when it cannot be reached.
  private static final @Nullable Field READER = readerField();

  /** A parser for one page, with source positions. */
  static Parser parser() {
    return new Parser(new OffsetTreeBuilder()).setTrackPosition(true);
  }

  /** Whether line tracking is turned off (else the builder parses as jsoup's own does). */
  static boolean offsetsOnly() {
    return READER != null;
  }

  @Override
  protected void initialiseParse(Reader input, String baseUri, Parser parser) {
    super.initialiseParse(input, baseUri, parser);
    if (READER != null) {
      try {
        if (READER.get(this) instanceof CharacterReader reader) {
          reader.trackNewlines(false);
        }
      } catch (IllegalAccessException e) {
        // Not possible once setAccessible succeeded; the parse goes on tracking lines.
      }
    }
  }

  private static @Nullable Field readerField() {
    try {
      Field f = HtmlTreeBuilder.class.getSuperclass().getDeclaredField("reader");
      if (f.getType() != CharacterReader.class) {
        return null;
      }
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // NoSuchFieldException, InaccessibleObjectException, SecurityException
    }
  }
}
