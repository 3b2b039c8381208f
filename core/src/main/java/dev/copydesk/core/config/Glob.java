package dev.copydesk.core.config;

import com.google.re2j.Pattern;

/**
 * A path glob as in {@code .gitignore}-style tools: {@code *} matches within one path segment, {@code
 * **} across segments ({@code **}{@code /} also matches no directory at all), {@code ?} one character,
 * {@code {a,b}} alternatives. Paths use forward slashes and are relative to the project root. A glob
 * without a slash matches the file name in any directory.
 *
 * <p>Globs come from configuration and paths from the content being checked, so a glob compiles to an
 * RE2/J pattern, which matches in time linear in the path: {@code *a*a*a*a*a*a*b} as a backtracking
 * {@code java.util.regex} pattern took over a second on a 40-character file name, and grows
 * exponentially with the stars.
 *
 * <p>Immutable and thread-safe.
 */
public final class Glob {

  private final String glob;
  private final Pattern pattern;

  private Glob(String glob, Pattern pattern) {
    this.glob = glob;
    this.pattern = pattern;
  }

  /**
   * @throws IllegalArgumentException if the glob is empty or its braces do not balance
   */
  public static Glob compile(String glob) {
    String g = glob.strip();
    if (g.isEmpty()) {
      throw new IllegalArgumentException("empty glob");
    }
    if (g.startsWith("/")) {
      g = g.substring(1);
    } else if (!g.contains("/")) {
      g = "**/" + g;
    }
    StringBuilder re = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
            i++;
            if (i + 1 < g.length() && g.charAt(i + 1) == '/') {
              i++;
              re.append("(?:[^/]*/)*");
            } else {
              re.append(".*");
            }
          } else {
            re.append("[^/]*");
          }
        }
        case '?' -> re.append("[^/]");
        case '{' -> {
          braces++;
          re.append("(?:");
        }
        case '}' -> {
          if (braces == 0) {
            throw new IllegalArgumentException("unbalanced '}' in glob '" + glob + "'");
          }
          braces--;
          re.append(')');
        }
        case ',' -> re.append(braces > 0 ? "|" : ",");
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (braces != 0) {
      throw new IllegalArgumentException("unbalanced '{' in glob '" + glob + "'");
    }
    return new Glob(glob, Pattern.compile(re.toString()));
  }

  /** Whether {@code path} (relative, forward slashes) matches. */
  public boolean matches(String path) {
    String p = path.replace('\\', '/');
    if (p.startsWith("./")) {
      p = p.substring(2);
    }
    return pattern.matcher(p).matches();
  }

  @Override
  public String toString() {
    return glob;
  }
}
