package io.github.mnistdl4j.model.experiment;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The lecture's y-against-yhat picture in numbers: for the examples of one label, how the
 * network's outputs yhat are spread.
 *
 * @param label 0 or 1
 * @param digit the digit with that label
 * @param examples number of examples with that label
 * @param meanYhat mean output
 * @param minYhat smallest output
 * @param maxYhat largest output
 * @param correct examples whose prediction (yhat > 0.5) equals the label
 * @param saturated examples whose float32 output is exactly 0.0 or 1.0
 */
public record OutputSummary(int label, int digit, long examples, double meanYhat, double minYhat,
    double maxYhat, long correct, long saturated) {

  /** Summarises the outputs {@code yhat} of the examples whose label is {@code label}. */
  public static OutputSummary of(int label, int digit, INDArray yhat, INDArray labels) {
    float[] outputs = yhat.toFloatVector();
    float[] targets = labels.toFloatVector();
    long count = 0;
    long correct = 0;
    long saturated = 0;
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < outputs.length; i++) {
      if (targets[i] != label) {
        continue;
      }
      count++;
      sum += outputs[i];
      min = Math.min(min, outputs[i]);
      max = Math.max(max, outputs[i]);
      if ((outputs[i] > 0.5f ? 1 : 0) == label) {
        correct++;
      }
      if (outputs[i] == 0f || outputs[i] == 1f) {
        saturated++;
      }
    }
    return new OutputSummary(label, digit, count, count == 0 ? Double.NaN : sum / count,
        count == 0 ? Double.NaN : min, count == 0 ? Double.NaN : max, correct, saturated);
  }
}
