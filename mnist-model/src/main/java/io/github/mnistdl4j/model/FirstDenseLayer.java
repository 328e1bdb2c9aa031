package io.github.mnistdl4j.model;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.XwPlusB;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * DL4J's dense ReLU layer as the first layer of an {@link OptimizedNetwork}: the same parameters,
 * configuration and results, without the work that training the first layer does not need.
 *
 * <p>For each training step DL4J's dense layer multiplies {@code x W} twice (once in the forward
 * pass and again in its backward pass) and computes the gradient with respect to its input, a
 * second {@code [n, 784]} product that the network discards for layer 0. This layer keeps its
 * activations from the forward pass of the same step, takes the ReLU mask from them
 * ({@code relu(z) > 0} exactly where {@code z > 0}), and returns no input gradient when the
 * network says nobody reads it. The forward product is one fused {@code x W + b}
 * ({@code xw_plus_b}) and the weight gradient is written to a row-major array, the layouts for
 * which the oneDNN build of ND4J runs its own matrix kernels.
 *
 * <p>Any case outside that shortcut (no step under way, another input, a mask, a caller that
 * wants the input gradient) goes through DL4J's own backward pass. Not thread-safe, like every
 * DL4J layer.
 */
final class FirstDenseLayer extends DenseLayer {

  private boolean stepActive;
  private boolean inputGradientNeeded = true;
  private INDArray stepInput;
  private INDArray stepActivations;
  private FixedInput fixedInput;
  private long fixedInputSteps;

  FirstDenseLayer(NeuralNetConfiguration conf, DataType dataType) {
    super(conf, dataType);
  }

  /** Starts a training step: activations of the next training forward pass may be reused. */
  void beginStep() {
    stepActive = true;
  }

  /** Ends a training step and drops the kept activations, whose workspace closes now. */
  void endStep() {
    stepActive = false;
    stepInput = null;
    stepActivations = null;
  }

  /**
   * Prepares {@code features} for the training steps to come, which may then skip its all-zero
   * columns (see {@link FixedInput}); the caller must not change the array until
   * {@link #releaseInput()}.
   */
  void fixInput(INDArray features) {
    fixedInput = features.rank() == 2 && features.columns() == getParam(
        DefaultParamInitializer.WEIGHT_KEY).rows() ? FixedInput.of(features, dataType) : null;
  }

  /** Drops the prepared input. */
  void releaseInput() {
    fixedInput = null;
  }

  /** Training steps that used a fixed input, for tests that check the shortcut is taken. */
  long fixedInputSteps() {
    return fixedInputSteps;
  }

  /** Whether the backward pass must return the gradient with respect to this layer's input. */
  void setInputGradientNeeded(boolean needed) {
    inputGradientNeeded = needed;
  }

  @Override
  protected Pair<INDArray, INDArray> preOutputWithPreNorm(boolean training, boolean forBackprop,
      LayerWorkspaceMgr workspaceMgr) {
    INDArray weights = getParam(DefaultParamInitializer.WEIGHT_KEY);
    if (input == null || input.rank() != 2 || input.columns() != weights.rows() || hasLayerNorm()
        || !hasBias() || layerConf().getIDropout() != null
        || layerConf().getWeightNoise() != null) {
      return super.preOutputWithPreNorm(training, forBackprop, workspaceMgr);
    }
    INDArray bias = getParam(DefaultParamInitializer.BIAS_KEY);
    if (stepActive && training && fixedInput != null && fixedInput.isFor(input)
        && maskArray == null) {
      INDArray z = fixedInput.preOutput(weights, bias, workspaceMgr);
      return new Pair<>(z, z);
    }
    INDArray features = input.castTo(weights.dataType());
    INDArray z = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, weights.dataType(),
        new long[] {features.size(0), weights.size(1)}, 'c');
    Nd4j.exec(new XwPlusB(new INDArray[] {features, weights, bias.reshape(bias.length())}, z));
    if (maskArray != null) {
      applyMask(z);
    }
    return new Pair<>(z, z);
  }

  @Override
  public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
    INDArray activations = super.activate(training, workspaceMgr);
    if (stepActive && training) {
      stepInput = input;
      stepActivations = activations;
    }
    return activations;
  }

  /**
   * Returns {@code epsilon} where the unit was active ({@code relu(z) > 0}) and zero elsewhere,
   * as {@code step(a) * epsilon}: two fast element-wise operations, where ND4J's fused ReLU
   * derivative took about four times as long. Only for a finite {@code epsilon}, where both give
   * the same values.
   */
  private INDArray reluDelta(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
    INDArray delta = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM,
        epsilon.dataType(), epsilon.shape(), 'c');
    delta.assign(stepActivations);
    Transforms.step(delta, false);
    return delta.muli(epsilon);
  }

  @Override
  public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon,
      LayerWorkspaceMgr workspaceMgr) {
    if (!stepActive || inputGradientNeeded || stepActivations == null || stepInput != input
        || maskArray != null) {
      return super.backpropGradient(epsilon, workspaceMgr);
    }
    if (!Double.isFinite(epsilon.sumNumber().doubleValue())) {
      // A diverged loss: DL4J's own pass multiplies the NaN of epsilon by the zero columns too,
      // as PyTorch does, so the broken network stays the same on both paths.
      return super.backpropGradient(epsilon, workspaceMgr);
    }
    INDArray delta = reluDelta(epsilon, workspaceMgr);

    INDArray biasGradient = gradientViews.get(DefaultParamInitializer.BIAS_KEY);
    INDArray weightGradient = gradientViews.get(DefaultParamInitializer.WEIGHT_KEY);
    if (fixedInput != null && fixedInput.isFor(input)) {
      fixedInput.gradients(delta, weightGradient, biasGradient, workspaceMgr);
      fixedInputSteps++;
    } else {
      delta.sum(biasGradient, 0);
      INDArray rowMajor = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM,
          weightGradient.dataType(), weightGradient.shape(), 'c');
      Nd4j.gemm(input.castTo(rowMajor.dataType()), delta, rowMajor, true, false, 1.0, 0.0);
      weightGradient.assign(rowMajor);
    }
    DefaultGradient gradient = new DefaultGradient();
    gradient.gradientForVariable().put(DefaultParamInitializer.BIAS_KEY, biasGradient);
    gradient.gradientForVariable().put(DefaultParamInitializer.WEIGHT_KEY, weightGradient);

    weightNoiseParams.clear();
    return new Pair<>(gradient, null);
  }
}
