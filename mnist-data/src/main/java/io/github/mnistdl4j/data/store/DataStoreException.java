package io.github.mnistdl4j.data.store;

import io.github.mnistdl4j.data.Localizable;
import java.util.Locale;

/**
 * Thrown when the MNIST tree cannot be found, imported or downloaded: an unsafe or damaged
 * archive, a failed download, a content check that fails, or no data and no way to get it. The
 * message is one line that names the file or URL and says what to do next.
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
