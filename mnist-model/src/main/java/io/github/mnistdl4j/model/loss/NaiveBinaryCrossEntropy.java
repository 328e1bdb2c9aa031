package io.github.mnistdl4j.model.loss;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The textbook binary cross-entropy {@code -(y log(yhat) + (1 - y) log(1 - yhat))} with nothing
 * clipped, as the lecture writes it by hand.
 *
 * <p>It follows IEEE arithmetic in the network's data type, so a saturated sigmoid gives what the
 * hand-written PyTorch loss gives: with {@code yhat = 1} and {@code y = 0} the loss is +inf, and
 * with {@code yhat = 1} and {@code y = 1} it is NaN, because {@code (1 - y) log(1 - yhat)} is
 * {@code 0 * -inf}. The same holds mirrored for {@code yhat = 0}. One NaN makes the mean NaN. In
 * float32, {@code sigmoid(z)} is already exactly 1 at z = 17.
 *
 * <p>The gradient is the plain derivative {@code dL/dyhat = (1 - y) / (1 - yhat) - y / yhat},
 * so it is NaN or inf exactly where PyTorch's autograd gives NaN or inf for the hand-written loss.
 *
 * <p>Instances have no state and may be shared between threads.
 */
public final class NaiveBinaryCrossEntropy extends AbstractBinaryCrossEntropy {

  private static final long serialVersionUID = 1L;

  /** Creates the loss. It has no settings, so JSON deserialization uses this constructor too. */
  public NaiveBinaryCrossEntropy() {}

  @Override
  INDArray lossPerOutput(INDArray output, INDArray labels) {
    INDArray logOutput = Transforms.log(output, true);
    INDArray logOneMinusOutput = Transforms.log(output.rsub(1.0), false);
    return labels.mul(logOutput).addi(labels.rsub(1.0).muli(logOneMinusOutput)).negi();
  }

  @Override
  INDArray lossGradientByOutput(INDArray output, INDArray labels) {
    INDArray negativeTerm = labels.rsub(1.0).divi(output.rsub(1.0));
    return negativeTerm.subi(labels.div(output));
  }
}
