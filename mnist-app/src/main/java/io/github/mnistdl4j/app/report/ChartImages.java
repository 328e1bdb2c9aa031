package io.github.mnistdl4j.app.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
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
   * Writes an image as a PNG file. The image goes to a temporary file next to the target first
   * and is then moved over it, so an existing file is never left half-written.
   *
   * @throws java.io.UncheckedIOException if the folder does not exist or the file cannot be
   *     written
   */
  public static void writePng(BufferedImage image, Path file) {
    AtomicFile.write(file, "the chart", temporary -> {
      if (!ImageIO.write(image, "png", temporary.toFile())) {
        throw new IOException("no PNG writer in this Java runtime");
      }
    });
  }
}
