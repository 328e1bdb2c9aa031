package io.github.mnistdl4j.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Accuracy by the lecture's formula: predict 1 where yhat > 0.5, else 0, and compare with y. */
public final class Evaluator {

  private Evaluator() {}

  /**
   * Evaluates the network on scaled features; {@code features} must be scaled as the network was
   * trained.
   */
  public static BinaryEvaluation evaluate(MultiLayerNetwork network, INDArray features,
      INDArray labels) {
    return evaluate(network.output(features, false), labels);
  }

  /**
   * Counts agreements between predictions {@code yhat > 0.5} and labels; both arrays are
   * {@code [n, 1]}. A NaN output counts as predicting 0, as {@code yhat > 0.5} is false for NaN.
   */
  public static BinaryEvaluation evaluate(INDArray yhat, INDArray labels) {
    if (yhat.length() != labels.length()) {
      throw new IllegalArgumentException("yhat has " + yhat.length() + " values but labels have "
          + labels.length());
    }
    if (yhat.isEmpty()) {
      return new BinaryEvaluation(0, 0, 0, 0, 0);
    }
    float[] predicted = yhat.toFloatVector();
    float[] actual = labels.toFloatVector();
    long tp = 0;
    long fp = 0;
    long tn = 0;
    long fn = 0;
    for (int i = 0; i < predicted.length; i++) {
      boolean predictedPositive = predicted[i] > LectureDefaults.THRESHOLD;
      boolean positive = actual[i] == 1f;
      if (predictedPositive && positive) {
        tp++;
      } else if (predictedPositive) {
        fp++;
      } else if (positive) {
        fn++;
      } else {
        tn++;
      }
    }
    return new BinaryEvaluation(predicted.length, tp, fp, tn, fn);
  }
}
