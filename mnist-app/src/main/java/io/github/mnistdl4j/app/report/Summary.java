package io.github.mnistdl4j.app.report;

/**
 * Summary statistics of one array of pre-activations, as the report's table shows them.
 *
 * @param count number of values
 * @param min smallest value
 * @param max largest value
 * @param mean arithmetic mean
 * @param meanAbs mean of the absolute values
 * @param maxAbs largest absolute value
 * @param standardDeviation population standard deviation
 * @param saturatedShare share of values with {@code |value| > SATURATION}, 0..1
 */
record Summary(long count, double min, double max, double mean, double meanAbs, double maxAbs,
    double standardDeviation, double saturatedShare) {

  /**
   * |u2| above which the sigmoid counts as saturated: sigmoid(10) is 0.99995 and its gradient
   * sigmoid(10) * (1 - sigmoid(10)) is about 4.5e-5, so such an example barely moves the weights.
   */
  static final double SATURATION = 10;

  /** Summarizes a non-empty array; sums run in double to keep float rounding out of the mean. */
  static Summary of(float[] values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    double sumAbs = 0;
    long saturated = 0;
    for (float value : values) {
      min = Math.min(min, value);
      max = Math.max(max, value);
      sum += value;
      sumAbs += Math.abs(value);
      if (Math.abs(value) > SATURATION) {
        saturated++;
      }
    }
    double mean = sum / values.length;
    double squares = 0;
    for (float value : values) {
      squares += (value - mean) * (value - mean);
    }
    return new Summary(values.length, min, max, mean, sumAbs / values.length,
        Math.max(Math.abs(min), Math.abs(max)), Math.sqrt(squares / values.length),
        (double) saturated / values.length);
  }
}
