package dev.copydesk.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * LanguageTool brings Guava 33.3.1, whose futures call {@code sun.misc.Unsafe}: Java 24 and later then
 * print four lines of warnings on every run that loads the tagger. The build pins a later Guava, and this
 * test fails if the pin is dropped or lowered below 33.4.5, the first release without that call on Java 9+.
 */
class GuavaVersionTest {

  @Test
  void guavaOnTheClassPathNoLongerUsesUnsafe() throws IOException {
    Properties p = new Properties();
    try (InputStream in = com.google.common.base.Preconditions.class.getResourceAsStream(
        "/META-INF/maven/com.google.guava/guava/pom.properties")) {
      assertNotNull(in, "Guava's pom.properties");
      p.load(in);
    }
    String version = p.getProperty("version");
    int[] v = parts(version.replaceFirst("-.*", ""));
    assertTrue(compare(v, new int[] {33, 4, 5}) >= 0, "Guava " + version + " calls sun.misc.Unsafe; the pin is 33.4.5 or later");
  }

  private static int[] parts(String version) {
    String[] s = version.split("\\.");
    int[] out = new int[3];
    for (int i = 0; i < Math.min(3, s.length); i++) {
      out[i] = Integer.parseInt(s[i]);
    }
    return out;
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < 3; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }
}
