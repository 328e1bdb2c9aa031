package io.github.mnistdl4j.app.approx;

import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.app.report.ChartImages;
import io.github.mnistdl4j.app.report.ChartSize;
import io.github.mnistdl4j.app.report.XyPlot;
import io.github.mnistdl4j.model.approx.ApproximationResult;
import io.github.mnistdl4j.model.approx.BuiltInTarget;
import io.github.mnistdl4j.model.approx.Samples;
import io.github.mnistdl4j.model.approx.Target;
import io.github.mnistdl4j.model.approx.WidthFit;
import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * Draws the charts of an approximation run as PNG files: the target and the network's output for
 * each hidden width, all widths together for a one-input target, and the errors against H on
 * logarithmic axes.
 */
final class ApproximationCharts {

  /** Size of every chart. */
  static final ChartSize SIZE = ChartSize.STANDARD;

  /** Smallest error drawn, because a logarithmic axis cannot show 0. */
  private static final double SMALLEST_ERROR = 1e-12;

  /**
   * Colours of the widths in the chart of all widths, from small H to large H, after
   * matplotlib's plasma colour map, so that the order of the curves is visible at a glance.
   */
  private static final List<Color> WIDTH_COLORS = List.of(
      new Color(0xf0a030), new Color(0xe16462), new Color(0xb12a90), new Color(0x6a00a8),
      new Color(0x0d0887));

  private final Text text;

  ApproximationCharts(Text text) {
    this.text = text;
  }

  /**
   * Writes the charts into {@code folder}, creating it if needed, and returns the files in the
   * order written: {@code fit-h<H>.png} per width, {@code fits.png} for a one-input target, and
   * {@code errors.png}. Files of the same names are replaced.
   */
  List<Path> write(Target target, ApproximationResult result, Path folder) {
    List<Path> files = new ArrayList<>();
    for (WidthFit fit : result.fits()) {
      String title = text.get("chart.fit.title", result.targetName(),
          Integer.toString(fit.hidden()), ApproximationTable.error(fit.maxAbsError()));
      XYChart chart = result.inputCount() == 1
          ? fitCurveChart(title, target, result, List.of(fit))
          : fitScatterChart(title, result, fit);
      files.add(save(chart, folder.resolve("fit-h" + fit.hidden() + ".png")));
    }
    if (result.inputCount() == 1) {
      XYChart chart = fitCurveChart(text.get("chart.fits.title", result.targetName()), target,
          result, result.fits());
      colorByWidth(chart, result.fits());
      files.add(save(chart, folder.resolve("fits.png")));
    }
    files.add(save(errorChart(result), folder.resolve("errors.png")));
    return files;
  }

  /** Target and network output against x, the points sorted by x. */
  private XYChart fitCurveChart(String title, Target target, ApproximationResult result,
      List<WidthFit> fits) {
    Samples evaluation = result.evaluation();
    int[] order = IntStream.range(0, evaluation.size()).boxed()
        .sorted(Comparator.comparingDouble(row -> evaluation.inputs()[row][0]))
        .mapToInt(Integer::intValue).toArray();
    double[] x = new double[order.length];
    double[] y = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      x[i] = evaluation.inputs()[order[i]][0];
      y[i] = evaluation.outputs()[order[i]];
    }

