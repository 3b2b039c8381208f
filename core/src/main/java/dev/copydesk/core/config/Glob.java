package dev.copydesk.core.config;

import com.google.re2j.Pattern;
import org.jspecify.annotations.Nullable;

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
  // The common shapes, tested without the pattern: {@code **}{@code /*.md} (every include by default) is
  // a suffix, {@code **}{@code /name.md} a name. Matching 10,000 paths against the default includes
  // took RE2/J 0.2 to 0.4 s in a fresh JVM, a good part of a build over articles already linted.
  private final @Nullable String suffix;
  private final @Nullable String name;

  private Glob(String glob, Pattern pattern, @Nullable String suffix, @Nullable String name) {
    this.glob = glob;
    this.pattern = pattern;
    this.suffix = suffix;
    this.name = name;
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
    String suffix = g.startsWith("**/*") && isLiteral(g.substring(4)) ? g.substring(4) : null;
    String name = g.startsWith("**/") && isLiteral(g.substring(3)) ? g.substring(3) : null;
    return new Glob(glob, Pattern.compile(re.toString()), suffix, name);
  }

  /** Non-empty, and no character that means more than itself, nor a slash. */
  private static boolean isLiteral(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if ("*?{},/\\".indexOf(s.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code path} (relative, forward slashes) matches. */
  public boolean matches(String path) {
    String p = normalize(path);
    if (suffix != null) {
      return p.endsWith(suffix);
    }
    if (name != null) {
      return p.endsWith(name) && (p.length() == name.length() || p.charAt(p.length() - name.length() - 1) == '/');
    }
    return pattern.matcher(p).matches();
  }

  /** {@link #matches} without the shortcuts, for tests that hold the two to the same answers. */
  boolean matchesPattern(String path) {
    return pattern.matcher(normalize(path)).matches();
  }

  private static String normalize(String path) {
    String p = path.replace('\\', '/');
    return p.startsWith("./") ? p.substring(2) : p;
  }

  @Override
  public String toString() {
    return glob;
  }
}
