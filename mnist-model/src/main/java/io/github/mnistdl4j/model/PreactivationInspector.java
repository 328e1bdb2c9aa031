package io.github.mnistdl4j.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Computes the output layer's pre-activation {@code u2 = relu(x W1 + b1) W2 + b2}, which the
 * lecture inspects to show why raw 0..255 pixels saturate the sigmoid.
 */
public final class PreactivationInspector {

  private PreactivationInspector() {}

  /**
   * Returns {@code u2} as {@code [n, 1]} float32 for features scaled as the caller chooses: pass
   * raw and /255 features of the same images to compare the two.
   */
  public static INDArray outputPreactivation(MultiLayerNetwork network, INDArray features) {
    INDArray hidden = network.feedForwardToLayer(NetworkFactory.HIDDEN_LAYER, features, false)
        .get(NetworkFactory.HIDDEN_LAYER + 1);
    INDArray weights = network.getLayer(NetworkFactory.OUTPUT_LAYER).getParam("W");
    INDArray bias = network.getLayer(NetworkFactory.OUTPUT_LAYER).getParam("b");
    return hidden.mmul(weights).addiRowVector(bias);
  }

  /** Summarises {@code u2} over all examples; {@code labels} are the 0/1 labels {@code [n, 1]}. */
  public static PreactivationSummary summarize(MultiLayerNetwork network, INDArray features,
      INDArray labels) {
    INDArray u2 = outputPreactivation(network, features);
    float[] preactivation = u2.toFloatVector();
    float[] yhat = Transforms.sigmoid(u2, true).toFloatVector();
    float[] y = labels.toFloatVector();

    double sumAbs = 0;
    double maxAbs = 0;
    long saturated = 0;
    long nonFinite = 0;
    for (int i = 0; i < preactivation.length; i++) {
      double magnitude = Math.abs(preactivation[i]);
      sumAbs += magnitude;
      maxAbs = Math.max(maxAbs, magnitude);
      if (yhat[i] == 1f || yhat[i] == 0f) {
        saturated++;
      }
      if (!Double.isFinite(naiveLoss(yhat[i], y[i]))) {
        nonFinite++;
      }
    }
    int n = preactivation.length;
    return new PreactivationSummary(n, n == 0 ? Double.NaN : sumAbs / n, maxAbs,
        n == 0 ? Double.NaN : (double) saturated / n, nonFinite);
  }

  /**
   * The textbook per-example loss with nothing clipped: infinite where the wrong class gets
   * probability exactly 0, NaN where {@code 0 * log(0)} appears.
   */
  static double naiveLoss(float yhat, float y) {
    return -(y * Math.log(yhat) + (1 - y) * Math.log(1 - yhat));
  }
}
