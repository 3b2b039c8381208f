package dev.copydesk.core.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the hash that names what a result depends on besides a file's content (a linter's settings,
 * a file's id): the result cache's keys and entry names, the configuration's fingerprints. A file's
 * content is identified by its {@link ContentChecksum}. Stateless; thread-safe.
 */
public final class ContentHash {

  /** Length of a hash in bytes. */
  public static final int LENGTH = 32;

  private ContentHash() {}

  public static byte[] of(byte[] content) {
    return digest().digest(content);
  }

  /** A new SHA-256 digest, for hashing in parts. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public static String hex(byte[] hash) {
    return HexFormat.of().formatHex(hash);
  }
}
