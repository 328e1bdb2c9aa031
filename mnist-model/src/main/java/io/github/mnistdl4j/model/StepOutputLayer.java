package io.github.mnistdl4j.model;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.layers.OutputLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's output layer as the last layer of an {@link OptimizedNetwork}: the same configuration,
 * parameters and results, computing its pre-activation {@code z = a W + b} once per training step
 * instead of twice.
 *
 * <p>In a training step DL4J's output layer computes {@code z} for the backward pass and again
 * for the score, because the loss function's backward pass may overwrite the array it receives
 * (the sigmoid's derivative is written into it). This layer keeps a copy of {@code z} from the
 * backward pass, outside every workspace, and hands the score a fresh copy of it. The product
 * itself is a plain matrix product plus the bias row, which is faster here than DL4J's
 * {@code mmul}.
 *
 * <p>Any case outside that shortcut (no step under way, inference, masks, weight noise, dropout)
 * goes through DL4J's own code. Not thread-safe, like every DL4J layer.
 */
final class StepOutputLayer extends OutputLayer {

  private boolean stepActive;
  /** The input that {@link #stepPreOutput} was computed from in this step, else null. */
  private INDArray stepInput;
  private INDArray stepPreOutput;

  StepOutputLayer(NeuralNetConfiguration conf, DataType dataType) {
    super(conf, dataType);
  }

  /** Starts a training step: the next pre-activation computed for training may be reused. */
  void beginStep() {
    stepActive = true;
    stepInput = null;
  }

  /** Ends a training step. The next step reuses the kept copy's buffer. */
  void endStep() {
    stepActive = false;
    stepInput = null;
  }

  @Override
  protected INDArray preOutput2d(boolean training, LayerWorkspaceMgr workspaceMgr) {
    if (!stepActive || !training || input == null || input.rank() != 2 || maskArray != null
        || !hasBias() || hasLayerNorm() || layerConf().getIDropout() != null
        || layerConf().getWeightNoise() != null) {
      return super.preOutput2d(training, workspaceMgr);
    }
    if (stepInput == input) {
      INDArray copy = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS,
          stepPreOutput.dataType(), stepPreOutput.shape(), 'c');
      return copy.assign(stepPreOutput);
    }
    INDArray weights = getParam(DefaultParamInitializer.WEIGHT_KEY);
    INDArray bias = getParam(DefaultParamInitializer.BIAS_KEY);
    INDArray features = input.castTo(weights.dataType());
    INDArray z = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, weights.dataType(),
        new long[] {features.size(0), weights.size(1)}, 'c');
    Nd4j.gemm(features, weights, z, false, false, 1.0, 0.0);
    z.addiRowVector(bias);
    if (stepPreOutput == null || stepPreOutput.dataType() != z.dataType()
        || !Arrays.equals(stepPreOutput.shape(), z.shape())) {
      stepPreOutput = Nd4j.createUninitializedDetached(z.dataType(), z.shape());
    }
    stepPreOutput.assign(z);
    stepInput = input;
    return z;
  }
}
