package io.github.mnistdl4j.model;

import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A DL4J {@link MultiLayerNetwork} whose first layer, when it is a plain dense ReLU layer, runs as
 * {@link FirstDenseLayer}: two large matrix products per training step instead of four, with the
 * same configuration, parameters and results within float rounding.
 *
 * <p>The configuration stays DL4J's own, so a saved network loads anywhere as a plain
 * {@code MultiLayerNetwork}, and {@link #clone()} returns one. A configuration the shortcut does
 * not cover (another first layer, dropout, weight noise, layer norm, preprocessors, truncated
 * backpropagation) keeps DL4J's layers unchanged. Not thread-safe.
 */
final class OptimizedNetwork extends MultiLayerNetwork {

  private transient FirstDenseLayer firstLayer;
  private transient StepOutputLayer outputLayer;

  /** Creates the network; call {@link #init()} before use, as for any DL4J network. */
  OptimizedNetwork(MultiLayerConfiguration configuration) {
    super(configuration);
  }

  /** Whether the first layer runs the shortcut; false when the configuration is not covered. */
  boolean usesFirstLayerShortcut() {
    return firstLayer != null;
  }

  /**
   * Prepares {@code features} as the input of the coming training steps (see
   * {@link FixedInput}) when {@code network} is an optimized network; the returned handle drops
   * it again. The caller must not change {@code features} until then. For any other network
   * this does nothing.
   */
  static FixedInputScope fixInput(MultiLayerNetwork network, INDArray features) {
    if (network instanceof OptimizedNetwork optimized && optimized.firstLayer != null) {
      optimized.firstLayer.fixInput(features);
      return optimized.firstLayer::releaseInput;
    }
    return () -> {};
  }

  /** The time during which an input stays fixed; closing it drops the input and never throws. */
  @FunctionalInterface
  interface FixedInputScope extends AutoCloseable {
    @Override
    void close();
  }

  /** The first layer when it runs the shortcut, else null; for tests. */
  FirstDenseLayer firstLayer() {
    return firstLayer;
  }

  @Override
  public void init(INDArray parameters, boolean cloneParametersArray) {
    boolean alreadyInitialized = isInitCalled();
    super.init(parameters, cloneParametersArray);
    if (alreadyInitialized || !shortcutCovers(getLayerWiseConfigurations())) {
      return;
    }
    firstLayer = replaceLayer(0,
        new FirstDenseLayer(layers[0].conf(), getLayerWiseConfigurations().getDataType()));
    int last = layers.length - 1;
    if (layers[last].getClass() == org.deeplearning4j.nn.layers.OutputLayer.class) {
      outputLayer = replaceLayer(last,
          new StepOutputLayer(layers[last].conf(), getLayerWiseConfigurations().getDataType()));
    }
    // The solver built in super.init() saw the replaced layer; a new one is built on first use.
    solver = null;
  }

  @Override
  public void computeGradientAndScore() {
    if (firstLayer == null) {
      super.computeGradientAndScore();
      return;
    }
    firstLayer.beginStep();
    if (outputLayer != null) {
      outputLayer.beginStep();
    }
    try {
      super.computeGradientAndScore();
    } finally {
      firstLayer.endStep();
      if (outputLayer != null) {
        outputLayer.endStep();
      }
    }
  }

  @Override
  protected Pair<Gradient, INDArray> calcBackpropGradients(INDArray epsilon,
      boolean withOutputLayer, boolean tbptt, boolean returnInputActGrad) {
    if (firstLayer == null) {
      return super.calcBackpropGradients(epsilon, withOutputLayer, tbptt, returnInputActGrad);
    }
    firstLayer.setInputGradientNeeded(returnInputActGrad);
    try {
      return super.calcBackpropGradients(epsilon, withOutputLayer, tbptt, returnInputActGrad);
    } finally {
      firstLayer.setInputGradientNeeded(true);
    }
  }

  /**
   * Puts {@code replacement} in place of layer {@code index}, on the same parameter views and
   * listeners, and returns it.
   */
  private <T extends Layer> T replaceLayer(int index, T replacement) {
    Layer standard = layers[index];
    replacement.setIndex(index);
    replacement.setListeners(standard.getListeners());
    replacement.setParamsViewArray(standard.params());
    replacement.setParamTable(standard.paramTable());
    layers[index] = replacement;
    layerMap.put(standard.conf().getLayer().getLayerName(), replacement);
    return replacement;
  }

  /**
   * Whether {@link FirstDenseLayer} computes exactly what DL4J would for this configuration. The
   * second layer must be a dense or output layer without dropout, because the first layer reads
   * its ReLU mask from the array that the second layer receives as input, and other layer types
   * or dropout may change that array in place.
   */
  static boolean shortcutCovers(MultiLayerConfiguration configuration) {
    List<NeuralNetConfiguration> layers = configuration.getConfs();
    if (layers.size() < 2 || configuration.getBackpropType() != BackpropType.Standard
        || configuration.getInputPreProcess(0) != null
        || configuration.getInputPreProcess(1) != null) {
      return false;
    }
    if (!(layers.get(0).getLayer() instanceof DenseLayer first)
        || !new ActivationReLU().equals(first.getActivationFn()) || !first.hasBias()
        || first.hasLayerNorm() || first.getIDropout() != null || first.getWeightNoise() != null) {
      return false;
    }
    org.deeplearning4j.nn.conf.layers.Layer second = layers.get(1).getLayer();
    return (second instanceof DenseLayer || second instanceof OutputLayer)
        && second.getIDropout() == null;
  }
}
