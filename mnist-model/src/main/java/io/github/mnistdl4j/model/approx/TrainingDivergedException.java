package io.github.mnistdl4j.model.approx;

import io.github.mnistdl4j.data.Localizable;
import java.util.Locale;

/**
 * Thrown when a fit ends with a network output that is NaN or infinite, which happens when the
 * learning rate is too large for the target.
 */
public class TrainingDivergedException extends RuntimeException implements Localizable {

  private final Object[] arguments;

  /** Creates the exception for the hidden width and learning rate that diverged. */
  public TrainingDivergedException(int hidden, double learningRate) {
    this(new Object[] {Integer.toString(hidden), ApproximationSettings.plain(learningRate)});
  }

  private TrainingDivergedException(Object[] arguments) {
    super(Localizable.format(InvalidTargetException.BUNDLE, "fit.diverged", Locale.ENGLISH,
        arguments));
    this.arguments = arguments;
  }

  @Override
  public String bundleName() {
    return InvalidTargetException.BUNDLE;
  }

  @Override
  public String messageKey() {
    return "fit.diverged";
  }

  @Override
  public Object[] messageArguments() {
    return arguments.clone();
  }
}
