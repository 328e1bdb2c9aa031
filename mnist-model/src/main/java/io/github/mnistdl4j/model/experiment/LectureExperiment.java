package io.github.mnistdl4j.model.experiment;

import io.github.mnistdl4j.model.PairTraining;
import io.github.mnistdl4j.model.TrainRun;
import io.github.mnistdl4j.model.TrainSettings;
import io.github.mnistdl4j.model.Trainer;
import io.github.mnistdl4j.model.init.InitialWeights;
import java.nio.file.Path;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The lecture's main run: 3 against 7, 784-30-1, Adam 0.001, seed 43052, 200 full-batch epochs on
 * raw pixels with DL4J's cross-entropy, then y against yhat on the training images.
 */
public final class LectureExperiment {

  /**
   * What the lecture run shows.
   *
   * @param run the training run with its accuracy and u2 inspection
   * @param first outputs for the first digit (label 0)
   * @param second outputs for the second digit (label 1)
   */
  public record Result(TrainRun run, OutputSummary first, OutputSummary second) {}

  private LectureExperiment() {}

  /** Runs the lecture, from {@code initialWeights} when not null. */
  public static Result run(Path root, InitialWeights initialWeights,
      Trainer.EpochListener listener) {
    TrainRun run = PairTraining.run(root, TrainSettings.lecture(), initialWeights, listener);
    INDArray yhat = run.network().output(run.training().features(), false);
    return new Result(run,
        OutputSummary.of(0, run.settings().pair().first(), yhat, run.training().labels()),
        OutputSummary.of(1, run.settings().pair().second(), yhat, run.training().labels()));
  }
}
