package io.github.mnistdl4j.model.experiment;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.PairData;
import io.github.mnistdl4j.data.PairLoader;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.data.Split;
import io.github.mnistdl4j.model.NetworkFactory;
import io.github.mnistdl4j.model.NetworkSettings;
import io.github.mnistdl4j.model.PreactivationInspector;
import io.github.mnistdl4j.model.init.InitialWeights;
import io.github.mnistdl4j.model.loss.ClampedBinaryCrossEntropy;
import io.github.mnistdl4j.model.loss.NaiveBinaryCrossEntropy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Why the textbook cross-entropy breaks on raw pixels: the untrained 0-vs-1 network's float32
 * sigmoid returns exactly 0 or 1 for many images, so log(0) appears. PyTorch's {@code BCELoss}
 * clamps each log term at -100 and stays finite; the textbook mean is NaN.
 */
public final class SaturationExperiment {

  /** Hidden units of the probed network, as in the homework. */
  public static final int HIDDEN = 64;

  /** Seed of the probed network, as in the lecture's saturation example. */
  public static final long SEED = 9;

  /** Cost that PyTorch's clamp gives one completely wrong prediction: -(-100). */
  public static final double CLAMPED_MAXIMUM = 100;

  private static final IActivation SIGMOID = new ActivationSigmoid();

  /**
   * One observation of the table.
   *
   * @param index position in the training split, 0-based
   * @param label 0 or 1
   * @param u2 output pre-activation
   * @param yhat float32 sigmoid of u2
   * @param clampedLoss PyTorch-style loss of the observation
   * @param naiveLoss textbook loss of the observation: may be inf or NaN
   */
  public record Observation(int index, int label, float u2, float yhat, double clampedLoss,
      double naiveLoss) {

    /** Whether yhat is exactly 1.0 in float32. */
    public boolean exactlyOne() {
      return yhat == 1f;
    }
  }

  /**
   * What the experiment shows.
   *
   * @param examples number of observations
   * @param clampedMean mean PyTorch-style loss: finite
   * @param naiveMean mean textbook loss: NaN as soon as one observation is NaN
   * @param finiteCount observations whose textbook loss is finite
   * @param finiteSum sum of those finite textbook losses
   * @param infiniteCount observations whose textbook loss is +inf (a wrong prediction with
   *     probability exactly 0)
   * @param nanCount observations whose textbook loss is NaN ({@code 0 * log(0)} with a right
   *     prediction)
   * @param meanWithInfAs100 {@code (finiteSum + 100 * infiniteCount) / examples}: the textbook
   *     mean once each inf costs 100 and each NaN costs 0, as the clamp makes them
   * @param saturatedFraction fraction of outputs exactly 0.0 or 1.0 in float32
   * @param first the first observations, in file order
   * @param data the probed examples with raw pixels, or null when the caller passed arrays
   * @param network the probed, untrained network; not thread-safe
   */
  public record Result(long examples, double clampedMean, double naiveMean, long finiteCount,
      double finiteSum, long infiniteCount, long nanCount, double meanWithInfAs100,
      double saturatedFraction, List<Observation> first, PairData data,
      MultiLayerNetwork network) {}

  private SaturationExperiment() {}

  /** The network the lecture probes: 784-64-1 with seed 9. */
  public static NetworkSettings network() {
    return new NetworkSettings(HIDDEN, HomeworkExperiment.LEARNING_RATE, SEED);
  }

  /**
   * Probes the untrained network on raw 0-vs-1 training pixels.
   *
   * @param initialWeights weights to probe instead of the seeded ones, or null
   * @param rows how many observations the table shows
   */
  public static Result run(Path root, NetworkSettings settings, InitialWeights initialWeights,
      int rows) {
    PairData raw = PairLoader.open(root).load(Split.TRAINING, DigitPair.HOMEWORK, PixelScale.RAW);
    MultiLayerNetwork network = NetworkFactory.build(settings);
    if (initialWeights != null) {
      initialWeights.apply(network);
    }
    Result result = probe(network, raw.features(), raw.labels(), rows);
    return new Result(result.examples(), result.clampedMean(), result.naiveMean(),
        result.finiteCount(), result.finiteSum(), result.infiniteCount(), result.nanCount(),
        result.meanWithInfAs100(), result.saturatedFraction(), result.first(), raw, network);
  }

  /** Computes the losses of an untrained network on the given raw features and 0/1 labels. */
  public static Result probe(MultiLayerNetwork network, INDArray features, INDArray labels,
      int rows) {
    INDArray u2 = PreactivationInspector.outputPreactivation(network, features);
    ClampedBinaryCrossEntropy clamped = new ClampedBinaryCrossEntropy();
    NaiveBinaryCrossEntropy naive = new NaiveBinaryCrossEntropy();
    double[] clampedLosses = clamped.computeScoreArray(labels, u2, SIGMOID, null).toDoubleVector();
    double[] naiveLosses = naive.computeScoreArray(labels, u2, SIGMOID, null).toDoubleVector();
    float[] yhat = SIGMOID.getActivation(u2.dup(), false).toFloatVector();
    float[] preactivation = u2.toFloatVector();
    float[] y = labels.toFloatVector();

    long finiteCount = 0;
    long infiniteCount = 0;
    long nanCount = 0;
    long saturated = 0;
    double finiteSum = 0;
    double clampedSum = 0;
    for (int i = 0; i < naiveLosses.length; i++) {
      clampedSum += clampedLosses[i];
      if (Double.isNaN(naiveLosses[i])) {
        nanCount++;
      } else if (Double.isInfinite(naiveLosses[i])) {
        infiniteCount++;
      } else {
        finiteCount++;
        finiteSum += naiveLosses[i];
      }
      if (yhat[i] == 0f || yhat[i] == 1f) {
        saturated++;
      }
    }
    int n = naiveLosses.length;
    double naiveMean = naive.computeScore(labels, u2, SIGMOID, null, true);

    List<Observation> first = new ArrayList<>();
    for (int i = 0; i < Math.min(rows, n); i++) {
      first.add(new Observation(i, (int) y[i], preactivation[i], yhat[i], clampedLosses[i],
          naiveLosses[i]));
    }
    return new Result(n, clampedSum / n, naiveMean, finiteCount, finiteSum, infiniteCount,
        nanCount, (finiteSum + CLAMPED_MAXIMUM * infiniteCount) / n, (double) saturated / n,
        List.copyOf(first), null, network);
  }
}
