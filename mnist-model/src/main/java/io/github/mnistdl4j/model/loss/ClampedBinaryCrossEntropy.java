package io.github.mnistdl4j.model.loss;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Binary cross-entropy with PyTorch's {@code BCELoss} semantics (PyTorch 1.13, CPU): each of
 * {@code log(yhat)} and {@code log(1 - yhat)} is clamped to at least -100, so a completely wrong
 * prediction costs exactly 100 and the loss is always finite.
 *
 * <p>The gradient is the one PyTorch's backward pass computes, {@code dL/dyhat = (yhat - y) /
 * max(yhat (1 - yhat), 1e-12)}, and not the derivative of the clamped formula: where the clamp is
 * active the true derivative is 0, but PyTorch keeps pushing the output back. Both agree wherever
 * {@code yhat (1 - yhat) > 1e-12}.
 *
 * <p>Use it for one or more sigmoid outputs with labels in [0, 1]. Instances have no state and
 * may be shared between threads.
 */
public final class ClampedBinaryCrossEntropy extends AbstractBinaryCrossEntropy {

  private static final long serialVersionUID = 1L;

  /** The lower bound of each log term, as in PyTorch's {@code binary_cross_entropy}. */
  public static final double MIN_LOG = -100.0;

  /** The lower bound of {@code yhat (1 - yhat)} in PyTorch's backward pass of this loss. */
  public static final double MIN_GRADIENT_DENOMINATOR = 1e-12;

  /** Creates the loss. It has no settings, so JSON deserialization uses this constructor too. */
  public ClampedBinaryCrossEntropy() {}

  @Override
  INDArray lossPerOutput(INDArray output, INDArray labels) {
    INDArray logOutput = Transforms.max(Transforms.log(output, true), MIN_LOG, false);
    INDArray logOneMinusOutput = Transforms.max(Transforms.log(output.rsub(1.0), false), MIN_LOG,
        false);
    return labels.mul(logOutput).addi(labels.rsub(1.0).muli(logOneMinusOutput)).negi();
  }

  @Override
  INDArray lossGradientByOutput(INDArray output, INDArray labels) {
    INDArray denominator = Transforms.max(output.rsub(1.0).muli(output), MIN_GRADIENT_DENOMINATOR,
        false);
    return output.sub(labels).divi(denominator);
  }
}
