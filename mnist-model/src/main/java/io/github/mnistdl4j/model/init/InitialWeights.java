package io.github.mnistdl4j.model.init;

import java.nio.file.Path;
import java.util.Arrays;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The initial weights of a network with one hidden dense layer and one output layer, read from
 * one case of a JSON file in PyTorch's {@code nn.Linear} layout.
 *
 * <p>The file is an object with an array {@code cases}. Each case has a {@code name} and an
 * object {@code initial_weights} with {@code W1 [hidden][inputs]}, {@code b1 [hidden]},
 * {@code W2 [outputs][hidden]} and {@code b2 [outputs]}. DL4J stores a dense layer's {@code W} as
 * {@code [inputs, outputs]}, so {@link #apply} transposes both matrices. Biases keep their shape
 * {@code [n]}. Other keys in the file are ignored.
 *
 * <p>Instances are immutable once loaded and may be shared between threads.
 */
public final class InitialWeights {

  private static final Logger log = LoggerFactory.getLogger(InitialWeights.class);

  private final Path file;
  private final String caseName;
  private final double[][] hiddenWeights;
  private final double[] hiddenBias;
  private final double[][] outputWeights;
  private final double[] outputBias;

  InitialWeights(Path file, String caseName, double[][] hiddenWeights, double[] hiddenBias,
      double[][] outputWeights, double[] outputBias) {
    this.file = file;
    this.caseName = caseName;
    this.hiddenWeights = hiddenWeights;
    this.hiddenBias = hiddenBias;
    this.outputWeights = outputWeights;
    this.outputBias = outputBias;
  }

  /**
   * Loads the case named {@code caseName} from {@code file}, checking that every value is a
   * finite number and that the four arrays form an inputs-hidden-outputs network.
   *
   * @throws InvalidInitialWeightsException if the file is missing, unreadable or not JSON, has no
   *     such case, or contains a non-numeric value or inconsistent shapes
   */
  public static InitialWeights load(Path file, String caseName) {
    InitialWeights weights = InitialWeightsReader.read(file, caseName);
    log.info("Loaded initial weights of case {} from {} ({}-{}-{} network)", caseName, file,
        weights.inputSize(), weights.hiddenSize(), weights.outputSize());
    return weights;
  }

  /** The file the weights were read from. */
  public Path file() {
    return file;
  }

  /** The name of the case within the file. */
  public String caseName() {
    return caseName;
  }

  /** Number of inputs: the columns of {@code W1}, 784 for MNIST. */
  public int inputSize() {
    return hiddenWeights[0].length;
  }

  /** Number of hidden units: the rows of {@code W1}. */
  public int hiddenSize() {
    return hiddenWeights.length;
  }

  /** Number of outputs: the rows of {@code W2}, 1 for the lecture's sigmoid output. */
  public int outputSize() {
    return outputWeights.length;
  }

  /**
   * Sets the parameters of layer 0 (dense) and layer 1 (output) of an initialized network to
   * these weights, transposed to DL4J's layout and cast to each parameter's data type. The
   * updater state is left as it is, so apply the weights before training starts.
   *
   * @throws IllegalArgumentException if the network has not been initialized with {@code init()}
   * @throws InvalidInitialWeightsException if the network does not have two layers with the
   *     shapes of this case; nothing is changed then
   */
  public void apply(MultiLayerNetwork net) {
    if (net.getLayers() == null) {
      throw new IllegalArgumentException("The network must be initialized with init() before"
          + " initial weights are applied");
    }
    if (net.getnLayers() != 2) {
      throw new InvalidInitialWeightsException("network.layers", file, caseName, net.getnLayers());
    }
    INDArray layer0Weights = Nd4j.create(transpose(hiddenWeights));
    INDArray layer0Bias = Nd4j.createFromArray(hiddenBias);
    INDArray layer1Weights = Nd4j.create(transpose(outputWeights));
    INDArray layer1Bias = Nd4j.createFromArray(outputBias);

    // Check every shape first, so that a mismatch leaves the network unchanged.
    checkShape(net, 0, "W", layer0Weights, "W1", InitialWeightsReader.shape(hiddenWeights));
    checkShape(net, 0, "b", layer0Bias, "b1", InitialWeightsReader.shape(hiddenBias));
    checkShape(net, 1, "W", layer1Weights, "W2", InitialWeightsReader.shape(outputWeights));
    checkShape(net, 1, "b", layer1Bias, "b2", InitialWeightsReader.shape(outputBias));

    setParam(net.getLayer(0), "W", layer0Weights);
    setParam(net.getLayer(0), "b", layer0Bias);
    setParam(net.getLayer(1), "W", layer1Weights);
    setParam(net.getLayer(1), "b", layer1Bias);
    log.debug("Set the parameters of both layers from case {} of {}", caseName, file);
  }

  private void checkShape(MultiLayerNetwork net, int layer, String param, INDArray expected,
      String fileKey, String fileShape) {
    INDArray actual = net.getLayer(layer).getParam(param);
    String actualShape = actual == null ? "-" : Arrays.toString(actual.shape());
    if (actual == null || !Arrays.equals(actual.shape(), expected.shape())) {
      String network = inputSize() + "-" + hiddenSize() + "-" + outputSize();
      throw new InvalidInitialWeightsException("network.shape", file, caseName, fileKey,
          fileShape, Arrays.toString(expected.shape()), layer, param, actualShape, network,
          String.valueOf(hiddenSize()));
    }
  }

  private static void setParam(Layer layer, String param, INDArray value) {
    // setParam assigns into the view of the network's flattened parameter array.
    layer.setParam(param, value.castTo(layer.getParam(param).dataType()));
  }

  private static double[][] transpose(double[][] matrix) {
    double[][] transposed = new double[matrix[0].length][matrix.length];
    for (int row = 0; row < matrix.length; row++) {
      for (int column = 0; column < matrix[row].length; column++) {
        transposed[column][row] = matrix[row][column];
      }
    }
    return transposed;
  }
}
