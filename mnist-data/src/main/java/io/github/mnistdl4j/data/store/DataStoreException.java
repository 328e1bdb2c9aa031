package io.github.mnistdl4j.data.store;

import io.github.mnistdl4j.data.LocalizedException;

/**
 * Thrown when the MNIST tree cannot be found, imported or downloaded: an unsafe or damaged
 * archive, a failed download, a content check that fails, or no data and no way to get it. The
 * message is one line that names the file or URL and states what to do next.
 */
public class DataStoreException extends LocalizedException {

  static final String BUNDLE = "io.github.mnistdl4j.data.store.messages";

  /** Creates the exception from a key of the store's message bundle. */
  public DataStoreException(String key, Object... arguments) {
    this(null, key, arguments);
  }

  /** Creates the exception from a message key, keeping the low-level cause. */
  public DataStoreException(Throwable cause, String key, Object... arguments) {
    super(BUNDLE, cause, key, arguments);
  }
}
