package io.github.mnistdl4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class TrainerTest {

  /** Two separable classes: label 1 images are bright in the first half of the pixels. */
  private static DataSet separable(int n, float brightness) {
    SplittableRandom random = new SplittableRandom(7);
    float[] pixels = new float[n * 784];
    float[] labels = new float[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 2;
      for (int p = 0; p < 784; p++) {
        boolean lit = (p < 392) == (labels[i] == 1f);
        pixels[i * 784 + p] = lit ? brightness * (float) random.nextDouble(0.5, 1) : 0f;
      }
    }
    return new DataSet(Nd4j.create(pixels, new long[] {n, 784}, 'c'),
        Nd4j.create(labels, new long[] {n, 1}, 'c'));
  }

  @Test
  void lossFallsAndAccuracyRises() {
    DataSet data = separable(40, 1f);
    MultiLayerNetwork network = NetworkFactory.build(new NetworkSettings(8, 0.01, 11));
    List<Integer> seen = new ArrayList<>();

    TrainingResult result = Trainer.train(network, data, 30, (epoch, loss) -> seen.add(epoch));

    assertTrue(result.completed());
    assertEquals(30, result.lossPerEpoch().length);
    assertEquals(30, seen.size());
    assertEquals(1, seen.get(0));
    assertTrue(result.finalLoss() < result.lossPerEpoch()[0] / 2,
        "loss fell from " + result.lossPerEpoch()[0] + " to " + result.finalLoss());
    assertEquals(1.0, Evaluator.evaluate(network, data.getFeatures(), data.getLabels())
        .accuracy());
  }

  @Test
  void firstLossIsBeforeAnyUpdate() {
    DataSet data = separable(10, 1f);
    MultiLayerNetwork network = NetworkFactory.build(new NetworkSettings(4, 0.01, 3));
    double before = network.score(data);

    TrainingResult result = Trainer.train(network, data, 1, Trainer.EpochListener.NONE);

    assertEquals(before, result.lossPerEpoch()[0], 1e-6);
  }

  @Test
  void stopsAtNonFiniteLoss() {
    DataSet data = separable(10, 1f);
    data.getFeatures().putScalar(0, 3, Float.NaN);
    MultiLayerNetwork network = NetworkFactory.build(new NetworkSettings(4, 0.01, 3));

    TrainingResult result = Trainer.train(network, data, 50, Trainer.EpochListener.NONE);

    assertFalse(result.completed());
    assertEquals(1, result.nonFiniteEpoch().getAsInt());
    assertEquals(1, result.lossPerEpoch().length);
    assertTrue(Double.isNaN(result.finalLoss()));
  }
}
