package io.github.mnistdl4j.data.store;

import io.github.mnistdl4j.data.InvalidSettingException;

/**
 * Thrown when a caller passes an invalid store setting, such as a download URL that is not
 * http or https. It is an {@link IllegalArgumentException}, so the fault is the caller's.
 */
public class InvalidStoreSettingException extends InvalidSettingException {

  /** Creates the exception from a key of the store's message bundle. */
  public InvalidStoreSettingException(String key, Object... arguments) {
    super(DataStoreException.BUNDLE, key, arguments);
  }
}
