package io.github.mnistdl4j.model.approx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits one network {@code inputs -> H -> 1} per hidden width H to a target and measures how close
 * each comes.
 *
 * <p>Each network has one hidden layer with the chosen activation, an identity output, mean
 * squared error loss and Adam, and trains on all training points at once (full batch). Initial
 * weights and biases are drawn uniformly from [-1/sqrt(fanIn), 1/sqrt(fanIn)], the default of
 * PyTorch's {@code nn.Linear}, from a {@link Random} seeded with the settings' seed, so the same
 * settings give the same initial network for every width.
 *
 * <p>An instance holds no mutable state, but call it from one thread at a time: networks that
 * train in parallel in one JVM make the native thread pools compete, which users of this
 * Deeplearning4j release have reported as deadlocks or very slow training.
 */
public final class Approximator {

  private static final Logger log = LoggerFactory.getLogger(Approximator.class);

  private final DataType dataType;
  private final WorkspaceMode workspaceMode;

  /**
   * Creates an approximator that trains in float32 with workspaces. Float32 is PyTorch's default
   * type, and in {@code ApproximationBenchmark} on a 2-core machine neither float64 nor training
   * without workspaces was faster beyond the noise of a shared machine.
   */
  public Approximator() {
    this(DataType.FLOAT, WorkspaceMode.ENABLED);
  }

  /** Creates an approximator with another data type or workspace mode, for benchmarks. */
  Approximator(DataType dataType, WorkspaceMode workspaceMode) {
    this.dataType = Objects.requireNonNull(dataType, "dataType");
    this.workspaceMode = Objects.requireNonNull(workspaceMode, "workspaceMode");
  }

  /** Fits every hidden width of the settings to the target, without progress callbacks. */
  public ApproximationResult approximate(Target target, ApproximationSettings settings) {
    return approximate(target, settings, fit -> { });
  }

  /**
   * Fits every hidden width of the settings to the target, one network after another.
   *
   * @param onFit called after each fit, for progress output
   * @throws TrainingDivergedException when a network's output becomes NaN or infinite
   */
  public ApproximationResult approximate(Target target, ApproximationSettings settings,
      Consumer<WidthFit> onFit) {
    Samples training = target.trainingSamples(settings.points());
    Samples evaluation = target.evaluationSamples(settings.points());
    Rescaling rescaling = target.rescaled()
        ? Rescaling.toUnitRange(training) : Rescaling.identity(target.inputCount());
    log.info("Fitting {} ({} input(s)): {} training points, {} evaluation points{}; widths {}, "
            + "{} activation, {} full-batch Adam steps at learning rate {}, seed {}, {}",
        target.displayName(), target.inputCount(), training.size(), evaluation.size(),
        target.evaluatedOnTrainingPoints() ? " (the training points)" : "",
        settings.hiddenWidths(), settings.activation().displayName(), settings.steps(),
        settings.learningRate(), settings.seed(), dataType);

    DataSet trainingSet = new DataSet(
        toMatrix(rescaling.scaleInputs(training.inputs())),
        toColumn(rescaling.scaleOutputs(training.outputs())));
    INDArray evaluationInputs = toMatrix(rescaling.scaleInputs(evaluation.inputs()));

    List<WidthFit> fits = new ArrayList<>();
    for (int hidden : settings.hiddenWidths()) {
      WidthFit fit = fitWidth(hidden, settings, trainingSet, training, evaluationInputs,
          evaluation, rescaling);
      fits.add(fit);
      onFit.accept(fit);
    }
    return new ApproximationResult(target.displayName(), target.inputCount(), settings,
        training.size(), target.evaluatedOnTrainingPoints(), evaluation, fits);
  }

