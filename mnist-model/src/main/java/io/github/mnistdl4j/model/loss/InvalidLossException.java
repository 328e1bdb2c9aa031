package io.github.mnistdl4j.model.loss;

import io.github.mnistdl4j.data.InvalidSettingException;

/**
 * Thrown when a loss option names no variant. It is an {@link IllegalArgumentException}, so the
 * fault is the caller's, and its message lists the valid values.
 */
public class InvalidLossException extends InvalidSettingException {

  private static final long serialVersionUID = 1L;

  static final String BUNDLE = "io.github.mnistdl4j.model.loss.messages";

  /** Creates the exception from a key of the loss package's message bundle. */
  public InvalidLossException(String key, Object... arguments) {
    super(BUNDLE, key, arguments);
  }
}
