package io.github.mnistdl4j.model.approx;

import io.github.mnistdl4j.data.Localizable;
import java.util.Locale;

/**
 * Thrown when an approximation setting is out of range, such as a hidden width of 0 or a negative
 * learning rate. It is an {@link IllegalArgumentException}, so the fault is the caller's.
 */
public class InvalidApproximationSettingException extends IllegalArgumentException
    implements Localizable {

  private final String key;
  private final Object[] arguments;

  /** Creates the exception from a key of the approximation message bundle. */
  public InvalidApproximationSettingException(String key, Object... arguments) {
    super(Localizable.format(InvalidTargetException.BUNDLE, key, Locale.ENGLISH, arguments));
    this.key = key;
    this.arguments = arguments.clone();
  }

  @Override
  public String bundleName() {
    return InvalidTargetException.BUNDLE;
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