    XyPlot plot = new XyPlot(SIZE, title, "x", "y");
    // With one fit the target comes first in the legend. With several, good fits would cover
    // the target, so it is drawn last, on top of them.
    if (fits.size() == 1) {
      addTarget(plot, result, x, y);
    }
    for (WidthFit fit : fits) {
      double[] output = new double[order.length];
      for (int i = 0; i < order.length; i++) {
        output[i] = fit.predictions()[order[i]];
      }
      plot.line(seriesName(fit), x, output);
    }
    if (fits.size() > 1) {
      addTarget(plot, result, x, y);
    }
    if (target instanceof BuiltInTarget builtIn) {
      plot.xRange(builtIn.low(), builtIn.high());
    }
    return withLegendOutside(plot.chart());
  }

  /** Adds the target as points for a CSV file and as a continuous curve for a built-in. */
  private void addTarget(XyPlot plot, ApproximationResult result, double[] x, double[] y) {
    if (result.evaluatedOnTrainingPoints()) {
      plot.points(text.get("chart.series.target"), x, y);
    } else {
      plot.line(text.get("chart.series.target"), x, y);
    }
  }

  /** Network output against target value for a two-input target; a perfect fit is the diagonal. */
  private XYChart fitScatterChart(String title, ApproximationResult result, WidthFit fit) {
    double[] targets = result.evaluation().outputs();
    double[] predictions = fit.predictions();
    double low = IntStream.range(0, targets.length)
        .mapToDouble(i -> Math.min(targets[i], predictions[i])).min().orElseThrow();
    double high = IntStream.range(0, targets.length)
        .mapToDouble(i -> Math.max(targets[i], predictions[i])).max().orElseThrow();

    XYChart chart = new XyPlot(SIZE, title, text.get("chart.axis.targetValue"),
        text.get("chart.axis.output"))
        .line(text.get("chart.series.ideal"), new double[] {low, high}, new double[] {low, high})
        .dots(seriesName(fit), targets, predictions)
        .chart();
    return withLegendOutside(chart);
  }

  /** Maximum and mean absolute error against H, both axes logarithmic. */
  private XYChart errorChart(ApproximationResult result) {
    List<WidthFit> byWidth = result.fits().stream()
        .sorted(Comparator.comparingInt(WidthFit::hidden)).toList();
    double[] widths = byWidth.stream().mapToDouble(WidthFit::hidden).toArray();
    double[] maxErrors = byWidth.stream()
        .mapToDouble(fit -> Math.max(SMALLEST_ERROR, fit.maxAbsError())).toArray();
    double[] meanErrors = byWidth.stream()
        .mapToDouble(fit -> Math.max(SMALLEST_ERROR, fit.meanAbsError())).toArray();

    XyPlot plot = new XyPlot(SIZE,
        text.get("chart.errors.title", result.targetName(),
            result.settings().activation().displayName()),
        text.get("chart.axis.hidden"), text.get("chart.axis.error"))
        .lineWithPoints(text.get("chart.series.maxError"), widths, maxErrors)
        .lineWithPoints(text.get("chart.series.meanError"), widths, meanErrors)
        .logY();
    // One width gives no range for a logarithmic x axis.
    if (widths.length > 1) {
      plot.logX();
    }
    return withLegendOutside(plot.chart());
  }

  private String seriesName(WidthFit fit) {
    return text.get("chart.series.fit", Integer.toString(fit.hidden()));
  }

  /**
   * Draws the target as a thin black line, which stays visible on top of fits that match it, and
   * the widths from light to dark in the order of H.
   */
  private void colorByWidth(XYChart chart, List<WidthFit> fits) {
    XYSeries target = chart.getSeriesMap().get(text.get("chart.series.target"));
    target.setLineColor(Color.BLACK);
    target.setMarkerColor(Color.BLACK);
    target.setLineStyle(new BasicStroke(1.5f));
    List<WidthFit> byWidth = fits.stream()
        .sorted(Comparator.comparingInt(WidthFit::hidden)).toList();
    for (int rank = 0; rank < byWidth.size(); rank++) {
      double position = byWidth.size() == 1 ? 1 : (double) rank / (byWidth.size() - 1);
      chart.getSeriesMap().get(seriesName(byWidth.get(rank)))
          .setLineColor(interpolate(WIDTH_COLORS, position));
    }
  }

  /** Returns the colour at {@code position} in 0..1 along a list of evenly spaced colours. */
  private static Color interpolate(List<Color> colors, double position) {
    double scaled = position * (colors.size() - 1);
    int index = Math.min((int) scaled, colors.size() - 2);
    double fraction = scaled - index;
    Color from = colors.get(index);
    Color to = colors.get(index + 1);
    return new Color(
        (int) Math.round(from.getRed() + fraction * (to.getRed() - from.getRed())),
        (int) Math.round(from.getGreen() + fraction * (to.getGreen() - from.getGreen())),
        (int) Math.round(from.getBlue() + fraction * (to.getBlue() - from.getBlue())));
  }

  /** Moves the legend beside the plot, where it cannot hide a curve that reaches a corner. */
  private static XYChart withLegendOutside(XYChart chart) {
    chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
    return chart;
  }

  private static Path save(XYChart chart, Path file) {
    ChartImages.writePng(chart, file);
    return file;
  }
}
