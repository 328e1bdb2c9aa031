package io.github.mnistdl4j.data;

import java.util.Locale;

/**
 * Base of the project's unchecked exceptions whose message is a key in a resource bundle:
 * {@link #getMessage()} is English, {@link #localizedMessage(Locale)} any bundled language.
 * Arguments that are {@link Localizable} themselves are formatted in the same language.
 */
public class LocalizedException extends RuntimeException implements Localizable {

  private final String bundle;
  private final String key;
  private final Object[] arguments;

  /**
   * Creates the exception.
   *
   * @param bundle base name of the bundle that contains {@code key}
   * @param cause the low-level cause, or null
   */
  protected LocalizedException(String bundle, Throwable cause, String key, Object... arguments) {
    super(Localizable.format(bundle, key, Locale.ENGLISH,
        Localizable.localizeArguments(arguments, Locale.ENGLISH)), cause);
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
