package io.github.mnistdl4j.app.experiment;

import io.github.mnistdl4j.app.Json;
import io.github.mnistdl4j.app.train.TrainJson;
import io.github.mnistdl4j.model.TrainRun;
import io.github.mnistdl4j.model.experiment.HomeworkExperiment;
import io.github.mnistdl4j.model.experiment.LectureExperiment;
import io.github.mnistdl4j.model.experiment.OutputSummary;
import io.github.mnistdl4j.model.experiment.SaturationExperiment;
import io.github.mnistdl4j.model.experiment.ScalingExperiment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --json} documents of the experiments. Non-finite numbers are the strings "nan"/"inf". */
final class ExperimentJson {

  private ExperimentJson() {}

  static Map<String, Object> lecture(LectureExperiment.Result result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("experiment", ExperimentName.LECTURE_3V7.optionValue());
    root.putAll(TrainJson.toJson(result.run()));
    root.put("outputs", List.of(outputs(result.first()), outputs(result.second())));
    return root;
  }

  static Map<String, Object> homework(HomeworkExperiment.Result result) {
    List<Object> steps = new ArrayList<>();
    for (HomeworkExperiment.Step step : result.steps()) {
      TrainRun run = step.run();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("step", step.id());
      entry.put("scale", run.settings().scale().optionValue());
      entry.put("loss", run.settings().loss().optionValue());
      entry.put("learned", step.learned());
      run.result().nonFiniteEpoch().ifPresent(epoch -> {
        entry.put("failed_at_epoch", epoch);
        entry.put("failure", "loss is " + Json.number(run.result().finalLoss()));
      });
      entry.put("epochs_run", run.result().lossPerEpoch().length);
      entry.put("first_loss", Json.number(run.result().lossPerEpoch()[0]));
      entry.put("final_loss", Json.number(run.result().finalLoss()));
      entry.put("train_accuracy", Json.number(run.trainEvaluation().accuracy()));
      entry.put("test_accuracy", Json.number(run.testEvaluation().accuracy()));
      List<Object> losses = new ArrayList<>();
      for (double loss : run.result().lossPerEpoch()) {
        losses.add(Json.number(loss));
      }
      entry.put("loss_per_epoch", losses);
      steps.add(entry);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("experiment", ExperimentName.HOMEWORK_0V1.optionValue());
    root.put("digits", List.of(0, 1));
    root.put("hidden", HomeworkExperiment.HIDDEN);
    root.put("learning_rate", HomeworkExperiment.LEARNING_RATE);
    root.put("steps", steps);
    return root;
  }

  static Map<String, Object> saturation(SaturationExperiment.Result result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("experiment", ExperimentName.LOSS_SATURATION.optionValue());
    root.put("examples", result.examples());
    root.put("clamped_mean", Json.number(result.clampedMean()));
    root.put("naive_mean", Json.number(result.naiveMean()));
    root.put("naive_finite", result.finiteCount());
    root.put("naive_finite_sum", Json.number(result.finiteSum()));
    root.put("naive_inf", result.infiniteCount());
    root.put("naive_nan", result.nanCount());
    root.put("mean_with_inf_as_100", Json.number(result.meanWithInfAs100()));
    root.put("saturated_fraction", Json.number(result.saturatedFraction()));
    List<Object> rows = new ArrayList<>();
    for (SaturationExperiment.Observation observation : result.first()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("index", observation.index());
      row.put("y", observation.label());
      row.put("u2", Json.number(observation.u2()));
      row.put("yhat", Json.number(observation.yhat()));
      row.put("yhat_is_one", observation.exactlyOne());
      row.put("clamped_loss", Json.number(observation.clampedLoss()));
      row.put("naive_loss", Json.number(observation.naiveLoss()));
      rows.add(row);
    }
    root.put("first_observations", rows);
    return root;
  }

  static Map<String, Object> scaling(ScalingExperiment.Result result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("experiment", ExperimentName.SCALING.optionValue());
    root.put("index", result.index());
    root.put("file", result.file().toString());
    root.put("y", result.label());
    root.put("u2_raw", Json.number(result.u2Raw()));
    root.put("u2_unit", Json.number(result.u2Unit()));
    root.put("yhat_raw", Json.number(result.yhatRaw()));
    root.put("yhat_unit", Json.number(result.yhatUnit()));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("raw", TrainJson.preactivation(result.raw()));
    summary.put("unit", TrainJson.preactivation(result.unit()));
    root.put("preactivation", summary);
    return root;
  }

  private static Map<String, Object> outputs(OutputSummary summary) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("label", summary.label());
    values.put("digit", summary.digit());
    values.put("examples", summary.examples());
    values.put("mean_yhat", Json.number(summary.meanYhat()));
    values.put("min_yhat", Json.number(summary.minYhat()));
    values.put("max_yhat", Json.number(summary.maxYhat()));
    values.put("correct", summary.correct());
    values.put("saturated", summary.saturated());
    return values;
  }
}
