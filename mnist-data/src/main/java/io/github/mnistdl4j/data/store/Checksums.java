package io.github.mnistdl4j.data.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checksums of archive files, as lower-case hex. */
final class Checksums {

  private Checksums() {}

  /** SHA-256 of a whole file. */
  static String sha256(Path file) {
    return digest(file, "SHA-256", Long.MAX_VALUE);
  }

  /** MD5 of the first {@code limit} bytes of a file, or of the whole file if it is shorter. */
  static String md5OfPrefix(Path file, long limit) {
    return digest(file, "MD5", limit);
  }

  private static String digest(Path file, String algorithm, long limit) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required of every JDK", e);
    }
    byte[] buffer = new byte[64 * 1024];
    long remaining = limit;
    try (InputStream in = Files.newInputStream(file)) {
      int count;
      while (remaining > 0
          && (count = in.read(buffer, 0, (int) Math.min(buffer.length, remaining))) != -1) {
        digest.update(buffer, 0, count);
        remaining -= count;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
