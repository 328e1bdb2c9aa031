package io.github.mnistdl4j.app.report;

import io.github.mnistdl4j.app.AtomicFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Renders charts into images and writes them as PNG files. */
public final class ChartImages {

  static {
    ChartStyle.ensureHeadless();
  }

  private ChartImages() {}

  /** Renders a chart at its own width and height. */
  public static BufferedImage render(Chart<?, ?> chart) {
    return BitmapEncoder.getBufferedImage(chart);
  }

  /**
   * Renders charts next to each other, left to right, on one white image of the given size.
   * Each chart should be {@code size.width() / charts.size()} wide and {@code size.height()} high.
   */
  public static BufferedImage sideBySide(ChartSize size, List<? extends Chart<?, ?>> charts) {
    if (charts.isEmpty()) {
      throw new IllegalArgumentException("sideBySide needs at least one chart");
    }
    BufferedImage image =
        new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, size.width(), size.height());
      int x = 0;
      for (Chart<?, ?> chart : charts) {
        g.drawImage(render(chart), x, 0, null);
        x += chart.getWidth();
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Renders a chart and writes it as a PNG file; see {@link #writePng(BufferedImage, Path)}. */
  public static void writePng(Chart<?, ?> chart, Path file) {
    writePng(render(chart), file);
  }

  /**
   * Writes an image as a PNG file through {@link AtomicFiles}, so an existing file is replaced
   * whole or not at all. Missing parent folders are created.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writePng(BufferedImage image, Path file) {
    try {
      ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
      if (!ImageIO.write(image, "png", png)) {
        throw new IOException("no PNG writer in this Java runtime");
      }
      AtomicFiles.write(file, png.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the chart " + file, e);
    }
  }
}
