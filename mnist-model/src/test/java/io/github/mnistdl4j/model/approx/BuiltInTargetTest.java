package io.github.mnistdl4j.model.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuiltInTargetTest {

  private static final double TOLERANCE = 1e-12;

  @Test
  void valuesMatchTheFormulas() {
    assertEquals(1, BuiltInTarget.SIN.valueAt(0.25), TOLERANCE);
    assertEquals(0, BuiltInTarget.SIN.valueAt(0.5), TOLERANCE);
    assertEquals(0.7, BuiltInTarget.ABS.valueAt(-0.7), TOLERANCE);
    assertEquals(0.5, BuiltInTarget.BENT.valueAt(0), TOLERANCE);
    assertEquals(0.25, BuiltInTarget.BENT.valueAt(-0.25), TOLERANCE);
    assertEquals(0, BuiltInTarget.BENT.valueAt(0.75), TOLERANCE);
    assertEquals(0.5, BuiltInTarget.STEP.valueAt(0), TOLERANCE);
    assertTrue(BuiltInTarget.STEP.valueAt(0.1) > 0.99);
    assertEquals(-0.25, BuiltInTarget.SADDLE.valueAt(0.5, -0.5), TOLERANCE);
  }

  @Test
  void bentEqualsItsSumOfThreeReLUs() {
    for (double x = -1; x <= 1; x += 0.01) {
      double sum = relu(x + 0.5) - 2 * relu(x) + relu(x - 0.5);
      assertEquals(sum, BuiltInTarget.BENT.valueAt(x), TOLERANCE, "x = " + x);
    }
  }

  @Test
  void trainingGridIncludesBothEnds() {
    Samples samples = BuiltInTarget.SIN.trainingSamples(200);

    assertEquals(200, samples.size());
    assertEquals(0, samples.inputs()[0][0]);
    assertEquals(1, samples.inputs()[199][0], TOLERANCE);
    assertEquals(Math.sin(2 * Math.PI * samples.inputs()[50][0]), samples.outputs()[50]);
  }

  @Test
  void evaluationGridIsDenserAndAvoidsTrainingPoints() {
    for (BuiltInTarget target : BuiltInTarget.values()) {
      Samples training = target.trainingSamples(200);
      Samples evaluation = target.evaluationSamples(200);

      assertTrue(evaluation.size() > training.size(), target + " " + evaluation.size());
      Set<String> trainingPoints = new HashSet<>();
      for (double[] point : training.inputs()) {
        trainingPoints.add(Arrays.toString(point));
      }
      for (double[] point : evaluation.inputs()) {
        assertFalse(trainingPoints.contains(Arrays.toString(point)),
            target + " evaluates on training point " + Arrays.toString(point));
      }
      assertTrue(evaluation.minInput(0) > target.low(), target.toString());
      assertTrue(evaluation.maxInput(0) < target.high(), target.toString());
    }
  }

  @Test
  void oneInputEvaluationHasAThousandPoints() {
    assertEquals(1000, BuiltInTarget.SIN.evaluationSamples(200).size());
    assertEquals(2500, BuiltInTarget.SIN.evaluationSamples(500).size());
  }

  @Test
  void saddleUsesSquareGrids() {
    Samples training = BuiltInTarget.SADDLE.trainingSamples(200);
    Samples evaluation = BuiltInTarget.SADDLE.evaluationSamples(200);

    assertEquals(15, BuiltInTarget.SADDLE.trainingPointsPerAxis(200));
    assertEquals(15 * 15, training.size());
    assertEquals(2, training.inputCount());
    assertEquals(100 * 100, evaluation.size());
    double[] corner = training.inputs()[training.size() - 1];
    assertEquals(1, corner[0], TOLERANCE);
    assertEquals(1, corner[1], TOLERANCE);
    assertEquals(1, training.outputs()[training.size() - 1], TOLERANCE);
  }

  @Test
  void findIgnoresCaseAndRejectsOthers() {
    assertEquals(BuiltInTarget.STEP, BuiltInTarget.find("STEP").orElseThrow());
    assertTrue(BuiltInTarget.find("cos").isEmpty());
  }

  private static double relu(double z) {
    return Math.max(0, z);
  }
}
