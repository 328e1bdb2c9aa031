package io.github.mnistdl4j.model.approx;

import io.github.mnistdl4j.data.LocalizedException;

/**
 * Thrown when a target cannot be used: an unknown name, a missing file or a CSV file that is not
 * a table of finite numbers under the header {@code x,y} or {@code x1,x2,y}. The message names
 * the file and, for a bad row, the line number (counting from 1, the header included).
 */
public class InvalidTargetException extends LocalizedException {

  static final String BUNDLE = "io.github.mnistdl4j.model.approx.messages";

  /** Creates the exception from a key of the approximation message bundle. */
  public InvalidTargetException(String key, Object... arguments) {
    this(null, key, arguments);
  }

  /** Creates the exception from a message key, keeping the low-level cause. */
  public InvalidTargetException(Throwable cause, String key, Object... arguments) {
    super(BUNDLE, cause, key, arguments);
  }
}
