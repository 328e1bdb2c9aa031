package io.github.mnistdl4j.app.experiment;

import java.util.Locale;

/** The experiments that {@code experiment NAME} runs, by their command-line names. */
public enum ExperimentName {
  LECTURE_3V7("lecture-3v7"),
  HOMEWORK_0V1("homework-0v1"),
  LOSS_SATURATION("loss-saturation"),
  SCALING("scaling");

  private final String optionValue;

  ExperimentName(String optionValue) {
    this.optionValue = optionValue;
  }

  /** The name on the command line. */
  public String optionValue() {
    return optionValue;
  }

  @Override
  public String toString() {
    return optionValue;
  }

  /** Parses a command-line name, ignoring case; null when no experiment has that name. */
  static ExperimentName fromOptionValue(String value) {
    for (ExperimentName name : values()) {
      if (name.optionValue.equals(value.trim().toLowerCase(Locale.ROOT))) {
        return name;
      }
    }
    return null;
  }
}
