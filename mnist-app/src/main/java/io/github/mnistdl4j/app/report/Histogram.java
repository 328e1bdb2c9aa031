package io.github.mnistdl4j.app.report;

/**
 * Counts of values in equal-width bins between the smallest and the largest value.
 *
 * @param edges bin edges, one more than there are bins; bin {@code i} is
 *     {@code [edges[i], edges[i+1])}, and the last bin includes its upper edge
 * @param counts number of values per bin
 */
record Histogram(double[] edges, long[] counts) {

  /** Bins {@code values} into {@code bins} bins; a single distinct value gets a bin of width 1. */
  static Histogram of(float[] values, int bins) {
    if (values.length == 0 || bins < 1) {
      throw new IllegalArgumentException("a histogram needs values and at least one bin, had "
          + values.length + " values and " + bins + " bins");
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (float value : values) {
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    if (min == max) {
      min -= 0.5;
      max += 0.5;
    }
    double width = (max - min) / bins;
    double[] edges = new double[bins + 1];
    for (int i = 0; i <= bins; i++) {
      edges[i] = min + i * width;
    }
    long[] counts = new long[bins];
    for (float value : values) {
      int bin = (int) ((value - min) / width);
      counts[Math.min(bin, bins - 1)]++;
    }
    return new Histogram(edges, counts);
  }

  /** X values of the histogram drawn as a step line: every edge, the last edge twice. */
  double[] stepX() {
    double[] x = new double[edges.length + 1];
    System.arraycopy(edges, 0, x, 0, edges.length);
    x[edges.length] = edges[edges.length - 1];
    return x;
  }

  /**
   * Y values matching {@link #stepX}: each bin's count at its left edge, the last count repeated
   * at the right edge, then 0 to close the outline.
   */
  double[] stepY() {
    double[] y = new double[edges.length + 1];
    for (int i = 0; i < counts.length; i++) {
      y[i] = counts[i];
    }
    y[counts.length] = counts[counts.length - 1];
    y[counts.length + 1] = 0;
    return y;
  }
}
