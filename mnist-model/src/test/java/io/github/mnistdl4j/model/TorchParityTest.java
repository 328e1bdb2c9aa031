package io.github.mnistdl4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.PairData;
import io.github.mnistdl4j.data.PairLoader;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.data.Split;
import io.github.mnistdl4j.data.testing.RealMnist;
import io.github.mnistdl4j.model.init.InitialWeights;
import io.github.mnistdl4j.model.loss.ClampedBinaryCrossEntropy;
import io.github.mnistdl4j.model.loss.NaiveBinaryCrossEntropy;
import java.nio.file.Path;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * Real-data tier: with PyTorch's initial weights loaded, the untrained network computes PyTorch's
 * losses and output pre-activations. Every failure message shows the measured value.
 */
class TorchParityTest {

  private static final double RELATIVE_TOLERANCE = 1e-4;
  private static final int FIRST_OBSERVATIONS = 10;
  private static final IActivation SIGMOID = new ActivationSigmoid();

  private static MultiLayerNetwork networkWithTorchWeights(String caseName, ILossFunction loss) {
    InitialWeights weights = InitialWeights.load(TorchReference.file(), caseName);
    JsonNode reference = TorchReference.testCase(caseName);
    MultiLayerNetwork network = NetworkFactory.build(new NetworkSettings(weights.hiddenSize(),
        LectureDefaults.LEARNING_RATE, reference.get("seed").asLong()), loss);
    weights.apply(network);
    return network;
  }

  private static void assertRelative(double expected, double actual, String description) {
    assertEquals(expected, actual, RELATIVE_TOLERANCE * Math.abs(expected),
        description + ": expected " + expected + ", measured " + actual);
  }

  @Test
  void saturationCaseMatchesTorch() {
    Path tree = RealMnist.treeOrSkip();
    JsonNode reference = TorchReference.testCase("saturation_0v1_seed9");
    JsonNode first = reference.get("first_observations");
    PairData raw = PairLoader.open(tree).load(Split.TRAINING, DigitPair.HOMEWORK, PixelScale.RAW);
    assertEquals(reference.get("examples").asInt(), raw.size(), "0-vs-1 training examples");

    ClampedBinaryCrossEntropy clamped = new ClampedBinaryCrossEntropy();
    MultiLayerNetwork network = networkWithTorchWeights("saturation_0v1_seed9", clamped);
    INDArray u2Raw = PreactivationInspector.outputPreactivation(network, raw.features());
    INDArray u2Unit = PreactivationInspector.outputPreactivation(network,
        raw.withScale(PixelScale.UNIT).features());
    for (int i = 0; i < FIRST_OBSERVATIONS; i++) {
      assertRelative(first.get("u2_raw").get(i).asDouble(), u2Raw.getDouble(i, 0),
          "u2 raw of observation " + i);
      assertRelative(first.get("u2_scaled").get(i).asDouble(), u2Unit.getDouble(i, 0),
          "u2 /255 of observation " + i);
    }

    INDArray labels = raw.labels();
    double[] clampedLosses = clamped.computeScoreArray(labels, u2Raw, SIGMOID, null)
        .toDoubleVector();
    for (int i = 0; i < FIRST_OBSERVATIONS; i++) {
      assertRelative(first.get("torch_bce_raw").get(i).asDouble(), clampedLosses[i],
          "clamped loss of observation " + i);
    }
    double clampedMean = clamped.computeScore(labels, u2Raw, SIGMOID, null, true);
    assertRelative(reference.get("torch_bce_mean_raw").asDouble(), clampedMean,
        "mean clamped loss");
    double networkScore = network.score(new DataSet(raw.features(), labels));
    assertRelative(reference.get("torch_bce_mean_raw").asDouble(), networkScore,
        "score of the network with the clamped loss");

    NaiveBinaryCrossEntropy naive = new NaiveBinaryCrossEntropy();
    double naiveMean = naive.computeScore(labels, u2Raw, SIGMOID, null, true);
    assertTrue(Double.isNaN(TorchReference.number(reference.get("naive_bce_mean_raw"))),
        "the reference's naive mean is NaN");
    assertTrue(Double.isNaN(naiveMean), "naive mean: expected NaN, measured " + naiveMean);
    double[] naiveLosses = naive.computeScoreArray(labels, u2Raw, SIGMOID, null).toDoubleVector();
    for (int i = 0; i < FIRST_OBSERVATIONS; i++) {
      double expected = TorchReference.number(first.get("naive_bce_raw").get(i));
      String description = "naive loss of observation " + i + ": expected " + expected
          + ", measured " + naiveLosses[i];
      assertEquals(Double.isInfinite(expected), Double.isInfinite(naiveLosses[i]), description);
      if (Double.isFinite(expected)) {
        assertEquals(expected, naiveLosses[i], RELATIVE_TOLERANCE * Math.abs(expected),
            description);
      }
    }

    float[] yhat = SIGMOID.getActivation(u2Raw.dup(), false).toFloatVector();
    long saturated = 0;
    for (float value : yhat) {
      if (value == 1.0f || value == 0.0f) {
        saturated++;
      }
    }
    double fraction = (double) saturated / yhat.length;
    double expectedFraction = reference.get("fraction_float32_saturated_raw").asDouble();
    assertEquals(expectedFraction, fraction, 0.001, "fraction of float32-saturated outputs:"
        + " expected " + expectedFraction + ", measured " + fraction + " (" + saturated + " of "
        + yhat.length + ")");
  }

  @Test
  void lectureFirstClampedLossMatchesTorch() {
    Path tree = RealMnist.treeOrSkip();
    JsonNode reference = TorchReference.testCase("lecture_3v7");
    PairData raw = PairLoader.open(tree).load(Split.TRAINING, DigitPair.LECTURE, PixelScale.RAW);
    assertEquals(reference.get("examples").asInt(), raw.size(), "3-vs-7 training examples");

    MultiLayerNetwork network = networkWithTorchWeights("lecture_3v7",
        new ClampedBinaryCrossEntropy());
    double score = network.score(new DataSet(raw.features(), raw.labels()));

    assertRelative(reference.get("loss_before_each_epoch").get(0).asDouble(), score,
        "clamped loss before the first update");
  }
}
