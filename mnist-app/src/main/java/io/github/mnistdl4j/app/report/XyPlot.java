package io.github.mnistdl4j.app.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds an XY chart in the project's style from plain arrays: lines, large points and small
 * translucent dots, on linear or logarithmic axes. Each series takes the next colour of
 * {@link ChartStyle#PALETTE}.
 *
 * <pre>{@code
 * XYChart chart = new XyPlot(ChartSize.STANDARD, "Loss", "epoch", "loss")
 *     .line("training", epochs, loss)
 *     .logY()
 *     .chart();
 * ChartImages.writePng(chart, dir.resolve("loss.png"));
 * }</pre>
 *
 * <p>Not thread-safe; build one chart per thread.
 */
public final class XyPlot {

  /** Diameter in pixels of a point drawn by {@link #points}. */
  public static final double POINT_DIAMETER = 7;

  /** Diameter in pixels of a dot drawn by {@link #dots}. */
  public static final double DOT_DIAMETER = 3;

  /** Opacity of a dot drawn by {@link #dots}, 0..255: dense regions show darker. */
  public static final int DOT_ALPHA = 90;

  private final XYChart chart;
  private final List<double[]> xData = new ArrayList<>();
  private final List<double[]> yData = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private boolean roundXTicks;
  private boolean logX;
  private boolean logY;

  /**
   * Starts an empty chart.
   *
   * @param size image size
   * @param title chart title, may be empty
   * @param xAxisTitle title of the horizontal axis, may be empty
   * @param yAxisTitle title of the vertical axis, may be empty
   */
  public XyPlot(ChartSize size, String title, String xAxisTitle, String yAxisTitle) {
    chart = new XYChart(size.width(), size.height());
    chart.setTitle(title);
    chart.setXAxisTitle(xAxisTitle);
    chart.setYAxisTitle(yAxisTitle);
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setLegendPosition(LegendPosition.InsideNE);
  }

  /** Adds a series drawn as a solid line through its points, 2 pixels wide. */
  public XyPlot line(String name, double[] x, double[] y) {
    XYSeries series = add(name, x, y);
    series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineStyle(new BasicStroke(2f));
    return this;
  }

  /** Adds a series drawn as a line with a point at each value, for short series such as epochs. */
  public XyPlot lineWithPoints(String name, double[] x, double[] y) {
    XYSeries series = add(name, x, y);
    series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    series.setMarker(new Dot(POINT_DIAMETER));
    series.setMarkerColor(series.getLineColor());
    series.setLineStyle(new BasicStroke(2f));
    return this;
  }

  /** Adds a series drawn as opaque points of {@value #POINT_DIAMETER} pixels, without a line. */
  public XyPlot points(String name, double[] x, double[] y) {
    XYSeries series = add(name, x, y);
    series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
    series.setMarker(new Dot(POINT_DIAMETER));
    return this;
  }

  /**
   * Adds a series drawn as small translucent dots of {@value #DOT_DIAMETER} pixels, without a
   * line, so that thousands of values overlap into a visible density.
   */
  public XyPlot dots(String name, double[] x, double[] y) {
    XYSeries series = add(name, x, y);
    series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
    series.setMarker(new Dot(DOT_DIAMETER));
    Color color = series.getMarkerColor();
    series.setMarkerColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), DOT_ALPHA));
    return this;
  }

  /** Draws the horizontal axis on a logarithmic scale; every x value must then be above zero. */
  public XyPlot logX() {
    logX = true;
    return this;
  }

  /** Draws the vertical axis on a logarithmic scale; every y value must then be above zero. */
  public XyPlot logY() {
    logY = true;
    return this;
  }

  /** Fixes the horizontal axis to {@code min..max} instead of fitting it to the data. */
  public XyPlot xRange(double min, double max) {
    if (!(min < max)) {
      throw new IllegalArgumentException("x range must have min < max, was " + min + ".." + max);
    }
    chart.getStyler().setXAxisMin(min);
    chart.getStyler().setXAxisMax(max);
    return this;
  }

  /**
   * Labels the horizontal axis with round values (0, 200, 400) instead of data values, for
   * series with many equally spaced x values such as example indices or bin edges.
   *
   * <p>XChart 3.8.8 puts ticks only at data values when all x values are equally spaced, which
   * suits a few epochs (1, 2, 3) but gives labels such as 102, 204, 306 for 2,038 examples. This
   * option widens the axis by 1% of the data's span on each side, which moves its ends off that
   * grid so XChart picks round values. It has no effect on a logarithmic axis or after
   * {@link #xRange}.
   */
  public XyPlot roundXTicks() {
    roundXTicks = true;
    return this;
  }

  /** Fixes the vertical axis to {@code min..max} instead of fitting it to the data. */
  public XyPlot yRange(double min, double max) {
    if (!(min < max)) {
      throw new IllegalArgumentException("y range must have min < max, was " + min + ".." + max);
    }
    chart.getStyler().setYAxisMin(min);
    chart.getStyler().setYAxisMax(max);
    return this;
  }

  /** Hides the legend, for a chart whose title already names its only series. */
  public XyPlot noLegend() {
    chart.getStyler().setLegendVisible(false);
    return this;
  }

  /**
   * Returns the XChart chart for further styling or for {@link ChartImages}.
   *
   * @throws IllegalArgumentException if no series was added, or a logarithmic axis has a value
   *     at or below zero
   */
  public XYChart chart() {
    checkSeries();
    if (roundXTicks && !logX && chart.getStyler().getXAxisMin() == null) {
      padXRange();
    }
    chart.getStyler().setXAxisLogarithmic(logX);
    chart.getStyler().setYAxisLogarithmic(logY);
    labelLogAxes();
    return chart;
  }

  private void checkSeries() {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("chart '" + chart.getTitle() + "' has no series");
    }
    for (int s = 0; s < names.size(); s++) {
      if (logX) {
        checkPositive(names.get(s), "x", xData.get(s));
      }
      if (logY) {
        checkPositive(names.get(s), "y", yData.get(s));
      }
    }
  }

  /**
   * Chooses the labels of logarithmic axes. Within two decades every 2..9 times a power of ten
   * gets a label. Across more, XChart labels only powers of ten, so the axis is widened to the
   * next powers of ten and both of its ends get a label.
   */
  private void labelLogAxes() {
    boolean xDecadesOnly = logX && decades(xData) > 2;
    boolean yDecadesOnly = logY && decades(yData) > 2;
    chart.getStyler().setXAxisLogarithmicDecadeOnly(!logX || xDecadesOnly);
    chart.getStyler().setYAxisLogarithmicDecadeOnly(!logY || yDecadesOnly);
    if (xDecadesOnly && chart.getStyler().getXAxisMin() == null) {
      chart.getStyler().setXAxisMin(powerOfTenBelow(min(xData)));
      chart.getStyler().setXAxisMax(powerOfTenAbove(max(xData)));
    }
    if (yDecadesOnly && chart.getStyler().getYAxisMin() == null) {
      chart.getStyler().setYAxisMin(powerOfTenBelow(min(yData)));
      chart.getStyler().setYAxisMax(powerOfTenAbove(max(yData)));
    }
  }

  /** Widens the horizontal axis by 1% of the data's span on each side. */
  private void padXRange() {
    double min = min(xData);
    double max = max(xData);
    double pad = min < max ? 0.01 * (max - min) : 0.5;
    chart.getStyler().setXAxisMin(min - pad);
    chart.getStyler().setXAxisMax(max + pad);
  }

  /** Number of powers of ten between the smallest and the largest value of all series. */
  private static double decades(List<double[]> data) {
    return Math.log10(max(data) / min(data));
  }

  private static double min(List<double[]> data) {
    return data.stream().flatMapToDouble(Arrays::stream).min().orElseThrow();
  }

  private static double max(List<double[]> data) {
    return data.stream().flatMapToDouble(Arrays::stream).max().orElseThrow();
  }

  private static double powerOfTenBelow(double value) {
    return Math.pow(10, Math.floor(Math.log10(value)));
  }

  private static double powerOfTenAbove(double value) {
    return Math.pow(10, Math.ceil(Math.log10(value)));
  }

  private XYSeries add(String name, double[] x, double[] y) {
    if (names.contains(name)) {
      throw new IllegalArgumentException("chart '" + chart.getTitle()
          + "' already has a series named '" + name + "'");
    }
    if (x.length != y.length) {
      throw new IllegalArgumentException("series '" + name + "' has " + x.length
          + " x values but " + y.length + " y values");
    }
    if (x.length == 0) {
      throw new IllegalArgumentException("series '" + name + "' is empty");
    }
    checkFinite(name, "x", x);
    checkFinite(name, "y", y);

    XYSeries series = chart.addSeries(name, x.clone(), y.clone());
    Color color = ChartStyle.PALETTE.get(names.size() % ChartStyle.PALETTE.size());
    series.setLineColor(color);
    series.setMarkerColor(color);
    names.add(name);
    xData.add(x);
    yData.add(y);
    return series;
  }

  private static void checkFinite(String name, String axis, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("series '" + name + "' has " + axis + "[" + i
            + "] = " + values[i] + "; a chart needs finite numbers");
      }
    }
  }

  private static void checkPositive(String name, String axis, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] <= 0) {
        throw new IllegalArgumentException("series '" + name + "' has " + axis + "[" + i
            + "] = " + values[i] + ", but a logarithmic axis needs values above zero");
      }
    }
  }
}
