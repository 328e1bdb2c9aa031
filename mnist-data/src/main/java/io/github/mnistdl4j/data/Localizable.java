package io.github.mnistdl4j.data;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A problem whose message is a key in a resource bundle, so that the command-line app can show
 * it in the user's language while {@link Throwable#getMessage()} stays English for logs and
 * library callers.
 *
 * <p>Bundles are UTF-8 {@code .properties} files read with {@link MessageFormat}, so an
 * apostrophe in a message is written {@code ''}.
 */
public interface Localizable {

  /** Base name of the resource bundle that holds {@link #messageKey()}. */
  String bundleName();

  /** Key of the message pattern in the bundle. */
  String messageKey();

  /** Values for the pattern's placeholders {@code {0}, {1}, ...}. */
  Object[] messageArguments();

  /**
   * Formats the message in the given language, falling back to the English base bundle, never
   * to the JVM's default locale.
   */
  default String localizedMessage(Locale locale) {
    return format(bundleName(), messageKey(), locale,
        localizeArguments(messageArguments(), locale));
  }

  /** Replaces arguments that are messages themselves by their text in {@code locale}. */
  static Object[] localizeArguments(Object[] arguments, Locale locale) {
    Object[] localized = arguments.clone();
    for (int i = 0; i < localized.length; i++) {
      if (localized[i] instanceof Localizable nested) {
        localized[i] = nested.localizedMessage(locale);
      }
    }
    return localized;
  }

  /** Formats one message of a bundle; the shared lookup that every bundle user goes through. */
  static String format(String bundleName, String key, Locale locale, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
