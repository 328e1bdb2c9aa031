package io.github.mnistdl4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.PairData;
import io.github.mnistdl4j.data.PairLoader;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.data.Split;
import io.github.mnistdl4j.data.testing.RealMnist;
import io.github.mnistdl4j.model.NetworkFactory.TrainingPath;
import io.github.mnistdl4j.model.loss.NaiveBinaryCrossEntropy;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;

/**
 * The optimized training path must train exactly as DL4J's standard one: the same loss in every
 * epoch within 1e-4 relative, the same accuracy and the same gradients within float rounding.
 */
class TrainingPathEquivalenceTest {

  private static final double RELATIVE_TOLERANCE = 1e-4;

  /**
   * Images of 0..255 pixels like MNIST: label 1 lights the upper half, label 0 the lower, and a
   * border three pixels wide stays 0 in every image.
   */
  private static DataSet rawPixelImages(int n) {
    SplittableRandom random = new SplittableRandom(5);
    float[] pixels = new float[n * 784];
    float[] labels = new float[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 2;
      for (int p = 0; p < 784; p++) {
        int row = p / 28;
        int column = p % 28;
        boolean border = row < 3 || row > 24 || column < 3 || column > 24;
        boolean lit = !border && (p < 392) == (labels[i] == 1f) && random.nextDouble() < 0.3;
        pixels[i * 784 + p] = lit ? random.nextInt(1, 256) : 0f;
      }
    }
    return new DataSet(Nd4j.create(pixels, new long[] {n, 784}, 'c'),
        Nd4j.create(labels, new long[] {n, 1}, 'c'));
  }

  private static MultiLayerNetwork build(TrainingPath path, NetworkSettings settings) {
    return NetworkFactory.build(settings, new LossBinaryXENT(), path);
  }

  private static void assertSameLosses(TrainingResult standard, TrainingResult optimized) {
    double[] expected = standard.lossPerEpoch();
    double[] actual = optimized.lossPerEpoch();
    assertEquals(expected.length, actual.length, "epochs that ran");
    for (int epoch = 0; epoch < expected.length; epoch++) {
      double relative = Math.abs(actual[epoch] - expected[epoch]) / Math.abs(expected[epoch]);
      assertTrue(relative <= RELATIVE_TOLERANCE, "epoch " + (epoch + 1) + ": standard loss "
          + expected[epoch] + ", optimized " + actual[epoch] + ", relative difference "
          + relative);
    }
  }

  @Test
  void optimizedNetworkUsesTheShortcutForTheLectureNetwork() {
    MultiLayerNetwork network = NetworkFactory.build(new NetworkSettings(30, 0.001, 43052));

    OptimizedNetwork optimized = assertInstanceOf(OptimizedNetwork.class, network);
    assertTrue(optimized.usesFirstLayerShortcut());
    assertInstanceOf(FirstDenseLayer.class, network.getLayer(0));
    assertInstanceOf(StepOutputLayer.class, network.getLayer(1));
  }

  @Test
  void lossPerEpochAndAccuracyMatchTheStandardPath() {
    DataSet data = rawPixelImages(200);
    NetworkSettings settings = new NetworkSettings(16, 0.001, 43052);
    MultiLayerNetwork standard = build(TrainingPath.STANDARD, settings);
    MultiLayerNetwork optimized = build(TrainingPath.OPTIMIZED, settings);
    assertEquals(standard.params(), optimized.params(), "initial weights");

    TrainingResult standardResult = Trainer.train(standard, data, 60, Trainer.EpochListener.NONE);
    TrainingResult optimizedResult = Trainer.train(optimized, data, 60,
        Trainer.EpochListener.NONE);

    assertSameLosses(standardResult, optimizedResult);
    assertEquals(60, ((OptimizedNetwork) optimized).firstLayer().fixedInputSteps(),
        "training steps that skipped the all-zero border columns");
    assertTrue(standardResult.finalLoss() < standardResult.lossPerEpoch()[0],
        "the comparison needs a run that learns: " + standardResult);
    assertEquals(Evaluator.evaluate(standard, data.getFeatures(), data.getLabels()),
        Evaluator.evaluate(optimized, data.getFeatures(), data.getLabels()));
    INDArray difference = standard.params().sub(optimized.params());
    double maxDifference = difference.amaxNumber().doubleValue();
    assertTrue(maxDifference < 1e-4, "largest parameter difference " + maxDifference);
  }

