package io.github.mnistdl4j.data.store;

import io.github.mnistdl4j.data.Localizable;
import java.util.Locale;

/**
 * Thrown when a caller passes an invalid store setting, such as a download URL that is not
 * http or https. It is an {@link IllegalArgumentException}, so the fault is the caller's.
 */
public class InvalidStoreSettingException extends IllegalArgumentException
    implements Localizable {

  private final String key;
  private final Object[] arguments;

  /** Creates the exception from a key of the store's message bundle. */
  public InvalidStoreSettingException(String key, Object... arguments) {
    super(Localizable.format(DataStoreException.BUNDLE, key, Locale.ENGLISH, arguments));
    this.key = key;
    this.arguments = arguments.clone();
  }

  @Override
  public String bundleName() {
    return DataStoreException.BUNDLE;
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
