package io.github.mnistdl4j.model.approx;

import java.util.Comparator;
import java.util.List;

/**
 * The fits of one approximation run, one per hidden width, in the order of the settings.
 *
 * @param targetName the target's display name
 * @param inputCount the target's number of inputs, 1 or 2
 * @param settings the settings the run used
 * @param trainingPoints number of points the networks were trained on
 * @param evaluatedOnTrainingPoints whether the errors were measured on the training points,
 *     which is the case for a CSV target only
 * @param evaluation the points the errors were measured on, with the target's values
 * @param fits one fit per hidden width
 */
public record ApproximationResult(
    String targetName,
    int inputCount,
    ApproximationSettings settings,
    int trainingPoints,
    boolean evaluatedOnTrainingPoints,
    Samples evaluation,
    List<WidthFit> fits) {

  /** Copies the list of fits. */
  public ApproximationResult {
    fits = List.copyOf(fits);
  }

  /** Returns the fit with the smallest maximum error. */
  public WidthFit bestFit() {
    return fits.stream().min(Comparator.comparingDouble(WidthFit::maxAbsError)).orElseThrow();
  }

  /**
   * Returns the fit of hidden width {@code hidden}.
   *
   * @throws IllegalArgumentException if the run had no such width
   */
  public WidthFit fitOf(int hidden) {
    return fits.stream()
        .filter(fit -> fit.hidden() == hidden)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "no fit of hidden width " + hidden + "; widths were " + settings.hiddenWidths()));
  }
}
