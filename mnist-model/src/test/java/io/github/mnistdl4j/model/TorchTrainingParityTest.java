package io.github.mnistdl4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.data.testing.RealMnist;
import io.github.mnistdl4j.model.experiment.HomeworkExperiment;
import io.github.mnistdl4j.model.init.InitialWeights;
import io.github.mnistdl4j.model.loss.LossKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Real-data tier: trained from PyTorch's initial weights, the homework's runs follow PyTorch's
 * loss epoch by epoch. Every failure message shows the measured value.
 */
class TorchTrainingParityTest {

  @Test
  void scaledNaiveFollowsTorchLoss() {
    Path tree = RealMnist.treeOrSkip();
    JsonNode reference = TorchReference.testCase("homework4_0v1_scaled_naive");
    InitialWeights weights = InitialWeights.load(TorchReference.file(),
        "homework4_0v1_scaled_naive");

    TrainRun run = PairTraining.run(tree,
        HomeworkExperiment.settings(PixelScale.UNIT, LossKind.NAIVE), weights,
        Trainer.EpochListener.NONE);

    double[] losses = run.result().lossPerEpoch();
    JsonNode expected = reference.get("loss_before_each_epoch");
    assertEquals(expected.size(), losses.length, "epochs run");
    for (int epoch = 0; epoch < losses.length; epoch++) {
      double torchLoss = expected.get(epoch).asDouble();
      assertEquals(torchLoss, losses[epoch], 5e-4, "loss before epoch " + (epoch + 1)
          + ": PyTorch " + torchLoss + ", measured " + losses[epoch]);
    }
    double torchAccuracy = reference.get("train_accuracy_after_training").asDouble();
    double accuracy = run.trainEvaluation().accuracy();
    long examples = run.trainEvaluation().examples();
    assertEquals(torchAccuracy, accuracy, 1.0 / examples + 1e-9, "training accuracy: PyTorch "
        + torchAccuracy + ", measured " + accuracy + " of " + examples + " examples");
  }

  @Test
  void rawNaiveIsNanAtFirstEpoch() {
    Path tree = RealMnist.treeOrSkip();
    JsonNode reference = TorchReference.testCase("homework3_0v1_raw_naive");
    assertTrue(Double.isNaN(TorchReference.number(reference.get("loss_before_each_epoch").get(0))),
        "the reference's first loss is NaN");
    InitialWeights weights = InitialWeights.load(TorchReference.file(),
        "homework3_0v1_raw_naive");

    TrainRun run = PairTraining.run(tree,
        HomeworkExperiment.settings(PixelScale.RAW, LossKind.NAIVE), weights,
        Trainer.EpochListener.NONE);

    assertEquals(1, run.result().nonFiniteEpoch().orElse(-1),
        "epoch of the first non-finite loss; losses " + java.util.Arrays.toString(
            run.result().lossPerEpoch()));
    assertTrue(Double.isNaN(run.result().finalLoss()), "loss " + run.result().finalLoss());
  }
}
