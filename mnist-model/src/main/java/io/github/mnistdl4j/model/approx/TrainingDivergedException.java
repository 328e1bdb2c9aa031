package io.github.mnistdl4j.model.approx;

import io.github.mnistdl4j.data.LocalizedException;

/**
 * Thrown when a fit ends with a network output that is NaN or infinite, which happens when the
 * learning rate is too large for the target.
 */
public class TrainingDivergedException extends LocalizedException {

  /** Creates the exception for the hidden width and learning rate that diverged. */
  public TrainingDivergedException(int hidden, double learningRate) {
    super(InvalidTargetException.BUNDLE, null, "fit.diverged", Integer.toString(hidden),
        ApproximationSettings.plain(learningRate));
  }
}
