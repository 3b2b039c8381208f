package dev.copydesk.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Copydesk's version, from the build. Thread-safe. */
public final class Version {

  private static final String VERSION = read();

  private Version() {}

  public static String current() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = Version.class.getResourceAsStream("/dev/copydesk/core/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
