package io.github.mnistdl4j.model;

import io.github.mnistdl4j.data.ImageShape;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;

/**
 * Builds the lecture's network: dense 784 -> hidden with ReLU, then one sigmoid output trained
 * with binary cross-entropy and Adam, all in float32.
 *
 * <p>Layer 0 is the hidden layer ({@code W1} is {@code [784, hidden]}), layer 1 the output layer
 * ({@code W2} is {@code [hidden, 1]}). DL4J multiplies {@code x W}, so PyTorch's
 * {@code [out][in]} weights are the transpose.
 */
public final class NetworkFactory {

  /** Index of the hidden layer in the network. */
  public static final int HIDDEN_LAYER = 0;

  /** Index of the output layer in the network. */
  public static final int OUTPUT_LAYER = 1;

  /**
   * How a built network runs DL4J's training step. Both give the same loss per epoch and the same
   * accuracy within float rounding; the test {@code TrainingPathEquivalenceTest} holds them to it.
   */
  public enum TrainingPath {
    /** DL4J's own layers: four {@code [n, 784]}-sized matrix products per training step. */
    STANDARD,
    /**
     * The first layer skips the input gradient that nobody reads and reuses its forward
     * activations: two such products per step. The network is still a DL4J
     * {@code MultiLayerNetwork} with DL4J's configuration and saves and loads as one.
     */
    OPTIMIZED
  }

  private NetworkFactory() {}

  /** Builds and initialises the network with DL4J's {@link LossBinaryXENT}, optimized path. */
  public static MultiLayerNetwork build(NetworkSettings settings) {
    return build(settings, new LossBinaryXENT());
  }

  /**
   * Builds and initialises the network with the given loss function, optimized path. The initial
   * weights and biases are drawn as PyTorch's {@code nn.Linear} draws them, uniform in
   * +-1/sqrt(fan_in), from a generator seeded with {@code settings.seed()}; the same seed always
   * gives the same values, though not PyTorch's values (load those with the init option).
   */
  public static MultiLayerNetwork build(NetworkSettings settings, ILossFunction loss) {
    return build(settings, loss, TrainingPath.OPTIMIZED);
  }

  /**
   * Builds and initialises the network with the given loss function and training path; the
   * initial weights do not depend on the path.
   */
  public static MultiLayerNetwork build(NetworkSettings settings, ILossFunction loss,
      TrainingPath path) {
    MultiLayerConfiguration configuration = new NeuralNetConfiguration.Builder()
        .seed(settings.seed())
        .dataType(DataType.FLOAT)
        .updater(new Adam(settings.learningRate()))
        .list()
        .layer(new DenseLayer.Builder()
            .nIn(ImageShape.PIXELS).nOut(settings.hidden())
            .activation(Activation.RELU)
            .build())
        .layer(new OutputLayer.Builder(loss)
            .nIn(settings.hidden()).nOut(1)
            .activation(Activation.SIGMOID)
            .build())
        .build();
    MultiLayerNetwork network = path == TrainingPath.OPTIMIZED
        ? new OptimizedNetwork(configuration)
        : new MultiLayerNetwork(configuration);
    network.init();
    initializeLikeTorch(network, settings.seed());
    return network;
  }

  private static void initializeLikeTorch(MultiLayerNetwork network, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int layer : new int[] {HIDDEN_LAYER, OUTPUT_LAYER}) {
      INDArray weights = network.getLayer(layer).getParam("W");
      double bound = 1.0 / Math.sqrt(weights.size(0));
      network.getLayer(layer).setParam("W", uniform(random, bound, weights.shape()));
      network.getLayer(layer).setParam("b", uniform(random, bound,
          network.getLayer(layer).getParam("b").shape()));
    }
  }

  private static INDArray uniform(SplittableRandom random, double bound, long[] shape) {
    float[] values = new float[Math.toIntExact(java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b))];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) random.nextDouble(-bound, bound);
    }
    return Nd4j.create(values, shape, 'c');
  }
}
