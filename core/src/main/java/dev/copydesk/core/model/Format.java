package dev.copydesk.core.model;

import java.util.Locale;
import java.util.Optional;

/** The source format of an article. */
public enum Format {
  MARKDOWN("md", "markdown", "mdown", "mkd", "mdx"),
  HTML("html", "htm", "xhtml"),
  TEXT("txt", "text");

  private final String[] extensions;

  Format(String... extensions) {
    this.extensions = extensions;
  }

  /**
   * The format a file name's extension implies, if any (case-insensitive). A gzip-compressed file is
   * known by the extension before its {@code .gz}: {@code page.html.gz} is HTML (see {@link
   * #isCompressed}).
   */
  public static Optional<Format> fromFileName(String fileName) {
    if (isCompressed(fileName)) {
      fileName = fileName.substring(0, fileName.length() - GZ.length());
    }
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      for (String e : f.extensions) {
        if (e.equals(ext)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  private static final String GZ = ".gz";

  /**
   * Whether a file of this name is gzip-compressed, by its {@code .gz} extension (case-insensitive): it
   * is read decompressed, and never rewritten.
   */
  public static boolean isCompressed(String fileName) {
    return fileName.length() > GZ.length() && fileName.regionMatches(true, fileName.length() - GZ.length(), GZ, 0, GZ.length());
  }

  /** The file-name extensions of this format, lower case, without the dot, the usual one first. */
  public java.util.List<String> extensions() {
    return java.util.List.of(extensions);
  }

  /** The lower-case name used in configuration and reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
