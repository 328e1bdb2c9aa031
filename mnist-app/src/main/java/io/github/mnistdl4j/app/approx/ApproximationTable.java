package io.github.mnistdl4j.app.approx;

import io.github.mnistdl4j.app.Text;
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

  private static final String COLUMN_GAP = "  ";

  private final Text text;

  ApproximationTable(Text text) {
    this.text = text;
  }

  /** The lines to print, in the current language, with columns aligned for a terminal. */
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

    String[] header = {
        text.get("column.hidden"), text.get("column.activation"), text.get("column.maxError"),
        text.get("column.meanError"), text.get("column.trainingMaxError"),
        text.get("column.seconds")};
    List<String[]> rows = new ArrayList<>();
    for (WidthFit fit : result.fits()) {
      rows.add(new String[] {
          Integer.toString(fit.hidden()), fit.activation().displayName(),
          error(fit.maxAbsError()), error(fit.meanAbsError()), error(fit.trainingMaxAbsError()),
          String.format(Locale.ROOT, "%.1f", fit.seconds())});
    }
    lines.addAll(alignColumns(header, rows));

    WidthFit best = result.bestFit();
    lines.add("");
    lines.add(text.get("table.best", Integer.toString(best.hidden()), error(best.maxAbsError())));
    return lines;
  }

  /**
   * Pads each cell to its column's widest cell in terminal columns. The activation column is left
   * aligned and the numeric columns are right aligned.
   */
  private static List<String> alignColumns(String[] header, List<String[]> rows) {
    int[] widths = new int[header.length];
    for (int column = 0; column < header.length; column++) {
      widths[column] = DisplayWidth.of(header[column]);
      for (String[] row : rows) {
        widths[column] = Math.max(widths[column], DisplayWidth.of(row[column]));
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(joinRow(header, widths));
    String[] rule = new String[header.length];
    for (int column = 0; column < header.length; column++) {
      rule[column] = "-".repeat(widths[column]);
    }
    lines.add(joinRow(rule, widths));
    for (String[] row : rows) {
      lines.add(joinRow(row, widths));
    }
    return lines;
  }

  private static String joinRow(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int column = 0; column < cells.length; column++) {
      if (column > 0) {
        line.append(COLUMN_GAP);
      }
      line.append(column == 1
          ? DisplayWidth.padRight(cells[column], widths[column])
          : DisplayWidth.padLeft(cells[column], widths[column]));
    }
    return line.toString().stripTrailing();
  }

  private String describeTarget(Target target) {
    return target instanceof BuiltInTarget builtIn
        ? text.get("target." + builtIn.displayName())
        : text.get("target.csv", Integer.toString(target.inputCount()));
  }

  /** An absolute error with four decimals, the resolution the lecture's thresholds need. */
  static String error(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  /** A number without exponent or trailing zeros, such as 0.0001. */
  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
