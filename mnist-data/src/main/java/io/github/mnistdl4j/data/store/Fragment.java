package io.github.mnistdl4j.data.store;

import io.github.mnistdl4j.data.Localizable;

/**
 * A piece of a message, such as the reason a download failed, kept as a key of the store's
 * bundle so that it is shown in the same language as the message around it.
 *
 * @param key message key in the store's bundle
 * @param arguments values for the pattern's placeholders
 */
record Fragment(String key, Object... arguments) implements Localizable {

  /** Formats the fragment in the given language, with nested messages in the same language. */
  @Override
  public String localizedMessage(java.util.Locale locale) {
    return Localizable.format(DataStoreException.BUNDLE, key, locale,
        DataStoreException.localize(arguments, locale));
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

  @Override
  public String toString() {
    return localizedMessage(java.util.Locale.ENGLISH);
  }
}