  /** Trains one network of width {@code hidden} and measures its errors in the target's units. */
  private WidthFit fitWidth(int hidden, ApproximationSettings settings, DataSet trainingSet,
      Samples training, INDArray evaluationInputs, Samples evaluation, Rescaling rescaling) {
    MultiLayerNetwork network = buildNetwork(training.inputCount(), hidden, settings);
    double seconds = train(network, trainingSet, settings.steps());

    double[] trainingPredictions = predict(network, trainingSet.getFeatures(), rescaling);
    double[] predictions = predict(network, evaluationInputs, rescaling);
    if (!allFinite(predictions) || !allFinite(trainingPredictions)) {
      throw new TrainingDivergedException(hidden, settings.learningRate());
    }
    WidthFit fit = new WidthFit(hidden, settings.activation(),
        maxAbsError(predictions, evaluation.outputs()),
        meanAbsError(predictions, evaluation.outputs()),
        maxAbsError(trainingPredictions, training.outputs()),
        seconds, predictions);
    log.info("H={}: max |error| {}, mean |error| {}, training max |error| {}, {} s",
        hidden, fit.maxAbsError(), fit.meanAbsError(), fit.trainingMaxAbsError(),
        String.format(Locale.ROOT, "%.2f", seconds));
    return fit;
  }

  /** Builds and initializes {@code inputCount -> hidden -> 1} for these settings. */
  MultiLayerNetwork buildNetwork(int inputCount, int hidden, ApproximationSettings settings) {
    MultiLayerConfiguration configuration = new NeuralNetConfiguration.Builder()
        .seed(settings.seed())
        .dataType(dataType)
        .updater(new Adam(settings.learningRate()))
        .trainingWorkspaceMode(workspaceMode)
        .inferenceWorkspaceMode(workspaceMode)
        .list()
        .layer(new DenseLayer.Builder()
            .nIn(inputCount)
            .nOut(hidden)
            .activation(settings.activation().dl4jActivation())
            .build())
        .layer(new OutputLayer.Builder(LossFunction.MSE)
            .nIn(hidden)
            .nOut(1)
            .activation(Activation.IDENTITY)
            .build())
        .build();
    MultiLayerNetwork network = new MultiLayerNetwork(configuration);
    network.init();
    initializeUniform(network, new Random(settings.seed()));
    log.debug("H={}: {} parameters", hidden, network.numParams());
    return network;
  }

  /** Runs {@code steps} full-batch updates and returns the elapsed seconds. */
  static double train(MultiLayerNetwork network, DataSet trainingSet, int steps) {
    long start = System.nanoTime();
    for (int step = 0; step < steps; step++) {
      network.fit(trainingSet);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * Draws every weight and bias from U(-1/sqrt(fanIn), 1/sqrt(fanIn)). Deeplearning4j initializes
   * biases to a constant, which would put every hidden unit's kink or midpoint at the same input.
   */
  private static void initializeUniform(MultiLayerNetwork network, Random random) {
    for (int layer = 0; layer < network.getnLayers(); layer++) {
      INDArray weights = network.getParam(layer + "_W");
      INDArray biases = network.getParam(layer + "_b");
      double bound = 1 / Math.sqrt(weights.size(0));
      weights.assign(uniform(random, weights.shape(), bound));
      biases.assign(uniform(random, biases.shape(), bound));
    }
  }

  private static INDArray uniform(Random random, long[] shape, double bound) {
    long length = Arrays.stream(shape).reduce(1, Math::multiplyExact);
    double[] values = new double[Math.toIntExact(length)];
    for (int i = 0; i < values.length; i++) {
      values[i] = (2 * random.nextDouble() - 1) * bound;
    }
    return Nd4j.createFromArray(values).reshape(shape);
  }

  private INDArray toMatrix(double[][] rows) {
    return Nd4j.createFromArray(rows).castTo(dataType);
  }

  private INDArray toColumn(double[] values) {
    return Nd4j.createFromArray(values).reshape(values.length, 1).castTo(dataType);
  }

  private static double[] predict(MultiLayerNetwork network, INDArray inputs,
      Rescaling rescaling) {
    double[] outputs = network.output(inputs, false).castTo(DataType.DOUBLE).toDoubleVector();
    return rescaling.unscaleOutputs(outputs);
  }

  private static boolean allFinite(double[] values) {
    for (double value : values) {
      if (!Double.isFinite(value)) {
        return false;
      }
    }
    return true;
  }

  static double maxAbsError(double[] predictions, double[] targets) {
    double max = 0;
    for (int i = 0; i < predictions.length; i++) {
      max = Math.max(max, Math.abs(predictions[i] - targets[i]));
    }
    return max;
  }

  static double meanAbsError(double[] predictions, double[] targets) {
    double sum = 0;
    for (int i = 0; i < predictions.length; i++) {
      sum += Math.abs(predictions[i] - targets[i]);
    }
    return sum / predictions.length;
  }
}
