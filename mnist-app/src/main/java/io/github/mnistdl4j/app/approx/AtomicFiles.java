package io.github.mnistdl4j.app.approx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writes files so that a reader sees the old content or the new, never a part. */
final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes {@code bytes} to a temporary file beside {@code file} and moves it into place. Creates
   * missing parent folders. The new file gets the default permissions of a new file.
   *
   * @throws UncheckedIOException when a folder cannot be created or the file cannot be written
   */
  static void write(Path file, byte[] bytes) {
    Path absolute = file.toAbsolutePath();
    Path folder = absolute.getParent();
    // Files.createTempFile would make the file readable by its owner only.
    Path temporary = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID()
        + ".tmp");
    try {
      Files.createDirectories(folder);
      Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW);
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  private static void deleteQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // The original error matters more; a leftover hidden .tmp file does no harm.
    }
  }
}
