package io.github.mnistdl4j.model.loss;

import io.github.mnistdl4j.data.Localizable;
import java.util.Locale;

/**
 * Thrown when a loss option names no variant. It is an {@link IllegalArgumentException}, so the
 * fault is the caller's, and its message lists the valid values.
 */
public class InvalidLossException extends IllegalArgumentException implements Localizable {

  private static final long serialVersionUID = 1L;

  static final String BUNDLE = "io.github.mnistdl4j.model.loss.messages";

  private final String key;
  private final Object[] arguments;

  /** Creates the exception from a key of the loss package's message bundle. */
  public InvalidLossException(String key, Object... arguments) {
    super(Localizable.format(BUNDLE, key, Locale.ENGLISH, arguments));
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
