package io.github.mnistdl4j.app.experiment;

import io.github.mnistdl4j.app.Console;
import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.app.TextTable;
import io.github.mnistdl4j.app.train.TrainRenderer;
import io.github.mnistdl4j.model.PreactivationSummary;
import io.github.mnistdl4j.model.TrainRun;
import io.github.mnistdl4j.model.experiment.HomeworkExperiment;
import io.github.mnistdl4j.model.experiment.LectureExperiment;
import io.github.mnistdl4j.model.experiment.OutputSummary;
import io.github.mnistdl4j.model.experiment.SaturationExperiment;
import io.github.mnistdl4j.model.experiment.ScalingExperiment;
import java.util.Locale;

/** Renders the experiments' results for the screen, in the current language. */
final class ExperimentRenderer {

  private final Text text;
  private final Console console;

  ExperimentRenderer(Text text, Console console) {
    this.text = text;
    this.console = console;
  }

  void lecture(LectureExperiment.Result result) {
    new TrainRenderer(new Text("train")).render(result.run(), console);
    console.println("");
    console.println(text.get("outputs.title"));
    TextTable table = new TextTable().row(text.get("outputs.y"), text.get("outputs.digit"),
        text.get("outputs.examples"), text.get("outputs.mean"), text.get("outputs.min"),
        text.get("outputs.max"), text.get("outputs.correct"), text.get("outputs.saturated"));
    for (OutputSummary summary : new OutputSummary[] {result.first(), result.second()}) {
      table.row(summary.label(), summary.digit(), summary.examples(),
          format(summary.meanYhat(), 6), format(summary.minYhat(), 6),
          format(summary.maxYhat(), 6), summary.correct(), summary.saturated());
    }
    table.render().forEach(console::println);
  }

  void homework(HomeworkExperiment.Result result) {
    console.println(text.get("homework.title"));
    TextTable table = new TextTable().row(text.get("homework.step"), text.get("homework.pixels"),
        text.get("homework.loss"), text.get("homework.firstLoss"), text.get("homework.finalLoss"),
        text.get("homework.trainAccuracy"), text.get("homework.testAccuracy"),
        text.get("homework.outcome"));
    for (HomeworkExperiment.Step step : result.steps()) {
      TrainRun run = step.run();
      String outcome = step.learned() ? text.get("homework.learned")
          : text.get("homework.failed", run.result().nonFiniteEpoch().orElse(0),
              format(run.result().finalLoss(), 6));
      table.row(step.id(), pixels(run), run.settings().loss().optionValue(),
          format(run.result().lossPerEpoch()[0], 6), format(run.result().finalLoss(), 6),
          format(run.trainEvaluation().accuracy(), 6), format(run.testEvaluation().accuracy(), 6),
          outcome);
    }
    table.render().forEach(console::println);
    console.println(text.get("homework.accuracyNote"));
  }

  void saturation(SaturationExperiment.Result result) {
    console.println(text.get("saturation.title", result.examples()));
    console.println(text.get("saturation.clampedMean", format(result.clampedMean(), 6)));
    console.println(text.get("saturation.naiveMean", format(result.naiveMean(), 6)));
    console.println(text.get("saturation.saturated", format(result.saturatedFraction(), 4)));
    console.println("");
    TextTable table = new TextTable().row("i", "y", "u2", "yhat", text.get("saturation.isOne"),
        text.get("saturation.clamped"), text.get("saturation.naive"));
    for (SaturationExperiment.Observation row : result.first()) {
      table.row(row.index(), row.label(), format(row.u2(), 3), String.valueOf(row.yhat()),
          row.exactlyOne() ? text.get("yes") : text.get("no"), format(row.clampedLoss(), 4),
          format(row.naiveLoss(), 4));
    }
    table.render().forEach(console::println);
    console.println("");
    console.println(text.get("saturation.counts", result.finiteCount(), result.infiniteCount(),
        result.nanCount()));
    console.println(text.get("saturation.arithmetic", format(result.finiteSum(), 3),
        result.infiniteCount(), result.examples(), format(result.meanWithInfAs100(), 6),
        format(result.clampedMean(), 6)));
  }

  void scaling(ScalingExperiment.Result result) {
    console.println(text.get("scaling.observation", result.index(), result.file(),
        result.label()));
    new TextTable()
        .row(text.get("scaling.pixels"), "u2", "sigmoid(u2)")
        .row(text.get("scaling.raw"), format(result.u2Raw(), 4), String.valueOf(result.yhatRaw()))
        .row(text.get("scaling.unit"), format(result.u2Unit(), 4),
            String.valueOf(result.yhatUnit()))
        .render().forEach(console::println);
    console.println("");
    console.println(text.get("scaling.all", result.raw().examples()));
    new TextTable()
        .row(text.get("scaling.pixels"), text.get("scaling.meanAbs"), text.get("scaling.maxAbs"),
            text.get("scaling.saturated"), text.get("scaling.nonFinite"))
        .row(summaryRow(text.get("scaling.raw"), result.raw()))
        .row(summaryRow(text.get("scaling.unit"), result.unit()))
        .render().forEach(console::println);
  }

  private String pixels(TrainRun run) {
    return text.get("pixels." + run.settings().scale().optionValue());
  }

  private static Object[] summaryRow(String label, PreactivationSummary summary) {
    return new Object[] {label, format(summary.meanAbs(), 3), format(summary.maxAbs(), 3),
        format(summary.saturatedFraction(), 4), summary.naiveLossNonFinite()};
  }

  /**
   * Formats a number with fixed decimals; NaN and infinities read "nan", "inf" and "-inf" as
   * PyTorch prints them, and -0.0 reads 0.
   */
  static String format(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", value + 0.0);
  }
}
