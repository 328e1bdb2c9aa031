package io.github.mnistdl4j.app.train;

import io.github.mnistdl4j.app.Json;
import io.github.mnistdl4j.data.PairData;
import io.github.mnistdl4j.model.BinaryEvaluation;
import io.github.mnistdl4j.model.PreactivationSummary;
import io.github.mnistdl4j.model.TrainRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --json} document of a training run; its keys are a published format. */
public final class TrainJson {

  private TrainJson() {}

  /** Builds the document as ordered maps and lists. */
  public static Map<String, Object> toJson(TrainRun run) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("digits", run.settings().pair().digits());
    Map<String, Object> examples = new LinkedHashMap<>();
    examples.put("training", counts(run.training()));
    examples.put("testing", counts(run.testing()));
    root.put("examples", examples);
    root.put("hidden", run.settings().network().hidden());
    root.put("epochs", run.settings().epochs());
    root.put("learning_rate", run.settings().network().learningRate());
    root.put("seed", run.settings().network().seed());
    root.put("scale", run.settings().scale().optionValue());
    root.put("loss", run.settings().loss().optionValue());
    List<Object> losses = new ArrayList<>();
    for (double loss : run.result().lossPerEpoch()) {
      losses.add(Json.number(loss));
    }
    root.put("loss_per_epoch", losses);
    root.put("final_loss", Json.number(run.result().finalLoss()));
    root.put("train_accuracy", Json.number(run.trainEvaluation().accuracy()));
    root.put("test_accuracy", Json.number(run.testEvaluation().accuracy()));
    root.put("confusion", confusion(run.testEvaluation()));
    root.put("train_confusion", confusion(run.trainEvaluation()));
    Map<String, Object> preactivation = new LinkedHashMap<>();
    preactivation.put("raw", preactivation(run.preactivationRaw()));
    preactivation.put("unit", preactivation(run.preactivationUnit()));
    root.put("preactivation", preactivation);
    root.put("load_seconds", run.loadSeconds());
    root.put("train_seconds", run.result().seconds());
    run.result().nonFiniteEpoch().ifPresent(epoch -> root.put("non_finite_epoch", epoch));
    return root;
  }

  private static Map<String, Integer> counts(PairData data) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int digit : data.pair().digits()) {
      counts.put(Integer.toString(digit), data.countByDigit().getOrDefault(digit, 0));
    }
    return counts;
  }

  private static Map<String, Object> confusion(BinaryEvaluation evaluation) {
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("tp", evaluation.truePositives());
    counts.put("fp", evaluation.falsePositives());
    counts.put("tn", evaluation.trueNegatives());
    counts.put("fn", evaluation.falseNegatives());
    return counts;
  }

  /** Builds the u2 summary as the train document writes it. */
  public static Map<String, Object> preactivation(PreactivationSummary summary) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("mean_abs", Json.number(summary.meanAbs()));
    values.put("max_abs", Json.number(summary.maxAbs()));
    values.put("saturated_fraction", Json.number(summary.saturatedFraction()));
    values.put("naive_loss_nonfinite", summary.naiveLossNonFinite());
    return values;
  }
}
