package io.github.mnistdl4j.model.approx;

import io.github.mnistdl4j.data.InvalidSettingException;

/**
 * Thrown when an approximation setting is out of range, such as a hidden width of 0 or a negative
 * learning rate. It is an {@link IllegalArgumentException}, so the fault is the caller's.
 */
public class InvalidApproximationSettingException extends InvalidSettingException {

  /** Creates the exception from a key of the approximation message bundle. */
  public InvalidApproximationSettingException(String key, Object... arguments) {
    super(InvalidTargetException.BUNDLE, key, arguments);
  }
}
