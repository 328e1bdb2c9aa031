package io.github.mnistdl4j.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class XyPlotTest {

  private static final double[] X = {1, 2, 3, 4};
  private static final double[] Y = {0.5, 0.25, 0.125, 0.0625};

  private static XyPlot plot() {
    return new XyPlot(ChartSize.STANDARD, "title", "x", "y");
  }

  @Test
  void chartHasOneSeriesPerCall() {
    XYChart chart = plot().line("a", X, Y).points("b", X, Y).dots("c", X, Y).chart();
    assertEquals(3, chart.getSeriesMap().size());
  }

  @Test
  void chartRendersAtItsSize() {
    BufferedImage image = ChartImages.render(plot().line("a", X, Y).logY().chart());
    assertEquals(ChartSize.STANDARD.width(), image.getWidth());
    assertEquals(ChartSize.STANDARD.height(), image.getHeight());
    assertTrue(PngAssertions.luminanceVariance(image) > 0, "blank chart");
  }

  @Test
  void roundXTicksWidensTheAxis() {
    XYChart chart = plot().line("a", X, Y).roundXTicks().chart();
    assertEquals(1 - 0.03, chart.getStyler().getXAxisMin(), 1e-12);
    assertEquals(4 + 0.03, chart.getStyler().getXAxisMax(), 1e-12);
  }

  @Test
  void logAxisOverManyDecadesEndsAtPowersOfTen() {
    XYChart chart = plot().line("a", X, new double[] {4.5, 0.3, 0.02, 0.014}).logY().chart();
    assertEquals(0.01, chart.getStyler().getYAxisMin(), 1e-15);
    assertEquals(10, chart.getStyler().getYAxisMax(), 1e-12);
  }

  @Test
  void logAxisWithinTwoDecadesFitsTheData() {
    XYChart chart = plot().line("a", X, Y).logY().chart();
    assertEquals(null, chart.getStyler().getYAxisMin());
    assertFalse(chart.getStyler().isYAxisLogarithmicDecadeOnly());
  }

  @Test
  void emptyChartIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> plot().chart());
  }

  @Test
  void seriesOfUnequalLengthIsRejected() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> plot().line("a", X, new double[] {1, 2}));
    assertTrue(error.getMessage().contains("4 x values but 2 y values"), error.getMessage());
  }

  @Test
  void duplicateSeriesNameIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> plot().line("a", X, Y).dots("a", X, Y));
  }

  @Test
  void nanValueIsRejected() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> plot().line("a", X, new double[] {1, Double.NaN, 3, 4}));
    assertTrue(error.getMessage().contains("y[1] = NaN"), error.getMessage());
  }

  @Test
  void zeroOnLogAxisIsRejected() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> plot().line("a", X, new double[] {1, 0.5, 0, 0.1}).logY().chart());
    assertTrue(error.getMessage().contains("y[2] = 0.0"), error.getMessage());
  }

  @Test
  void emptyRangeIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> plot().yRange(1, 1));
    assertThrows(IllegalArgumentException.class, () -> plot().xRange(2, 1));
  }
}
