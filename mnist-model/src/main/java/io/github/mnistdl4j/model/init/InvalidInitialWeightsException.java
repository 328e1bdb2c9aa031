package io.github.mnistdl4j.model.init;

import io.github.mnistdl4j.data.LocalizedException;

/**
 * Thrown when an initial-weights file cannot be used: it is missing or unreadable, is not JSON,
 * lacks the requested case, contains a value that is not a finite number, or has shapes that do not
 * fit each other or the network. The message names the file and the case, and says what was
 * expected and what was found.
 */
public class InvalidInitialWeightsException extends LocalizedException {

  private static final long serialVersionUID = 1L;

  static final String BUNDLE = "io.github.mnistdl4j.model.init.messages";

  /** Creates the exception from a key of the init package's message bundle. */
  public InvalidInitialWeightsException(String key, Object... arguments) {
    this(null, key, arguments);
  }

  /** Creates the exception from a message key, keeping the low-level cause. */
  public InvalidInitialWeightsException(Throwable cause, String key, Object... arguments) {
    super(BUNDLE, cause, key, arguments);
  }
}
