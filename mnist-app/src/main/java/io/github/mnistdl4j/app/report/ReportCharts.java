package io.github.mnistdl4j.app.report;

import io.github.mnistdl4j.data.ImageShape;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler.ChartTheme;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The lecture's pictures as charts: labels against outputs, loss per epoch, a digit image and
 * histograms of the output pre-activation. Titles and axis labels are in the language of the
 * locale given to the constructor. Each chart has the fixed size named next to its method.
 *
 * <p>Thread-safe: every call builds a new chart.
 */
public final class ReportCharts {

  /** Size of {@link #predictions}. */
  public static final ChartSize PREDICTIONS_SIZE = ChartSize.STANDARD;

  /** Size of {@link #loss}. */
  public static final ChartSize LOSS_SIZE = ChartSize.STANDARD;

  /** Size of {@link #digit}. */
  public static final ChartSize DIGIT_SIZE = ChartSize.DIGIT;

  /** Size of {@link #preActivationHistograms}: two charts of half the width each. */
  public static final ChartSize HISTOGRAMS_SIZE = ChartSize.WIDE;

  /** Maximum number of epochs that {@link #loss} marks with a point each. */
  public static final int MAX_EPOCHS_WITH_POINTS = 30;

  /** Distance in pixels between labelled rows and columns of {@link #digit}. */
  public static final int DIGIT_TICK_STEP = 5;

  /** Number of equal-width bins of each pre-activation histogram. */
  public static final int HISTOGRAM_BINS = 40;

  private final ReportText text;

  /** Charts with titles and axis labels in the language of {@code locale}. */
  public ReportCharts(Locale locale) {
    this.text = new ReportText(locale);
  }

