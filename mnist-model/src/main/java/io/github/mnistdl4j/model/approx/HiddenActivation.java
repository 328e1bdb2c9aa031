package io.github.mnistdl4j.model.approx;

import java.util.Locale;
import org.nd4j.linalg.activations.Activation;

/** Activation function of the hidden layer. */
public enum HiddenActivation {

  /** The logistic sigmoid 1 / (1 + e^-z), the activation of Cybenko's theorem (1989). */
  SIGMOID(Activation.SIGMOID),

  /** max(0, z), which networks use in the same role today. */
  RELU(Activation.RELU);

  private final Activation dl4jActivation;

  HiddenActivation(Activation dl4jActivation) {
    this.dl4jActivation = dl4jActivation;
  }

  /** Returns the name users type and JSON files contain: {@code sigmoid} or {@code relu}. */
  public String displayName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the Deeplearning4j activation that implements this function. */
  Activation dl4jActivation() {
    return dl4jActivation;
  }

  /**
   * Parses {@code sigmoid} or {@code relu}, ignoring case.
   *
   * @throws InvalidApproximationSettingException for any other value
   */
  public static HiddenActivation parse(String value) {
    for (HiddenActivation activation : values()) {
      if (activation.displayName().equalsIgnoreCase(value.strip())) {
        return activation;
      }
    }
    throw new InvalidApproximationSettingException("activation.invalid", value);
  }
}
