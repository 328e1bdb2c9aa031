package io.github.mnistdl4j.model.approx;

import io.github.mnistdl4j.data.Localizable;
import java.util.Locale;

/**
 * Thrown when a target cannot be used: an unknown name, a missing file or a CSV file that is not
 * a table of finite numbers under the header {@code x,y} or {@code x1,x2,y}. The message names
 * the file and, for a bad row, the line number (counting from 1, the header included).
 */
public class InvalidTargetException extends RuntimeException implements Localizable {

  static final String BUNDLE = "io.github.mnistdl4j.model.approx.messages";

  private final String key;
  private final Object[] arguments;

  /** Creates the exception from a key of the approximation message bundle. */
  public InvalidTargetException(String key, Object... arguments) {
    this(null, key, arguments);
  }

  /** Creates the exception from a message key, keeping the low-level cause. */
  public InvalidTargetException(Throwable cause, String key, Object... arguments) {
    super(Localizable.format(BUNDLE, key, Locale.ENGLISH, arguments), cause);
    this.key = key;
    this.arguments = arguments.clone();
  }

  @Override
  public String bundleName() {
    return BUNDLE;
  }

  @Override
  public String messageKey() {
    return key;
  }

  @Override
  public Object[] messageArguments() {
    return arguments.clone();
  }
}
