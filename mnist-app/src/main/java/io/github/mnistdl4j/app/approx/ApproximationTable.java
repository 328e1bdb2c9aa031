package io.github.mnistdl4j.app.approx;

import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.app.TextTable;
import io.github.mnistdl4j.model.approx.ApproximationResult;
import io.github.mnistdl4j.model.approx.ApproximationSettings;
import io.github.mnistdl4j.model.approx.BuiltInTarget;
import io.github.mnistdl4j.model.approx.Target;
import io.github.mnistdl4j.model.approx.WidthFit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders an approximation result as a few lines of setup and one table row per width. */
final class ApproximationTable {

  private final Text text;

  ApproximationTable(Text text) {
    this.text = text;
  }

  /** Returns the lines to print, in the current language, with columns aligned for a terminal. */
  List<String> render(Target target, ApproximationResult result) {
    ApproximationSettings settings = result.settings();
    List<String> lines = new ArrayList<>();
    lines.add(text.get("table.target", result.targetName(), describeTarget(target)));
    lines.add(result.evaluatedOnTrainingPoints()
        ? text.get("table.evaluatedOnTraining", Integer.toString(result.trainingPoints()))
        : text.get("table.evaluatedBetween", Integer.toString(result.trainingPoints()),
            Integer.toString(result.evaluation().size())));
    lines.add(text.get("table.training", settings.activation().displayName(),
        Integer.toString(settings.steps()), plain(settings.learningRate()),
        Long.toString(settings.seed())));
    lines.add("");

    TextTable table = new TextTable().row(text.get("column.hidden"),
        text.get("column.activation"), text.get("column.maxError"), text.get("column.meanError"),
        text.get("column.trainingMaxError"), text.get("column.seconds"));
    for (WidthFit fit : result.fits()) {
      table.row(fit.hidden(), fit.activation().displayName(), error(fit.maxAbsError()),
          error(fit.meanAbsError()), error(fit.trainingMaxAbsError()),
          String.format(Locale.ROOT, "%.1f", fit.seconds()));
    }
    lines.addAll(table.render());

    WidthFit best = result.bestFit();
    lines.add("");
    lines.add(text.get("table.best", Integer.toString(best.hidden()), error(best.maxAbsError())));
    return lines;
  }

  private String describeTarget(Target target) {
    return target instanceof BuiltInTarget builtIn
        ? text.get("target." + builtIn.displayName())
        : text.get("target.csv", Integer.toString(target.inputCount()));
  }

  /** Formats an absolute error with four decimals, the resolution the lecture's thresholds need. */
  static String error(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  /** Formats a number without exponent or trailing zeros, such as 0.0001. */
  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