  @Test
  void fixedInputWithoutZeroColumnsOrWithOnlyZeroColumnsMatches() {
    SplittableRandom random = new SplittableRandom(9);
    float[] dense = new float[30 * 784];
    for (int i = 0; i < dense.length; i++) {
      dense[i] = random.nextInt(1, 256);
    }
    float[] labels = new float[30];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = i % 3 == 0 ? 1f : 0f;
    }
    INDArray labelColumn = Nd4j.create(labels, new long[] {30, 1}, 'c');
    for (DataSet data : List.of(
        new DataSet(Nd4j.create(dense, new long[] {30, 784}, 'c'), labelColumn),
        new DataSet(Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, 30, 784),
            labelColumn))) {
      NetworkSettings settings = new NetworkSettings(6, 0.01, 3);
      TrainingResult standard = Trainer.train(build(TrainingPath.STANDARD, settings), data, 15,
          Trainer.EpochListener.NONE);
      MultiLayerNetwork optimized = build(TrainingPath.OPTIMIZED, settings);
      TrainingResult optimizedResult = Trainer.train(optimized, data, 15,
          Trainer.EpochListener.NONE);

      assertSameLosses(standard, optimizedResult);
      assertEquals(15, ((OptimizedNetwork) optimized).firstLayer().fixedInputSteps());
    }
  }

  @Test
  void nanInAnotherwiseZeroColumnReachesTheLoss() {
    DataSet data = rawPixelImages(20);
    data.getFeatures().putScalar(4, 0, Float.NaN);

    TrainingResult result = Trainer.train(build(TrainingPath.OPTIMIZED,
        new NetworkSettings(4, 0.01, 3)), data, 5, Trainer.EpochListener.NONE);

    assertEquals(1, result.nonFiniteEpoch().getAsInt(), "NaN must not be skipped: " + result);
  }

  @Test
  void divergedRunEndsWithStandardParameters() {
    // The textbook formula on raw pixels: the sigmoid saturates and the loss and the gradients
    // turn non-finite. The weights of the all-zero columns must then become NaN (0 * NaN), as
    // they do in DL4J's own layer and in PyTorch, although the shortcut skips those columns.
    DataSet data = rawPixelImages(40);
    NetworkSettings settings = new NetworkSettings(8, 0.01, 43052);
    MultiLayerNetwork standard = NetworkFactory.build(settings, new NaiveBinaryCrossEntropy(),
        TrainingPath.STANDARD);
    MultiLayerNetwork optimized = NetworkFactory.build(settings, new NaiveBinaryCrossEntropy(),
        TrainingPath.OPTIMIZED);

    TrainingResult standardResult = Trainer.train(standard, data, 20, Trainer.EpochListener.NONE);
    TrainingResult optimizedResult = Trainer.train(optimized, data, 20,
        Trainer.EpochListener.NONE);

    assertTrue(standardResult.nonFiniteEpoch().isPresent(),
        "the comparison needs a run that diverges: " + standardResult);
    assertEquals(standardResult.nonFiniteEpoch(), optimizedResult.nonFiniteEpoch());
    float[] expected = standard.params().toFloatVector();
    float[] actual = optimized.params().toFloatVector();
    int nonFinite = 0;
    for (int i = 0; i < expected.length; i++) {
      if (!Float.isFinite(expected[i])) {
        nonFinite++;
        assertEquals(expected[i], actual[i], "parameter " + i);
      } else {
        assertEquals(expected[i], actual[i], 1e-4 * Math.max(1, Math.abs(expected[i])),
            "parameter " + i);
      }
    }
    assertTrue(nonFinite < expected.length, "some parameters stay finite: " + nonFinite);
  }

  @Test
  void gradientsMatchAndInputGradientIsStillAvailable() {
    DataSet data = rawPixelImages(50);
    NetworkSettings settings = new NetworkSettings(8, 0.001, 7);
    MultiLayerNetwork standard = build(TrainingPath.STANDARD, settings);
    MultiLayerNetwork optimized = build(TrainingPath.OPTIMIZED, settings);

    Pair<Gradient, INDArray> expected = standard.calculateGradients(data.getFeatures(),
        data.getLabels(), null, null);
    Pair<Gradient, INDArray> actual = optimized.calculateGradients(data.getFeatures(),
        data.getLabels(), null, null);

    assertNotNull(actual.getSecond(), "input gradient requested by the caller");
    assertClose(expected.getSecond(), actual.getSecond(), "input gradient");
    for (String key : expected.getFirst().gradientForVariable().keySet()) {
      assertClose(expected.getFirst().getGradientFor(key), actual.getFirst().getGradientFor(key),
          "gradient " + key);
    }

    standard.setInput(data.getFeatures());
    standard.setLabels(data.getLabels());
    standard.computeGradientAndScore();
    optimized.setInput(data.getFeatures());
    optimized.setLabels(data.getLabels());
    optimized.computeGradientAndScore();
    assertClose(standard.gradient().gradient(), optimized.gradient().gradient(),
        "training-step gradient");
    assertEquals(standard.score(), optimized.score(), 1e-6 * Math.abs(standard.score()));
  }

  private static void assertClose(INDArray expected, INDArray actual, String what) {
    assertEquals(expected.length(), actual.length(), what + " length");
    double scale = Math.max(1e-6, expected.amaxNumber().doubleValue());
    double difference = expected.sub(actual).amaxNumber().doubleValue();
    assertTrue(difference <= 1e-4 * scale, what + ": largest difference " + difference
        + " for values up to " + scale);
  }

  @Test
  void uncoveredConfigurationKeepsDl4jLayers() {
    MultiLayerNetwork template = build(TrainingPath.STANDARD, new NetworkSettings(8, 0.001, 7));
    MultiLayerConfiguration withDropout = template.getLayerWiseConfigurations().clone();
    withDropout.getConf(1).getLayer().setIDropout(
        new org.deeplearning4j.nn.conf.dropout.Dropout(0.5));

    OptimizedNetwork network = new OptimizedNetwork(withDropout);
    network.init();

    assertFalse(network.usesFirstLayerShortcut());
    assertFalse(network.getLayer(0) instanceof FirstDenseLayer);
    assertFalse(OptimizedNetwork.shortcutCovers(withDropout));
  }

  @Test
  void savedOptimizedNetworkLoadsAsPlainDl4jNetwork(@TempDir Path folder) throws IOException {
    DataSet data = rawPixelImages(40);
    MultiLayerNetwork optimized = build(TrainingPath.OPTIMIZED, new NetworkSettings(8, 0.001, 7));
    Trainer.train(optimized, data, 5, Trainer.EpochListener.NONE);
    File file = folder.resolve("network.zip").toFile();

    ModelSerializer.writeModel(optimized, file, true);
    MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(file);

    assertEquals(MultiLayerNetwork.class, restored.getClass());
    assertEquals(optimized.params(), restored.params());
    assertClose(optimized.output(data.getFeatures()), restored.output(data.getFeatures()),
        "output of the restored network");
  }

  @Test
  void lectureRunMatchesTheStandardPathOnRealMnist() {
    Path tree = RealMnist.treeOrSkip();
    PairData training = PairLoader.open(tree).load(Split.TRAINING, DigitPair.LECTURE,
        PixelScale.RAW);
    TrainSettings lecture = TrainSettings.lecture();
    MultiLayerNetwork standard = build(TrainingPath.STANDARD, lecture.network());
    MultiLayerNetwork optimized = build(TrainingPath.OPTIMIZED, lecture.network());

    TrainingResult standardResult = Trainer.train(standard, training.toDataSet(),
        lecture.epochs(), Trainer.EpochListener.NONE);
    TrainingResult optimizedResult = Trainer.train(optimized, training.toDataSet(),
        lecture.epochs(), Trainer.EpochListener.NONE);

    assertSameLosses(standardResult, optimizedResult);
    assertEquals(lecture.epochs(), ((OptimizedNetwork) optimized).firstLayer().fixedInputSteps());
    BinaryEvaluation standardAccuracy = Evaluator.evaluate(standard, training.features(),
        training.labels());
    BinaryEvaluation optimizedAccuracy = Evaluator.evaluate(optimized, training.features(),
        training.labels());
    assertEquals(standardAccuracy.accuracy(), optimizedAccuracy.accuracy(), 1.0 / training.size(),
        "training accuracy, standard " + standardAccuracy + " vs optimized " + optimizedAccuracy);
  }
}
