package io.github.mnistdl4j.model.init;

import io.github.mnistdl4j.data.Localizable;
import java.util.Locale;

/**
 * Thrown when an initial-weights file cannot be used: it is missing or unreadable, is not JSON,
 * lacks the requested case, contains a value that is not a finite number, or has shapes that do not
 * fit each other or the network. The message names the file and the case, and says what was
 * expected and what was found.
 */
public class InvalidInitialWeightsException extends RuntimeException implements Localizable {

  private static final long serialVersionUID = 1L;

  static final String BUNDLE = "io.github.mnistdl4j.model.init.messages";

  private final String key;
  private final Object[] arguments;

  /** Creates the exception from a key of the init package's message bundle. */
  public InvalidInitialWeightsException(String key, Object... arguments) {
    this(null, key, arguments);
  }

  /** Creates the exception from a message key, keeping the low-level cause. */
  public InvalidInitialWeightsException(Throwable cause, String key, Object... arguments) {
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
