package io.github.mnistdl4j.model.experiment;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.PairData;
import io.github.mnistdl4j.data.PairLoader;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.data.Split;
import io.github.mnistdl4j.model.LectureDefaults;
import io.github.mnistdl4j.model.NetworkSettings;
import io.github.mnistdl4j.model.PairTraining;
import io.github.mnistdl4j.model.TrainRun;
import io.github.mnistdl4j.model.TrainSettings;
import io.github.mnistdl4j.model.Trainer;
import io.github.mnistdl4j.model.init.InitialWeights;
import io.github.mnistdl4j.model.loss.LossKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The homework on digits 0 and 1 with 784-64-1 and Adam 0.002: raw pixels learn with DL4J's and
 * with PyTorch's clipped cross-entropy, raw pixels fail with the textbook formula, and pixels
 * divided by 255 learn with the textbook formula too.
 */
public final class HomeworkExperiment {

  /** Hidden units of the homework network. */
  public static final int HIDDEN = 64;

  /** Adam's learning rate in the homework. */
  public static final double LEARNING_RATE = 0.002;

  /**
   * One step of the homework.
   *
   * @param id the homework's step number and variant: {@code 2-library}, {@code 2-clamped},
   *     {@code 3}, {@code 4}
   * @param run the training run; {@code run.result().nonFiniteEpoch()} gives the epoch where it failed
   */
  public record Step(String id, TrainRun run) {

    /** Whether the step trained through every epoch with a finite loss. */
    public boolean learned() {
      return run.result().completed();
    }
  }

  /** The steps in the homework's order. */
  public record Result(List<Step> steps) {}

  private HomeworkExperiment() {}

  /** The homework's settings for one scaling and loss variant, 200 epochs, seed 43052. */
  public static TrainSettings settings(PixelScale scale, LossKind loss) {
    return new TrainSettings(DigitPair.HOMEWORK,
        new NetworkSettings(HIDDEN, LEARNING_RATE, LectureDefaults.SEED), LectureDefaults.EPOCHS,
        scale, loss);
  }

  /**
   * Loads 0 and 1 once and runs every step, each from the same initial weights: seeded random
   * ones, or {@code initialWeights} when not null. A step whose loss turns NaN is recorded as
   * failed and the next step still runs.
   *
   * @param listeners gives each step's id a progress listener
   */
  public static Result run(Path root, InitialWeights initialWeights,
      Function<String, Trainer.EpochListener> listeners) {
    long start = System.nanoTime();
    PairLoader loader = PairLoader.open(root);
    PairData training = loader.load(Split.TRAINING, DigitPair.HOMEWORK, PixelScale.RAW);
    PairData testing = loader.load(Split.TESTING, DigitPair.HOMEWORK, PixelScale.RAW);
    double loadSeconds = (System.nanoTime() - start) / 1e9;

    List<Step> steps = new ArrayList<>();
    addStep(steps, "2-library", settings(PixelScale.RAW, LossKind.LIBRARY), training, testing,
        loadSeconds, initialWeights, listeners);
    addStep(steps, "2-clamped", settings(PixelScale.RAW, LossKind.CLAMPED), training, testing,
        loadSeconds, initialWeights, listeners);
    addStep(steps, "3", settings(PixelScale.RAW, LossKind.NAIVE), training, testing, loadSeconds,
        initialWeights, listeners);
    addStep(steps, "4", settings(PixelScale.UNIT, LossKind.NAIVE), training, testing, loadSeconds,
        initialWeights, listeners);
    return new Result(List.copyOf(steps));
  }

  private static void addStep(List<Step> steps, String id, TrainSettings settings,
      PairData training, PairData testing, double loadSeconds, InitialWeights initialWeights,
      Function<String, Trainer.EpochListener> listeners) {
    TrainRun run = PairTraining.train(training, testing, loadSeconds, settings, initialWeights,
        listeners.apply(id));
    steps.add(new Step(id, run));
  }
}
