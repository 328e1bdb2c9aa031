package io.github.mnistdl4j.app.approx;

import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.model.approx.ApproximationResult;
import io.github.mnistdl4j.model.approx.BuiltInTarget;
import io.github.mnistdl4j.model.approx.Samples;
import io.github.mnistdl4j.model.approx.Target;
import io.github.mnistdl4j.model.approx.WidthFit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the charts of an approximation run as PNG files with XChart: the target and the network's
 * output for each hidden width, all widths together for a one-input target, and the errors
 * against H on logarithmic axes.
 */
final class ApproximationCharts {

  /** Width of every chart in pixels. */
  static final int WIDTH = 800;

  /** Height of every chart in pixels. */
  static final int HEIGHT = 500;

  /** Smallest error drawn, because a logarithmic axis cannot show 0. */
  private static final double SMALLEST_ERROR = 1e-12;

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
      XYChart chart = result.inputCount() == 1
          ? fitCurveChart(target, result, List.of(fit))
          : fitScatterChart(result, fit);
      chart.setTitle(text.get("chart.fit.title", result.targetName(),
          Integer.toString(fit.hidden()), ApproximationTable.error(fit.maxAbsError())));
      files.add(save(chart, folder.resolve("fit-h" + fit.hidden() + ".png")));
    }
    if (result.inputCount() == 1) {
      XYChart chart = fitCurveChart(target, result, result.fits());
      chart.setTitle(text.get("chart.fits.title", result.targetName()));
      files.add(save(chart, folder.resolve("fits.png")));
    }
    files.add(save(errorChart(result), folder.resolve("errors.png")));
    return files;
  }

  /** Target and network output against x, the points sorted by x. */
  private XYChart fitCurveChart(Target target, ApproximationResult result, List<WidthFit> fits) {
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

    XYChart chart = newChart("x", "y");
    if (target instanceof BuiltInTarget builtIn) {
      // Without fixed ends the axis starts at the first midpoint and gets ticks like .0005.
      chart.getStyler().setXAxisMin(builtIn.low());
      chart.getStyler().setXAxisMax(builtIn.high());
    }
    chart.getStyler().setXAxisDecimalPattern("0.##");
    chart.getStyler().setYAxisDecimalPattern("0.##");
    XYSeries targetSeries = chart.addSeries(text.get("chart.series.target"), x, y);
    // A CSV file gives separate points, a built-in target a continuous curve.
    if (result.evaluatedOnTrainingPoints()) {
      targetSeries.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
      targetSeries.setMarker(SeriesMarkers.CIRCLE);
    } else {
      targetSeries.setMarker(SeriesMarkers.NONE);
    }
    for (WidthFit fit : fits) {
      double[] output = new double[order.length];
      for (int i = 0; i < order.length; i++) {
        output[i] = fit.predictions()[order[i]];
      }
      chart.addSeries(text.get("chart.series.fit", Integer.toString(fit.hidden())), x, output)
          .setMarker(SeriesMarkers.NONE);
    }
    return chart;
  }

  /** Network output against target value for a two-input target; a perfect fit is the diagonal. */
  private XYChart fitScatterChart(ApproximationResult result, WidthFit fit) {
    double[] targets = result.evaluation().outputs();
    double low = IntStream.range(0, targets.length)
        .mapToDouble(i -> Math.min(targets[i], fit.predictions()[i])).min().orElseThrow();
    double high = IntStream.range(0, targets.length)
        .mapToDouble(i -> Math.max(targets[i], fit.predictions()[i])).max().orElseThrow();

    XYChart chart = newChart(text.get("chart.axis.targetValue"), text.get("chart.axis.output"));
    chart.addSeries(text.get("chart.series.ideal"), new double[] {low, high},
        new double[] {low, high}).setMarker(SeriesMarkers.NONE);
    XYSeries points = chart.addSeries(
        text.get("chart.series.fit", Integer.toString(fit.hidden())), targets, fit.predictions());
    points.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
    points.setMarker(SeriesMarkers.CIRCLE);
    chart.getStyler().setMarkerSize(2);
    return chart;
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

    XYChart chart = newChart(text.get("chart.axis.hidden"), text.get("chart.axis.error"));
    chart.setTitle(text.get("chart.errors.title", result.targetName(),
        result.settings().activation().displayName()));
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisLogarithmic(true);
    chart.addSeries(text.get("chart.series.maxError"), widths, maxErrors)
        .setMarker(SeriesMarkers.CIRCLE);
    chart.addSeries(text.get("chart.series.meanError"), widths, meanErrors)
        .setMarker(SeriesMarkers.DIAMOND);
    return chart;
  }

  private static XYChart newChart(String xTitle, String yTitle) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
    chart.getStyler().setChartTitleVisible(true);
    return chart;
  }

  private static Path save(XYChart chart, Path file) {
    byte[] png;
    try {
      png = BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode chart " + file.getFileName() + " as PNG", e);
    }
    AtomicFiles.write(file, png);
    return file;
  }
}
