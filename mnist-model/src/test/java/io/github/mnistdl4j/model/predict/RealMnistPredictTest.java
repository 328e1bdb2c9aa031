package io.github.mnistdl4j.model.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.data.testing.RealMnist;
import io.github.mnistdl4j.model.LectureDefaults;
import io.github.mnistdl4j.model.NetworkSettings;
import io.github.mnistdl4j.model.PairTraining;
import io.github.mnistdl4j.model.TrainRun;
import io.github.mnistdl4j.model.TrainSettings;
import io.github.mnistdl4j.model.Trainer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real-data tier: a model saved after training on real MNIST 3 vs 7 and loaded again predicts
 * what the trained network in memory predicts. Training runs 30 epochs instead of the lecture's
 * 200 to keep the test short; the comparison does not depend on how well the network learned.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealMnistPredictTest {

  private static final int EPOCHS = 30;

  @TempDir
  static Path folder;

  private TrainRun run;
  private DigitClassifier classifier;
  private List<Prediction> predictions;

  @BeforeAll
  void trainSaveAndLoad() {
    Path tree = RealMnist.treeOrSkip();
    TrainSettings lecture = TrainSettings.lecture();
    TrainSettings settings = new TrainSettings(lecture.pair(),
        new NetworkSettings(LectureDefaults.HIDDEN, LectureDefaults.LEARNING_RATE,
            LectureDefaults.SEED), EPOCHS, lecture.scale());
    run = PairTraining.run(tree, settings, Trainer.EpochListener.NONE);

    Path model = folder.resolve("lecture-30.zip");
    ModelFile.save(run.network(), ModelInfo.forTraining(settings), model);
    classifier = DigitClassifier.load(model);
    predictions = classifier.predictFiles(run.testing().files());
  }

  @Test
  void loadedOutputsEqualTrainedOutputs() {
    float[] expected = run.network().output(run.testing().features(), false).toFloatVector();

    double maxDifference = 0;
    for (int i = 0; i < expected.length; i++) {
      maxDifference = Math.max(maxDifference,
          Math.abs(expected[i] - predictions.get(i).probability()));
    }

    assertEquals(2038, predictions.size(), "testing images of 3 and 7");
    assertTrue(maxDifference <= 1e-6, "largest difference between loaded and trained outputs is "
        + maxDifference + " over " + expected.length + " images");
  }

  @Test
  void correctCountEqualsEvaluation() {
    long correct = 0;
    for (int i = 0; i < predictions.size(); i++) {
      int actual = Integer.parseInt(run.testing().files().get(i).getParent().getFileName()
          .toString());
      if (predictions.get(i).digit() == actual) {
        correct++;
      }
    }

    assertEquals(run.testEvaluation().correct(), correct, "correct predictions of the loaded"
        + " model: " + correct + " of " + predictions.size() + "; evaluation of the trained"
        + " network: " + run.testEvaluation().correct() + " (accuracy "
        + run.testEvaluation().accuracy() + ")");
  }
}
