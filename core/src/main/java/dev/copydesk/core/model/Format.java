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

  /** The format a file name's extension implies, if any (case-insensitive). */
  public static Optional<Format> fromFileName(String fileName) {
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

  /** The file-name extensions of this format, lower case, without the dot, the usual one first. */
  public java.util.List<String> extensions() {
    return java.util.List.of(extensions);
  }

  /** The lower-case name used in configuration and reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
