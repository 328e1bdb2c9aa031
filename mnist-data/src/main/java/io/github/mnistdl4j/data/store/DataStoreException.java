package io.github.mnistdl4j.data.store;

import io.github.mnistdl4j.data.Localizable;
import java.util.Locale;

/**
 * Thrown when the MNIST tree cannot be found, imported or downloaded: an unsafe or damaged
 * archive, a failed download, a content check that fails, or no data and no way to get it. The
 * message is one line that names the file or URL and states what to do next.
 */
public class DataStoreException extends RuntimeException implements Localizable {

  static final String BUNDLE = "io.github.mnistdl4j.data.store.messages";

  private final String key;
  private final Object[] arguments;

  /** Creates the exception from a key of the store's message bundle. */
  public DataStoreException(String key, Object... arguments) {
    this(null, key, arguments);
  }

  /** Creates the exception from a message key, keeping the low-level cause. */
  public DataStoreException(Throwable cause, String key, Object... arguments) {
    super(Localizable.format(BUNDLE, key, Locale.ENGLISH, localize(arguments, Locale.ENGLISH)),
        cause);
    this.key = key;
    this.arguments = arguments.clone();
  }

  /** Formats the message in the given language, with nested messages in the same language. */
  @Override
  public String localizedMessage(Locale locale) {
    return Localizable.format(BUNDLE, key, locale, localize(arguments, locale));
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

  /** Replaces arguments that are messages themselves by their text in {@code locale}. */
  static Object[] localize(Object[] arguments, Locale locale) {
    Object[] localized = arguments.clone();
    for (int i = 0; i < localized.length; i++) {
      if (localized[i] instanceof Localizable nested) {
        localized[i] = nested.localizedMessage(locale);
      }
    }
    return localized;
  }
}
