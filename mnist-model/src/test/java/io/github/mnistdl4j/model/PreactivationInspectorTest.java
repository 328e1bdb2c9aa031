package io.github.mnistdl4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

class PreactivationInspectorTest {

  private static INDArray pixels(float value, int n) {
    return Nd4j.valueArrayOf(new long[] {n, 784}, value, org.nd4j.linalg.api.buffer.DataType.FLOAT);
  }

  @Test
  void u2MatchesHandComputation() {
    MultiLayerNetwork network = NetworkFactory.build(new NetworkSettings(5, 0.001, 9));
    INDArray x = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 3, 784);

    INDArray u2 = PreactivationInspector.outputPreactivation(network, x);

    INDArray hidden = Transforms.relu(x.mmul(network.getLayer(0).getParam("W"))
        .addRowVector(network.getLayer(0).getParam("b")));
    INDArray expected = hidden.mmul(network.getLayer(1).getParam("W"))
        .addRowVector(network.getLayer(1).getParam("b"));
    for (int i = 0; i < 3; i++) {
      assertEquals(expected.getFloat(i, 0), u2.getFloat(i, 0), 1e-5f, "u2 of row " + i);
    }
    INDArray output = network.output(x);
    for (int i = 0; i < 3; i++) {
      assertEquals(output.getFloat(i, 0), 1 / (1 + Math.exp(-u2.getFloat(i, 0))), 1e-6,
          "sigmoid(u2) is the output, row " + i);
    }
  }

  @Test
  void rawPixelsSaturateAndBreakTextbookLoss() {
    MultiLayerNetwork network = NetworkFactory.build(new NetworkSettings(30, 0.001, 43052));
    // Every hidden unit fires equally and every output weight is 0.1, so u2 grows with the
    // pixel values: about 600 for raw pixels of 255, about 2.4 for pixels of 1.
    network.getLayer(0).setParam("W", Nd4j.valueArrayOf(new long[] {784, 30}, 0.001f));
    network.getLayer(1).setParam("W", Nd4j.valueArrayOf(new long[] {30, 1}, 0.1f));
    INDArray labels = Nd4j.create(new float[] {0, 1, 0, 1}, new long[] {4, 1});

    PreactivationSummary raw = PreactivationInspector.summarize(network, pixels(255f, 4), labels);
    PreactivationSummary unit = PreactivationInspector.summarize(network, pixels(1f, 4), labels);

    assertTrue(raw.meanAbs() > 500, "raw mean |u2| " + raw.meanAbs());
    assertEquals(1.0, raw.saturatedFraction());
    // Label 0 with yhat exactly 1 gives -log(0) = inf; label 1 gives -(1 * 0 + 0 * -inf) = NaN.
    assertEquals(4, raw.naiveLossNonFinite());
    assertTrue(unit.meanAbs() < raw.meanAbs() / 200, "unit mean |u2| " + unit.meanAbs());
    assertEquals(0.0, unit.saturatedFraction());
    assertEquals(0, unit.naiveLossNonFinite());
    assertEquals(raw.maxAbs(), raw.meanAbs(), 1e-3);
  }

  @Test
  void naiveLossSemantics() {
    assertEquals(Double.POSITIVE_INFINITY, PreactivationInspector.naiveLoss(1f, 0f));
    assertTrue(Double.isNaN(PreactivationInspector.naiveLoss(1f, 1f)));
    assertEquals(-Math.log(0.25), PreactivationInspector.naiveLoss(0.25f, 1f), 1e-12);
  }
}
