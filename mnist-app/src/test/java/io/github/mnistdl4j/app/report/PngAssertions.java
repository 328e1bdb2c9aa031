package io.github.mnistdl4j.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Checks on PNG files that a chart was really drawn. */
final class PngAssertions {

  private PngAssertions() {}

  /** Asserts that {@code file} is a PNG of the given size whose pixels are not all equal. */
  static BufferedImage assertChartPng(Path file, ChartSize expected) throws IOException {
    assertTrue(Files.isRegularFile(file), "missing chart " + file);
    BufferedImage image = ImageIO.read(file.toFile());
    assertNotNull(image, "not a readable image: " + file);
    assertEquals(expected.width(), image.getWidth(), "width of " + file);
    assertEquals(expected.height(), image.getHeight(), "height of " + file);
    double variance = luminanceVariance(image);
    assertTrue(variance > 0, "blank chart " + file + ": luminance variance " + variance);
    return image;
  }

  /** Variance of the pixels' luminance, 0..255 squared; 0 for a single-colour image. */
  static double luminanceVariance(BufferedImage image) {
    double sum = 0;
    double squares = 0;
    long n = (long) image.getWidth() * image.getHeight();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        double luminance = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff)
            + 0.114 * (rgb & 0xff);
        sum += luminance;
        squares += luminance * luminance;
      }
    }
    double mean = sum / n;
    return squares / n - mean * mean;
  }
}
