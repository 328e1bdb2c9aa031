package io.github.mnistdl4j.data.store;

import io.github.mnistdl4j.data.Localizable;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Receives progress of downloads, imports and checks, so that a front end can draw a progress
 * bar. Every method has an empty default. Methods are called on the thread that runs the store
 * operation, never concurrently.
 */
public interface StoreListener {

  /** A listener that ignores everything. */
  StoreListener NONE = new StoreListener() {};

  /**
   * A download from {@code url} starts or resumes.
   *
   * @param offset bytes already on disk from an earlier try, 0 when starting over
   * @param total the archive's full size in bytes, or -1 when the server does not say
   */
  default void downloadStarted(URI url, long offset, long total) {}

  /** The download has {@code received} bytes on disk in total, counting any resumed part. */
  default void downloadProgressed(long received) {}

  /** The download from {@code url} ended, successfully or not. */
  default void downloadEnded(URI url) {}

  /**
   * A try failed and the next one starts after {@code wait}.
   *
   * @param nextAttempt number of the next try, from 2
   * @param attempts tries allowed for this URL
   * @param reason why the try failed, a message that can be shown in the user's language
   */
  default void downloadRetrying(URI url, int nextAttempt, int attempts, Duration wait,
      Localizable reason) {}

  /** Another run holds the data home's lock file; this one waits until it is released. */
  default void waitingForLock(Path lockFile) {}

  /** Extraction of {@code archive} into a temporary folder beside {@code target} starts. */
  default void importStarted(Path archive, Path target) {}

  /** The content check of the tree at {@code root} starts. */
  default void checkStarted(Path root) {}
}
