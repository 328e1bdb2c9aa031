package io.github.mnistdl4j.model.approx;

import java.util.Arrays;

/**
 * An affine map per column from a value range to [-1, 1], so that a network with small initial
 * weights gets inputs and outputs of order 1 whatever units a CSV file uses.
 */
record Rescaling(double[] inputCenters, double[] inputHalfRanges, double outputCenter,
    double outputHalfRange) {

  /** Returns the map that leaves every value as it is. */
  static Rescaling identity(int inputCount) {
    double[] zeros = new double[inputCount];
    double[] ones = new double[inputCount];
    Arrays.fill(ones, 1);
    return new Rescaling(zeros, ones, 0, 1);
  }

  /** Returns the map that sends each column's smallest value to -1 and largest to 1. */
  static Rescaling toUnitRange(Samples samples) {
    int inputCount = samples.inputCount();
    double[] centers = new double[inputCount];
    double[] halfRanges = new double[inputCount];
    for (int column = 0; column < inputCount; column++) {
      double min = samples.minInput(column);
      double max = samples.maxInput(column);
      centers[column] = (min + max) / 2;
      halfRanges[column] = halfRange(min, max);
    }
    double min = Arrays.stream(samples.outputs()).min().orElseThrow();
    double max = Arrays.stream(samples.outputs()).max().orElseThrow();
    return new Rescaling(centers, halfRanges, (min + max) / 2, halfRange(min, max));
  }

  /** Inputs mapped to the network's range, as {@code [n][inputCount]}. */
  double[][] scaleInputs(double[][] inputs) {
    double[][] scaled = new double[inputs.length][];
    for (int row = 0; row < inputs.length; row++) {
      scaled[row] = new double[inputs[row].length];
      for (int column = 0; column < inputs[row].length; column++) {
        scaled[row][column] = (inputs[row][column] - inputCenters[column])
            / inputHalfRanges[column];
      }
    }
    return scaled;
  }

  /** Outputs mapped to the network's range. */
  double[] scaleOutputs(double[] outputs) {
    double[] scaled = new double[outputs.length];
    for (int row = 0; row < outputs.length; row++) {
      scaled[row] = (outputs[row] - outputCenter) / outputHalfRange;
    }
    return scaled;
  }

  /** Network outputs mapped back to the target's units; changes {@code outputs} in place. */
  double[] unscaleOutputs(double[] outputs) {
    for (int row = 0; row < outputs.length; row++) {
      outputs[row] = outputs[row] * outputHalfRange + outputCenter;
    }
    return outputs;
  }

  /** Half the width of [min, max], or 1 for a constant column so that nothing divides by 0. */
  private static double halfRange(double min, double max) {
    return max > min ? (max - min) / 2 : 1;
  }
}