  /**
   * Draws labels {@code y} as points and outputs {@code yhat} as small translucent dots against
   * the example index: the lecture's plot after training.
   */
  public XYChart predictions(RunReport.Predictions predictions) {
    double[] index = new double[predictions.labels().length];
    for (int i = 0; i < index.length; i++) {
      index[i] = i;
    }
    XYChart chart = new XyPlot(PREDICTIONS_SIZE,
        text.get("chart.predictions.title", text.split(predictions.split())),
        text.get("chart.predictions.x"), text.get("chart.predictions.y"))
        .points(text.get("chart.predictions.labels"), index, toDoubles(predictions.labels()))
        .dots(text.get("chart.predictions.outputs"), index, toDoubles(predictions.outputs()))
        .yRange(-0.05, 1.05)
        .roundXTicks()
        .chart();
    chart.getStyler().setLegendPosition(LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(LegendLayout.Horizontal);
    return chart;
  }

  /**
   * Draws the training loss after each epoch, epoch 1 first, as a line with a point per epoch
   * for up to {@value #MAX_EPOCHS_WITH_POINTS} epochs.
   *
   * @param lossPerEpoch loss values, at least one; all above zero when {@code logScale} is set
   * @param logScale whether the vertical axis is logarithmic
   */
  public XYChart loss(double[] lossPerEpoch, boolean logScale) {
    double[] epochs = new double[lossPerEpoch.length];
    for (int i = 0; i < epochs.length; i++) {
      epochs[i] = i + 1;
    }
    XyPlot plot = new XyPlot(LOSS_SIZE,
        text.get(logScale ? "chart.loss.titleLog" : "chart.loss.title"),
        text.get("chart.loss.x"), text.get("chart.loss.y"));
    String series = text.get("chart.loss.series");
    // A point per epoch helps to count a few epochs, but hundreds of points merge into a band.
    if (lossPerEpoch.length <= MAX_EPOCHS_WITH_POINTS) {
      plot.lineWithPoints(series, epochs, lossPerEpoch);
    } else {
      plot.line(series, epochs, lossPerEpoch).roundXTicks();
    }
    return (logScale ? plot.logY() : plot).chart();
  }

  /**
   * Draws one digit as a grayscale heat map with a colour bar for 0..255, row 0 at the top as
   * {@code imshow} draws it: black is 0, white is 255.
   */
  public HeatMapChart digit(RunReport.DigitImage image) {
    // Only the constructors that take a theme initialize a heat map's styler in XChart 3.8.8.
    HeatMapChart chart =
        new HeatMapChart(DIGIT_SIZE.width(), DIGIT_SIZE.height(), ChartTheme.XChart);
    chart.setTitle(text.get("chart.digit.title", image.digit(), text.split(image.split()),
        image.index()));
    chart.setXAxisTitle(text.get("chart.digit.x"));
    chart.setYAxisTitle(text.get("chart.digit.y"));

    HeatMapStyler styler = chart.getStyler();
    ChartStyle.apply(styler);
    styler.setPlotContentSize(1.0);
    styler.setRangeColors(new Color[] {Color.BLACK, Color.WHITE});
    styler.setMin(0);
    styler.setMax(ImageShape.MAX_PIXEL);
    styler.setPiecewise(false);
    // A border in the cell's own colour hides the anti-aliasing seams between cells.
    styler.setDrawBorder(true);
    styler.setShowValue(false);
    styler.setLegendPosition(LegendPosition.OutsideE);
    styler.setLegendFont(ChartStyle.font(Font.PLAIN, 12));
    styler.setLegendBorderColor(Color.WHITE);
    styler.setGradientColorColumnHeight(260);
    styler.setPlotGridLinesVisible(false);

    // The axes are categories, one per pixel, labelled every DIGIT_TICK_STEP pixels. Heat map
    // rows count upwards from the bottom, so image row r is heat map row 27 - r and row 0 is at
    // the top, as imshow draws it.
    List<String> columns = new ArrayList<>();
    for (int column = 0; column < ImageShape.WIDTH; column++) {
      columns.add(pixelTickLabel(column));
    }
    List<String> rows = new ArrayList<>();
    for (int heatMapRow = 0; heatMapRow < ImageShape.HEIGHT; heatMapRow++) {
      rows.add(pixelTickLabel(ImageShape.HEIGHT - 1 - heatMapRow));
    }
    List<Number[]> cells = new ArrayList<>(ImageShape.PIXELS);
    for (int row = 0; row < ImageShape.HEIGHT; row++) {
      for (int column = 0; column < ImageShape.WIDTH; column++) {
        cells.add(new Number[] {column, ImageShape.HEIGHT - 1 - row, image.pixel(row, column)});
      }
    }
    chart.addSeries("pixels", columns, rows, cells);
    return chart;
  }

  /**
   * Draws histograms of u2 with raw pixels (left) and with pixels / 255 (right), each on its own
   * horizontal scale, because raw pixels make u2 larger by orders of magnitude.
   */
  public BufferedImage preActivationHistograms(RunReport.PreActivations preActivations) {
    ChartSize half = new ChartSize(HISTOGRAMS_SIZE.width() / 2, HISTOGRAMS_SIZE.height());
    XYChart raw = histogram(half, text.get("chart.histogram.raw"), preActivations.raw(),
        ChartStyle.PALETTE.get(3));
    XYChart unit = histogram(half, text.get("chart.histogram.unit"), preActivations.unit(),
        ChartStyle.PALETTE.get(0));
    return ChartImages.sideBySide(HISTOGRAMS_SIZE, List.of(raw, unit));
  }

  private XYChart histogram(ChartSize size, String title, float[] values, Color color) {
    Histogram bins = Histogram.of(values, HISTOGRAM_BINS);
    XYChart chart = new XyPlot(size, title, text.get("chart.histogram.x"),
        text.get("chart.histogram.y"))
        .line(title, bins.stepX(), bins.stepY())
        .noLegend()
        .roundXTicks()
        .chart();
    chart.getStyler().setChartTitleFont(ChartStyle.font(Font.BOLD, 15));
    XYSeries series = chart.getSeriesMap().get(title);
    series.setXYSeriesRenderStyle(XYSeriesRenderStyle.StepArea);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(color);
    series.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 140));
    chart.getStyler().setYAxisMin(0.0);
    return chart;
  }

  /** Labels every {@link #DIGIT_TICK_STEP}th pixel index and leaves the others blank. */
  private static String pixelTickLabel(int index) {
    // A space, because XChart cannot lay out an empty label.
    return index % DIGIT_TICK_STEP == 0 ? String.valueOf(index) : " ";
  }

  private static double[] toDoubles(float[] values) {
    double[] result = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = values[i];
    }
    return result;
  }
}
