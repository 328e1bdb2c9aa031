package io.github.mnistdl4j.data;

import java.util.Locale;

/**
 * Thrown when a caller passes an invalid setting, such as a digit outside 0..9 or the same digit
 * twice. It is an {@link IllegalArgumentException}, so the fault is the caller's.
 */
public class InvalidSettingException extends IllegalArgumentException implements Localizable {

  private final String bundle;
  private final String key;
  private final Object[] arguments;

  /** Creates the exception from a key of the data module's message bundle. */
  public InvalidSettingException(String key, Object... arguments) {
    this(InvalidDataException.BUNDLE, key, arguments);
  }

  /**
   * Creates the exception from a key of another module's or package's bundle. The arguments are
   * an explicit array, not varargs, so that a call with two strings can only mean key and value.
   */
  protected InvalidSettingException(String bundle, String key, Object[] arguments) {
    super(Localizable.format(bundle, key, Locale.ENGLISH, arguments));
    this.bundle = bundle;
    this.key = key;
    this.arguments = arguments.clone();
  }

  @Override
  public String bundleName() {
    return bundle;
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
