package io.github.mnistdl4j.app.report;

import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.data.Localizable;
import io.github.mnistdl4j.data.Split;
import java.util.Locale;
import java.util.Objects;

/**
 * Labels of the report and its charts in one language, from the bundle
 * {@code io.github.mnistdl4j.app.i18n.report}: Korean for a Korean locale, English otherwise.
 */
final class ReportText {

  static final String BUNDLE = Text.bundleName("report");

  private final Locale locale;

  ReportText(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  Locale locale() {
    return locale;
  }

  /** Formats the message {@code key} with {@link java.text.MessageFormat}. */
  String get(String key, Object... arguments) {
    return Localizable.format(BUNDLE, key, locale, arguments);
  }

  /** Name of a split as a reader knows it: training data or test data. */
  String split(Split split) {
    return get("split." + split.folderName());
  }
}
