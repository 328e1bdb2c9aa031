package io.github.mnistdl4j.model;

/**
 * Accuracy as the lecture defines it, with the confusion counts behind it. "Positive" is label 1,
 * the pair's second digit.
 *
 * @param examples number of examples
 * @param truePositives label 1 predicted as 1
 * @param falsePositives label 0 predicted as 1
 * @param trueNegatives label 0 predicted as 0
 * @param falseNegatives label 1 predicted as 0
 */
public record BinaryEvaluation(long examples, long truePositives, long falsePositives,
    long trueNegatives, long falseNegatives) {

  /** Fraction of examples whose prediction equals the label; NaN for no examples. */
  public double accuracy() {
    return examples == 0 ? Double.NaN : (double) (truePositives + trueNegatives) / examples;
  }

  /** Number of examples whose prediction equals the label. */
  public long correct() {
    return truePositives + trueNegatives;
  }
}
