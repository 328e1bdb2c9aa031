package io.github.mnistdl4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.data.testing.RealMnist;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Accuracy tier on real MNIST; every failure message shows the measured value. */
class RealMnistModelTest {

  @Test
  void lectureRunReachesAccuracy() {
    Path tree = RealMnist.treeOrSkip();

    TrainRun run = PairTraining.run(tree, TrainSettings.lecture(), Trainer.EpochListener.NONE);

    assertEquals(Map.of(3, 6131, 7, 6265), run.training().countByDigit());
    assertEquals(Map.of(3, 1010, 7, 1028), run.testing().countByDigit());
    assertTrue(run.result().completed(), "training stopped: " + run.result());
    double train = run.trainEvaluation().accuracy();
    double test = run.testEvaluation().accuracy();
    assertTrue(train >= 0.99, "training accuracy " + train + " is below 0.99");
    assertTrue(test >= 0.98, "testing accuracy " + test + " is below 0.98");
    assertTrue(run.preactivationRaw().meanAbs() > 10 * run.preactivationUnit().meanAbs(),
        "raw mean |u2| " + run.preactivationRaw().meanAbs() + " vs unit "
            + run.preactivationUnit().meanAbs());
  }

  @Test
  void homeworkPairScaledReachesAccuracy() {
    Path tree = RealMnist.treeOrSkip();
    TrainSettings settings = new TrainSettings(DigitPair.HOMEWORK,
        new NetworkSettings(64, 0.002, LectureDefaults.SEED), LectureDefaults.EPOCHS,
        PixelScale.UNIT);

    TrainRun run = PairTraining.run(tree, settings, Trainer.EpochListener.NONE);

    double test = run.testEvaluation().accuracy();
    assertTrue(test >= 0.995, "testing accuracy " + test + " is below 0.995");
    assertEquals(0.0, run.preactivationUnit().saturatedFraction(),
        "unit pixels should not saturate the sigmoid");
  }
}
