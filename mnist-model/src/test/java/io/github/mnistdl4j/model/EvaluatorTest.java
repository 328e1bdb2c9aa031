package io.github.mnistdl4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class EvaluatorTest {

  @Test
  void lectureFormulaOnHandMadePredictions() {
    var yhat = Nd4j.create(new float[] {0.9f, 0.2f, 0.5f, 0.51f, 0.49f, Float.NaN}, new long[] {6, 1});
    var y = Nd4j.create(new float[] {1, 0, 1, 0, 0, 1}, new long[] {6, 1});

    BinaryEvaluation evaluation = Evaluator.evaluate(yhat, y);

    // 0.5 is not above 0.5, so it predicts 0; NaN predicts 0 as well.
    assertEquals(1, evaluation.truePositives());
    assertEquals(1, evaluation.falsePositives());
    assertEquals(2, evaluation.trueNegatives());
    assertEquals(2, evaluation.falseNegatives());
    assertEquals(3.0 / 6, evaluation.accuracy(), 1e-12);
    assertEquals(3, evaluation.correct());
  }

  @Test
  void emptyGivesNaN() {
    var none = Nd4j.create(new float[0], new long[] {0, 1});

    assertEquals(Double.NaN, Evaluator.evaluate(none, none).accuracy());
  }
}
