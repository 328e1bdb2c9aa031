package io.github.mnistdl4j.data.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file and folder under a folder with a digest of each file's content, to show that a
 * failed operation wrote, changed and deleted nothing. The lock file is left out because taking
 * the lock creates it.
 */
record HomeSnapshot(Map<String, String> entries) {

  static HomeSnapshot of(Path root) {
    Map<String, String> entries = new TreeMap<>();
    if (!Files.exists(root)) {
      return new HomeSnapshot(entries);
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        String name = root.relativize(path).toString();
        if (name.equals(StoreLock.FILE_NAME)) {
          continue;
        }
        entries.put(name, Files.isDirectory(path) ? "folder" : digest(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new HomeSnapshot(entries);
  }

  private static String digest(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
