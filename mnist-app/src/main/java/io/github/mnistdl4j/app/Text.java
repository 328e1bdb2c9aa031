package io.github.mnistdl4j.app;

import io.github.mnistdl4j.data.Localizable;
import java.util.Locale;

/**
 * User-facing text of one command area, read from a resource bundle under
 * {@code io/github/mnistdl4j/app/i18n/}: {@code NAME.properties} in English and
 * {@code NAME_ko.properties} in Korean. The language is the JVM's default locale, which
 * {@link MnistApp#main} sets from {@code --lang} before any command runs. Log lines stay English
 * and do not go through this class.
 */
public final class Text {

  private final String bundleName;

  /** Text from the bundle {@code io.github.mnistdl4j.app.i18n.NAME}. */
  public Text(String name) {
    this.bundleName = bundleName(name);
  }

  /** Full bundle base name for a short name, as picocli's {@code resourceBundle} needs it. */
  public static String bundleName(String name) {
    return "io.github.mnistdl4j.app.i18n." + name;
  }

  /** Formats the message {@code key} with {@link java.text.MessageFormat} in the current language. */
  public String get(String key, Object... arguments) {
    return Localizable.format(bundleName, key, Locale.getDefault(), arguments);
  }
}
