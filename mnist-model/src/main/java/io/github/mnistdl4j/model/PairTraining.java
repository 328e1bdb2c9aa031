package io.github.mnistdl4j.model;

import io.github.mnistdl4j.data.PairData;
import io.github.mnistdl4j.data.PairLoader;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.data.Split;
import io.github.mnistdl4j.model.init.InitialWeights;
import java.nio.file.Path;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the lecture's job on a digit pair: load, build, train, evaluate and inspect. */
public final class PairTraining {

  private static final Logger log = LoggerFactory.getLogger(PairTraining.class);

  private PairTraining() {}

  /**
   * Loads both splits of the pair from the tree at {@code root}, trains a new network and reports
   * on it. A run whose loss turns NaN or infinite still returns, with
   * {@link TrainingResult#nonFiniteEpoch()} set; evaluation then reflects the broken network.
   *
   * @throws io.github.mnistdl4j.data.InvalidDataException if the tree is incomplete or a file is
   *     bad
   */
  public static TrainRun run(Path root, TrainSettings settings, Trainer.EpochListener listener) {
    return run(root, settings, null, listener);
  }

  /**
   * Like {@link #run(Path, TrainSettings, Trainer.EpochListener)}, starting from the given initial
   * weights instead of seeded random ones when {@code initialWeights} is not null.
   */
  public static TrainRun run(Path root, TrainSettings settings, InitialWeights initialWeights,
      Trainer.EpochListener listener) {
    long loadStart = System.nanoTime();
    PairLoader loader = PairLoader.open(root);
    PairData rawTraining = loader.load(Split.TRAINING, settings.pair(), PixelScale.RAW);
    PairData rawTesting = loader.load(Split.TESTING, settings.pair(), PixelScale.RAW);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    log.info("Label map: {} -> 0, {} -> 1; training {}, testing {}", settings.pair().first(),
        settings.pair().second(), rawTraining.countByDigit(), rawTesting.countByDigit());
    return train(rawTraining, rawTesting, loadSeconds, settings, initialWeights, listener);
  }

  /**
   * Trains a new network on data that is already loaded with raw pixels, so that several runs can
   * share one load; scaling by {@code settings.scale()} happens here, once per run.
   *
   * @param rawTraining training split with raw 0..255 pixels
   * @param rawTesting testing split with raw 0..255 pixels
   * @param loadSeconds time the caller spent loading, reported in the result
   * @param initialWeights weights to start from, or null for seeded random ones
   */
  public static TrainRun train(PairData rawTraining, PairData rawTesting, double loadSeconds,
      TrainSettings settings, InitialWeights initialWeights, Trainer.EpochListener listener) {
    PairData training = rawTraining.withScale(settings.scale());
    PairData testing = rawTesting.withScale(settings.scale());

    MultiLayerNetwork network = NetworkFactory.build(settings.network(),
        settings.loss().lossFunction());
    if (initialWeights != null) {
      initialWeights.apply(network);
    }
    log.debug("Network has {} parameters", network.numParams());
    TrainingResult result = Trainer.train(network, training.toDataSet(), settings.epochs(),
        listener);

    BinaryEvaluation trainEvaluation = Evaluator.evaluate(network, training.features(),
        training.labels());
    BinaryEvaluation testEvaluation = Evaluator.evaluate(network, testing.features(),
        testing.labels());
    log.info("Accuracy: training {}, testing {}", trainEvaluation.accuracy(),
        testEvaluation.accuracy());

    PreactivationSummary preactivationRaw = PreactivationInspector.summarize(network,
        rawTraining.features(), training.labels());
    PreactivationSummary preactivationUnit = PreactivationInspector.summarize(network,
        rawTraining.withScale(PixelScale.UNIT).features(), training.labels());
    return new TrainRun(settings, training, testing, result, trainEvaluation, testEvaluation,
        preactivationRaw, preactivationUnit, loadSeconds, network);
  }
}
