package io.github.mnistdl4j.data.store;

import io.github.mnistdl4j.data.Localizable;
import java.util.Locale;

/**
 * The reason one download attempt failed, and whether trying the same URL again can help. It
 * stays inside the store, because callers see a {@link DataStoreException} that carries the reason.
 */
final class DownloadFailure extends Exception {

  private final transient Localizable reason;
  private final boolean retryable;

  DownloadFailure(Localizable reason, boolean retryable, Throwable cause) {
    super(reason.localizedMessage(Locale.ENGLISH), cause);
    this.reason = reason;
    this.retryable = retryable;
  }

  /** Returns the reason, which can be shown in the user's language. */
  Localizable reason() {
    return reason;
  }

  /**
   * Returns whether another try of the same URL may succeed: timeouts, server errors, cut bodies.
   */
  boolean retryable() {
    return retryable;
  }
}
