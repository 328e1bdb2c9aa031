package io.github.mnistdl4j.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file in the same folder that is then moved over the target,
 * so the target is either the old file or the complete new one, never half-written.
 */
final class AtomicFile {

  /** Writes the content of a file to the path it is given. */
  @FunctionalInterface
  interface Content {
    void writeTo(Path file) throws IOException;
  }

  private AtomicFile() {}

  /**
   * Writes {@code target} atomically.
   *
   * @param description what the file is, for the error message, e.g. "the chart"
   * @throws UncheckedIOException if the folder does not exist or a write or the move fails
   */
  static void write(Path target, String description, Content content) {
    Path temporary = null;
    try {
      temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".report-", ".tmp");
      content.writeTo(temporary);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new UncheckedIOException("Cannot write " + description + " " + target, e);
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // The write already failed; that error is the one to report.
    }
  }
}
