package io.github.mnistdl4j.model.loss;

import java.util.Arrays;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * Shared part of the binary cross-entropy variants: shape checks, activation, masking and the
 * reduction to per-example and mean scores, following the conventions of DL4J's
 * {@code LossBinaryXENT}.
 *
 * <p>A subclass supplies the loss of each output, {@code -(y log(yhat) + (1 - y) log(1 - yhat))}
 * with its own treatment of {@code log(0)}, and the derivative of that loss by {@code yhat}.
 * Everything is computed in the data type of the pre-activation, so a float32 network gets
 * float32 rounding, including a sigmoid that returns exactly 0 or 1.
 *
 * <p>Masks follow DL4J: a mask has the shape of the labels (per output) or {@code [n, 1]}
 * (per example), and a mean divides by the number of rows, masked rows included. Unlike DL4J's
 * plain multiplication, a masked entry is set to exactly 0, so that a NaN or inf under the mask
 * does not leak into the score or the gradient.
 *
 * <p>Instances have no state and may be shared between threads.
 */
abstract class AbstractBinaryCrossEntropy implements ILossFunction {

  private static final long serialVersionUID = 1L;

  /**
   * Returns the loss of each output as a new array. {@code output} and {@code labels} have the
   * same shape and data type, and neither may be changed.
   */
  abstract INDArray lossPerOutput(INDArray output, INDArray labels);

  /**
   * Returns the derivative of {@link #lossPerOutput} by each output as a new array, before the
   * output activation's own derivative is applied.
   */
  abstract INDArray lossGradientByOutput(INDArray output, INDArray labels);

  @Override
  public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn,
      INDArray mask, boolean average) {
    INDArray losses = maskedLossPerOutput(labels, preOutput, activationFn, mask);
    double score = losses.sumNumber().doubleValue();
    return average ? score / losses.size(0) : score;
  }

  /** Returns the loss of each example, summed over its outputs, as an array {@code [n, 1]}. */
  @Override
  public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn,
      INDArray mask) {
    return maskedLossPerOutput(labels, preOutput, activationFn, mask).sum(true, 1);
  }

  /**
   * Returns the gradient of the summed loss by the pre-activation. Like the gradient of DL4J's
   * own losses, it is not divided by the number of examples.
   */
  @Override
  public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn,
      INDArray mask) {
    checkShapes(labels, preOutput);
    INDArray output = activationFn.getActivation(preOutput.dup(), true);
    INDArray gradientByOutput = applyMask(
        lossGradientByOutput(output, labels.castTo(preOutput.dataType())), mask);

    // ActivationSigmoid.backprop writes its result into its first argument, so it gets a copy.
    INDArray gradient = activationFn.backprop(preOutput.dup(), gradientByOutput).getFirst();
    return applyMask(gradient, mask);
  }

  @Override
  public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput,
      IActivation activationFn, INDArray mask, boolean average) {
    return new Pair<>(computeScore(labels, preOutput, activationFn, mask, average),
        computeGradient(labels, preOutput, activationFn, mask));
  }

  @Override
  public String name() {
    return toString();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "()";
  }

  @Override
  public boolean equals(Object other) {
    return other != null && other.getClass() == getClass();
  }

  @Override
  public int hashCode() {
    return getClass().hashCode();
  }

  private INDArray maskedLossPerOutput(INDArray labels, INDArray preOutput,
      IActivation activationFn, INDArray mask) {
    checkShapes(labels, preOutput);
    INDArray output = activationFn.getActivation(preOutput.dup(), true);
    return applyMask(lossPerOutput(output, labels.castTo(preOutput.dataType())), mask);
  }

  private static void checkShapes(INDArray labels, INDArray preOutput) {
    if (!labels.equalShapes(preOutput)) {
      throw new IllegalArgumentException("Labels and pre-output must have the same shape, but"
          + " labels are " + Arrays.toString(labels.shape()) + " and pre-output is "
          + Arrays.toString(preOutput.shape()));
    }
  }

  /**
   * Returns the values multiplied by the mask, with masked entries exactly 0. It may change
   * {@code values}, and returns them unchanged when there is no mask.
   */
  private static INDArray applyMask(INDArray values, INDArray mask) {
    if (mask == null) {
      return values;
    }
    INDArray fullMask = mask.castTo(values.dataType());
    if (!fullMask.equalShapes(values)) {
      boolean perExample = fullMask.rank() == 2 && fullMask.size(1) == 1
          && fullMask.size(0) == values.size(0);
      if (!perExample) {
        throw new IllegalArgumentException("Mask must have shape " + Arrays.toString(values.shape())
            + " or [" + values.size(0) + ", 1], but is " + Arrays.toString(mask.shape()));
      }
      fullMask = fullMask.broadcast(values.shape());
    }
    // putWhereWithMask returns a new array; it does not change values.
    return values.muli(fullMask).putWhereWithMask(fullMask.eq(0.0), 0.0);
  }
}
