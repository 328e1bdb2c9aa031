package io.github.mnistdl4j.app.report;

import static io.github.mnistdl4j.app.report.PngAssertions.assertChartPng;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.data.ImageShape;
import io.github.mnistdl4j.data.Split;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

class ReportChartsTest {

  @TempDir
  Path dir;

  private final RunReport report = SyntheticReports.complete(11, false);

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void predictionsChartIsDrawn(String language) throws IOException {
    Path file = dir.resolve("predictions.png");
    ChartImages.writePng(charts(language).predictions(report.predictions()), file);
    assertChartPng(file, ReportCharts.PREDICTIONS_SIZE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void lossChartIsDrawnOnBothScales(String language) throws IOException {
    Path linear = dir.resolve("loss.png");
    Path log = dir.resolve("loss-log.png");
    ChartImages.writePng(charts(language).loss(report.lossPerEpoch(), false), linear);
    ChartImages.writePng(charts(language).loss(report.lossPerEpoch(), true), log);
    BufferedImage linearImage = assertChartPng(linear, ReportCharts.LOSS_SIZE);
    BufferedImage logImage = assertChartPng(log, ReportCharts.LOSS_SIZE);
    assertTrue(differingPixels(linearImage, logImage) > 1000,
        "log and linear loss charts differ in only " + differingPixels(linearImage, logImage)
            + " pixels");
  }

  @Test
  void lossChartOfLongRunHasNoPoints() throws IOException {
    double[] loss = new double[200];
    for (int i = 0; i < loss.length; i++) {
      loss[i] = 0.7 / (1 + i);
    }
    XYChart chart = charts("en").loss(loss, true);
    assertEquals(SeriesMarkers.NONE, chart.getSeriesMap().values().iterator().next().getMarker());
    Path file = dir.resolve("loss-200.png");
    ChartImages.writePng(chart, file);
    assertChartPng(file, ReportCharts.LOSS_SIZE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void digitHeatMapIsDrawn(String language) throws IOException {
    Path file = dir.resolve("digit.png");
    ChartImages.writePng(charts(language).digit(report.digitImages().get(0)), file);
    assertChartPng(file, ReportCharts.DIGIT_SIZE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void histogramsAreDrawnSideBySide(String language) throws IOException {
    Path file = dir.resolve("pre-activations.png");
    ChartImages.writePng(charts(language).preActivationHistograms(report.preActivations()),
        file);
    BufferedImage image = assertChartPng(file, ReportCharts.HISTOGRAMS_SIZE);
    int half = ReportCharts.HISTOGRAMS_SIZE.width() / 2;
    assertTrue(PngAssertions.luminanceVariance(image.getSubimage(0, 0, half, image.getHeight()))
        > 0, "left histogram is blank");
    assertTrue(PngAssertions.luminanceVariance(
        image.getSubimage(half, 0, half, image.getHeight())) > 0, "right histogram is blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void digitHeatMapPutsRowZeroAtTheTop(String language) {
    // Image rows 0..2 mid-gray, the rest black: in a column through the plot, every gray pixel
    // must lie above every black one, as imshow draws an image.
    float[] pixels = new float[ImageShape.PIXELS];
    for (int i = 0; i < 3 * ImageShape.WIDTH; i++) {
      pixels[i] = 128;
    }
    BufferedImage image = ChartImages.render(charts(language).digit(
        new RunReport.DigitImage(Split.TESTING, 1, 0, pixels)));
    int column = ReportCharts.DIGIT_SIZE.width() / 3;
    int lastGray = -1;
    int firstBlack = -1;
    int grayRows = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      int rgb = image.getRGB(column, y);
      int red = (rgb >> 16) & 0xff;
      boolean gray = red == (rgb & 0xff) && red == ((rgb >> 8) & 0xff);
      if (gray && red >= 125 && red <= 131) {
        lastGray = y;
        grayRows++;
      } else if ((rgb & 0xffffff) == 0 && firstBlack < 0) {
        firstBlack = y;
      }
    }
    assertTrue(grayRows > 10, "gray band of rows 0..2 not found in column " + column
        + ", gray pixels: " + grayRows);
    assertTrue(firstBlack > 0, "black rows not found in column " + column);
    assertTrue(lastGray < firstBlack, "gray band of rows 0..2 ends at y=" + lastGray
        + " but black starts at y=" + firstBlack);
  }

  @Test
  void chartFontShowsHangul() {
    String korean = "에폭별 손실함수 값";
    Font font = ChartStyle.font(Font.PLAIN, 12);
    assertEquals(-1, font.canDisplayUpTo(korean), "font '" + ChartStyle.fontFamily()
        + "' cannot show Korean chart titles; install a Korean font such as Debian's"
        + " fonts-nanum (apt-get install -y fonts-nanum)");
  }

  private static ReportCharts charts(String language) {
    return new ReportCharts(Locale.forLanguageTag(language));
  }

  private static long differingPixels(BufferedImage a, BufferedImage b) {
    long count = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          count++;
        }
      }
    }
    return count;
  }
}
