package io.github.mnistdl4j.app.report;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.PairData;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.data.Split;
import io.github.mnistdl4j.model.BinaryEvaluation;
import io.github.mnistdl4j.model.PreactivationInspector;
import io.github.mnistdl4j.model.TrainRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Builds the report of a training run or of a probe of an untrained network. */
public final class RunReports {

  private RunReports() {}

  /**
   * The report of a training run: loss per epoch, accuracy and confusion on both splits, y against
   * yhat on the testing split, u2 with raw and /255 training pixels, and the first image of each
   * digit. A run that stopped at a NaN loss shows the finite epochs only and no predictions.
   */
  public static RunReport fromTrainRun(String command, TrainRun run, Map<String, String> settings) {
    DigitPair pair = run.settings().pair();
    PairData rawTraining = run.training().scale() == PixelScale.RAW ? run.training() : null;
    INDArray rawFeatures = rawTraining != null ? rawTraining.features()
        : run.training().features().mul(io.github.mnistdl4j.data.ImageShape.MAX_PIXEL);

    RunReport.Predictions predictions = null;
    if (run.result().completed()) {
      predictions = new RunReport.Predictions(Split.TESTING,
          run.testing().labels().toFloatVector(),
          run.network().output(run.testing().features(), false).toFloatVector());
    }
    return new RunReport(command, pair, settings, counts(run.training(), run.testing()),
        finitePrefix(run.result().lossPerEpoch()), false,
        List.of(confusion(Split.TRAINING, run.trainEvaluation()),
            confusion(Split.TESTING, run.testEvaluation())),
        predictions,
        preActivations(run.network(), rawFeatures),
        firstImages(run.training(), rawFeatures));
  }

  /**
   * The report of an untrained network probed on raw pixels: class counts, y against yhat with
   * raw pixels, u2 with raw and /255 pixels, and the first image of each digit.
   */
  public static RunReport fromProbe(String command, PairData raw, MultiLayerNetwork network,
      Map<String, String> settings) {
    RunReport.Predictions predictions = new RunReport.Predictions(raw.split(),
        raw.labels().toFloatVector(), network.output(raw.features(), false).toFloatVector());
    return new RunReport(command, raw.pair(), settings, counts(raw), new double[0], false,
        List.of(), predictions, preActivations(network, raw.features()),
        firstImages(raw, raw.features()));
  }

  private static List<RunReport.ClassCount> counts(PairData... splits) {
    List<RunReport.ClassCount> counts = new ArrayList<>();
    for (PairData data : splits) {
      for (int digit : data.pair().digits()) {
        counts.add(new RunReport.ClassCount(data.split(), digit,
            data.countByDigit().getOrDefault(digit, 0)));
      }
    }
    return counts;
  }

  private static RunReport.Confusion confusion(Split split, BinaryEvaluation evaluation) {
    return new RunReport.Confusion(split, evaluation.truePositives(),
        evaluation.falsePositives(), evaluation.trueNegatives(), evaluation.falseNegatives());
  }

  private static RunReport.PreActivations preActivations(MultiLayerNetwork network,
      INDArray rawFeatures) {
    float[] raw = PreactivationInspector.outputPreactivation(network, rawFeatures)
        .toFloatVector();
    float[] unit = PreactivationInspector.outputPreactivation(network,
        PixelScale.UNIT.apply(rawFeatures.dup())).toFloatVector();
    if (!allFinite(raw) || !allFinite(unit)) {
      return null;
    }
    return new RunReport.PreActivations(Split.TRAINING, raw, unit);
  }

  private static List<RunReport.DigitImage> firstImages(PairData data, INDArray rawFeatures) {
    List<RunReport.DigitImage> images = new ArrayList<>();
    float[] labels = data.labels().toFloatVector();
    for (int label = 0; label <= 1; label++) {
      for (int row = 0; row < labels.length; row++) {
        if (labels[row] == label) {
          images.add(new RunReport.DigitImage(data.split(), data.pair().digitOf(label),
              imageIndex(data, row), rawFeatures.getRow(row).dup().toFloatVector()));
          break;
        }
      }
    }
    return images;
  }

  /** The image's index in MNIST, its file name, or its row when the name is not a number. */
  private static int imageIndex(PairData data, int row) {
    String name = data.files().get(row).getFileName().toString();
    String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    return stem.chars().allMatch(Character::isDigit) && !stem.isEmpty() && stem.length() < 10
        ? Integer.parseInt(stem) : row;
  }

  private static double[] finitePrefix(double[] losses) {
    int finite = 0;
    while (finite < losses.length && Double.isFinite(losses[finite]) && losses[finite] >= 0) {
      finite++;
    }
    return Arrays.copyOf(losses, finite);
  }

  private static boolean allFinite(float[] values) {
    for (float value : values) {
      if (!Float.isFinite(value)) {
        return false;
      }
    }
    return true;
  }
}
