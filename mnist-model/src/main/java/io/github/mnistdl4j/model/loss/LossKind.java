package io.github.mnistdl4j.model.loss;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;

/**
 * The binary cross-entropy variants a network can train with, chosen with
 * {@code --loss library|clamped|naive}. They differ only where the sigmoid output is 0 or 1, or
 * close to it.
 */
public enum LossKind {

  /**
   * DL4J's {@link LossBinaryXENT}: yhat is clipped to [1e-5, 1 - 1e-5], so the loss of one
   * example is at most about 11.5.
   */
  LIBRARY,

  /**
   * PyTorch's {@code BCELoss}: each log term is clamped to at least -100, so the loss of one
   * example is at most 100.
   */
  CLAMPED,

  /** The textbook formula with nothing clipped: inf or NaN where the float32 sigmoid is 0 or 1. */
  NAIVE;

  /** Returns a new loss function of this kind; the instances have no state. */
  public ILossFunction lossFunction() {
    return switch (this) {
      case LIBRARY -> new LossBinaryXENT();
      case CLAMPED -> new ClampedBinaryCrossEntropy();
      case NAIVE -> new NaiveBinaryCrossEntropy();
    };
  }

  /** The option value: {@code library}, {@code clamped} or {@code naive}. */
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses an option value, ignoring case and surrounding blanks.
   *
   * @throws InvalidLossException if the value names no variant
   */
  public static LossKind fromOptionValue(String value) {
    for (LossKind kind : values()) {
      if (kind.optionValue().equalsIgnoreCase(value.trim())) {
        return kind;
      }
    }
    String expected = Arrays.stream(values()).map(LossKind::optionValue)
        .collect(Collectors.joining(", "));
    throw new InvalidLossException("loss.unknown", value, expected);
  }
}
