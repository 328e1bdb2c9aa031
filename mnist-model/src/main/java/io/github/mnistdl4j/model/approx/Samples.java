package io.github.mnistdl4j.model.approx;

import java.util.Arrays;

/**
 * Points of a target function: inputs and the function's value at each.
 *
 * @param inputs {@code [n][inputCount]}, one row per point; not copied, callers must not change it
 * @param outputs {@code [n]}, the function's value at each row of {@code inputs}; not copied
 */
public record Samples(double[][] inputs, double[] outputs) {

  /** Checks that there is one output per input row and that all rows have the same length. */
  public Samples {
    if (inputs.length != outputs.length) {
      throw new IllegalArgumentException(
          "inputs and outputs differ in length: " + inputs.length + " vs " + outputs.length);
    }
    if (inputs.length == 0) {
      throw new IllegalArgumentException("samples must hold at least one point");
    }
    int width = inputs[0].length;
    for (double[] row : inputs) {
      if (row.length != width) {
        throw new IllegalArgumentException(
            "input rows differ in length: " + width + " vs " + row.length);
      }
    }
  }

  /** Number of points. */
  public int size() {
    return outputs.length;
  }

  /** Number of inputs per point: 1 or 2 for the targets of this package. */
  public int inputCount() {
    return inputs[0].length;
  }

  /** Smallest value of input column {@code column}. */
  public double minInput(int column) {
    return Arrays.stream(inputs).mapToDouble(row -> row[column]).min().orElseThrow();
  }

  /** Largest value of input column {@code column}. */
  public double maxInput(int column) {
    return Arrays.stream(inputs).mapToDouble(row -> row[column]).max().orElseThrow();
  }
}
