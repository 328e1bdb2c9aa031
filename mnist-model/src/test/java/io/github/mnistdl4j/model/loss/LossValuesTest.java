package io.github.mnistdl4j.model.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;

/**
 * Per-example losses, means and gradients on hand-made outputs. The identity activation passes
 * yhat through unchanged, so exact 0 and 1 can be fed in. The sigmoid cases show where float32
 * produces them by itself.
 */
class LossValuesTest {

  private static final IActivation IDENTITY = new ActivationIdentity();
  private static final IActivation SIGMOID = new ActivationSigmoid();

  private final ILossFunction clamped = new ClampedBinaryCrossEntropy();
  private final ILossFunction naive = new NaiveBinaryCrossEntropy();

  private static INDArray column(DataType type, double... values) {
    return Nd4j.createFromArray(values).castTo(type).reshape(values.length, 1);
  }

  private static double[] perExample(ILossFunction loss, INDArray yhat, INDArray y,
      IActivation activation, INDArray mask) {
    return loss.computeScoreArray(y, yhat, activation, mask).toDoubleVector();
  }

  @Test
  void clampedPerExampleValues() {
    for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
      INDArray yhat = column(type, 1, 1, 0, 0, 0.25, 0.25, 1e-50);
      INDArray y = column(type, 0, 1, 0, 1, 1, 0, 1);
      double[] losses = perExample(clamped, yhat, y, IDENTITY, null);

      assertEquals(100.0, losses[0], 0.0, type + ": yhat=1, y=0 costs exactly 100");
      assertEquals(0.0, losses[1], 0.0, type + ": yhat=1, y=1");
      assertEquals(0.0, losses[2], 0.0, type + ": yhat=0, y=0");
      assertEquals(100.0, losses[3], 0.0, type + ": yhat=0, y=1 costs exactly 100");
      assertEquals(-Math.log(0.25), losses[4], 1e-6, type + ": yhat=0.25, y=1");
      assertEquals(-Math.log(0.75), losses[5], 1e-6, type + ": yhat=0.25, y=0");
      // 1e-50 is 0 in float32, and log(1e-50) = -115.1 in float64. Both are clamped to 100.
      assertEquals(100.0, losses[6], 0.0, type + ": yhat=1e-50, y=1");
    }
  }

  @Test
  void naivePerExampleValues() {
    for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
      INDArray yhat = column(type, 1, 1, 0, 0, 0.25, 0.25);
      INDArray y = column(type, 0, 1, 0, 1, 1, 0);
      double[] losses = perExample(naive, yhat, y, IDENTITY, null);

      assertEquals(Double.POSITIVE_INFINITY, losses[0], type + ": yhat=1, y=0 is -log(0)");
      assertTrue(Double.isNaN(losses[1]), type + ": yhat=1, y=1 has 0 * log(0), was " + losses[1]);
      assertTrue(Double.isNaN(losses[2]), type + ": yhat=0, y=0 has 0 * log(0), was " + losses[2]);
      assertEquals(Double.POSITIVE_INFINITY, losses[3], type + ": yhat=0, y=1 is -log(0)");
      assertEquals(-Math.log(0.25), losses[4], 1e-6, type + ": yhat=0.25, y=1");
      assertEquals(-Math.log(0.75), losses[5], 1e-6, type + ": yhat=0.25, y=0");
    }

    double tiny = perExample(naive, column(DataType.DOUBLE, 1e-50), column(DataType.DOUBLE, 1),
        IDENTITY, null)[0];
    assertEquals(-Math.log(1e-50), tiny, 1e-9, "float64 keeps 1e-50, and nothing clamps the log");
  }

  @Test
  void libraryClipsWhereOthersDoNot() {
    double loss = perExample(new LossBinaryXENT(), column(DataType.DOUBLE, 1),
        column(DataType.DOUBLE, 0), IDENTITY, null)[0];
    assertEquals(-Math.log(1e-5), loss, 1e-6, "DL4J clips yhat=1 to 1 - 1e-5");
  }

  @Test
  void meanScoreDividesByExamples() {
    INDArray yhat = column(DataType.FLOAT, 1, 0.25, 0.25);
    INDArray y = column(DataType.FLOAT, 0, 1, 0);
    double expectedSum = 100.0 - Math.log(0.25) - Math.log(0.75);

    assertEquals(expectedSum, clamped.computeScore(y, yhat, IDENTITY, null, false), 1e-4);
    assertEquals(expectedSum / 3, clamped.computeScore(y, yhat, IDENTITY, null, true), 1e-4);
    assertEquals(Double.POSITIVE_INFINITY, naive.computeScore(y, yhat, IDENTITY, null, true));
  }

  @Test
  void naiveMeanIsNanWithOneCorrectSaturatedExample() {
    INDArray yhat = column(DataType.FLOAT, 1, 1, 0.25);
    INDArray y = column(DataType.FLOAT, 0, 1, 1);

    double mean = naive.computeScore(y, yhat, IDENTITY, null, true);
    assertTrue(Double.isNaN(mean), "inf + NaN + finite is NaN, was " + mean);
    assertEquals((100.0 - Math.log(0.25)) / 3, clamped.computeScore(y, yhat, IDENTITY, null, true),
        1e-4);
  }

  @Test
  void perExampleMaskZeroesMaskedRows() {
    INDArray yhat = column(DataType.FLOAT, 1, 0.25, 1);
    INDArray y = column(DataType.FLOAT, 1, 1, 0);
    INDArray mask = column(DataType.FLOAT, 0, 1, 0);

    double[] losses = perExample(naive, yhat, y, IDENTITY, mask);
    assertEquals(0.0, losses[0], 0.0, "masked NaN row");
    assertEquals(-Math.log(0.25), losses[1], 1e-6);
    assertEquals(0.0, losses[2], 0.0, "masked inf row");
    assertEquals(-Math.log(0.25) / 3, naive.computeScore(y, yhat, IDENTITY, mask, true), 1e-6,
        "the mean divides by all rows, as DL4J's losses do");

    double[] gradient = naive.computeGradient(y, yhat, IDENTITY, mask).toDoubleVector();
    assertEquals(0.0, gradient[0], 0.0, "masked NaN gradient");
    assertEquals(-4.0, gradient[1], 1e-6);
    assertEquals(0.0, gradient[2], 0.0, "masked inf gradient");
  }

  @Test
  void maskOfWrongShapeIsRejected() {
    INDArray yhat = column(DataType.FLOAT, 0.5, 0.5);
    INDArray y = column(DataType.FLOAT, 1, 0);
    INDArray mask = column(DataType.FLOAT, 1, 1, 1);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> clamped.computeScoreArray(y, yhat, IDENTITY, mask));
    assertTrue(e.getMessage().contains("[3, 1]"), e.getMessage());
  }

  @Test
  void labelsOfWrongShapeAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> naive.computeScore(column(DataType.FLOAT, 1, 0, 1), column(DataType.FLOAT, 0.5, 0.5),
            IDENTITY, null, true));
    assertTrue(e.getMessage().contains("[3, 1]"), e.getMessage());
    assertTrue(e.getMessage().contains("[2, 1]"), e.getMessage());
  }

  @Test
  void clampedGradientFollowsPyTorch() {
    INDArray yhat = column(DataType.DOUBLE, 0.25, 0.5, 1, 0, 1e-13);
    INDArray y = column(DataType.DOUBLE, 1, 0, 0, 1, 0);
    double[] gradient = clamped.computeGradient(y, yhat, IDENTITY, null).toDoubleVector();

    assertEquals(-0.75 / 0.1875, gradient[0], 1e-12);
    assertEquals(0.5 / 0.25, gradient[1], 1e-12);
    assertEquals(1e12, gradient[2], 1.0, "yhat (1 - yhat) = 0 is raised to 1e-12");
    assertEquals(-1e12, gradient[3], 1.0);
    assertEquals(1e-13 / 1e-12, gradient[4], 1e-6, "1e-13 (1 - 1e-13) is below 1e-12");
  }

  @Test
  void naiveGradientHasNanAndInfAtSaturation() {
    INDArray yhat = column(DataType.FLOAT, 0.25, 1, 1, 0, 0);
    INDArray y = column(DataType.FLOAT, 1, 0, 1, 0, 1);
    double[] gradient = naive.computeGradient(y, yhat, IDENTITY, null).toDoubleVector();

    assertEquals(-4.0, gradient[0], 1e-6);
    assertEquals(Double.POSITIVE_INFINITY, gradient[1], "yhat=1, y=0: 1 / (1 - 1)");
    assertTrue(Double.isNaN(gradient[2]), "yhat=1, y=1: 0 / 0, was " + gradient[2]);
    assertTrue(Double.isNaN(gradient[3]), "yhat=0, y=0: 0 / 0, was " + gradient[3]);
    assertEquals(Double.NEGATIVE_INFINITY, gradient[4], "yhat=0, y=1: -1 / 0");
  }

  @Test
  void float32SigmoidSaturatesAtTwenty() {
    INDArray z = column(DataType.FLOAT, 20, 20, 16);
    INDArray yhat = SIGMOID.getActivation(z.dup(), false);
    assertEquals(1.0f, yhat.getFloat(0), 0.0f, "sigmoid(20f) is exactly 1 in float32");
    assertTrue(yhat.getFloat(2) < 1.0f, "sigmoid(16f) is still below 1, was " + yhat.getFloat(2));

    INDArray y = column(DataType.FLOAT, 0, 1, 0);
    double[] naiveLosses = perExample(naive, z, y, SIGMOID, null);
    assertEquals(Double.POSITIVE_INFINITY, naiveLosses[0], "z=20, y=0");
    assertTrue(Double.isNaN(naiveLosses[1]), "z=20, y=1, was " + naiveLosses[1]);
    assertEquals(-Math.log(1.0 - yhat.getFloat(2)), naiveLosses[2], 1e-4,
        "z=16, y=0: finite, -log(1 - yhat) of the float32 yhat");

    double[] clampedLosses = perExample(clamped, z, y, SIGMOID, null);
    assertEquals(100.0, clampedLosses[0], 0.0, "z=20, y=0");
    assertEquals(0.0, clampedLosses[1], 0.0, "z=20, y=1");
  }

  @Test
  void float64SigmoidDoesNotSaturateAtTwenty() {
    INDArray z = column(DataType.DOUBLE, 20);
    double loss = perExample(naive, z, column(DataType.DOUBLE, 0), SIGMOID, null)[0];
    assertEquals(20.0, loss, 1e-6, "-log(1 - sigmoid(20)) is 20 plus about 2e-9 in float64");
  }

  @Test
  void saturatedGradientThroughSigmoid() {
    INDArray z = column(DataType.FLOAT, 20, 20);
    INDArray y = column(DataType.FLOAT, 0, 1);

    double[] clampedGradient = clamped.computeGradient(y, z, SIGMOID, null).toDoubleVector();
    assertEquals(0.0, clampedGradient[0], 0.0, "1e12 times the float32 sigmoid derivative 0");
    assertEquals(0.0, clampedGradient[1], 0.0);

    double[] naiveGradient = naive.computeGradient(y, z, SIGMOID, null).toDoubleVector();
    assertTrue(Double.isNaN(naiveGradient[0]), "inf times 0, was " + naiveGradient[0]);
    assertTrue(Double.isNaN(naiveGradient[1]), "NaN times 0, was " + naiveGradient[1]);
  }

  @Test
  void gradientAndScoreMatchSeparateCalls() {
    INDArray z = column(DataType.DOUBLE, -1.5, 0.3, 2.0);
    INDArray y = column(DataType.DOUBLE, 0, 1, 1);
    for (ILossFunction loss : new ILossFunction[] {clamped, naive}) {
      var both = loss.computeGradientAndScore(y, z, SIGMOID, null, true);
      assertEquals(loss.computeScore(y, z, SIGMOID, null, true), both.getFirst(), 0.0, loss.name());
      assertEquals(loss.computeGradient(y, z, SIGMOID, null), both.getSecond(), loss.name());
    }
  }

  @Test
  void inputsAreNotModified() {
    INDArray z = column(DataType.FLOAT, -1.5, 0.3, 20);
    INDArray y = column(DataType.FLOAT, 0, 1, 1);
    INDArray zBefore = z.dup();
    INDArray yBefore = y.dup();
    for (ILossFunction loss : new ILossFunction[] {clamped, naive}) {
      loss.computeGradientAndScore(y, z, SIGMOID, null, true);
      loss.computeScoreArray(y, z, SIGMOID, null);
    }
    assertEquals(zBefore, z);
    assertEquals(yBefore, y);
  }
}
