package io.github.mnistdl4j.data.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws small MNIST-like PNG trees for tests: 28x28 8-bit grayscale images whose pixel values are
 * a known function of digit, image index, row and column, so tests can check exact values.
 */
public final class PngTrees {

  private PngTrees() {}

  /** The pixel value that {@link #writeTree} draws at (row, column) of image {@code index}. */
  public static int pixel(int digit, int index, int row, int column) {
    return (digit * 37 + index * 11 + row * 5 + column * 3) % 256;
  }

  /**
   * Writes {@code ROOT/<split>/<digit>/<index>.png} for each split and digit with the given
   * number of images, indices 0, 1, 2, ... The root and folders are created.
   */
  public static Path writeTree(Path root, Map<String, Map<Integer, Integer>> countsBySplit) {
    countsBySplit.forEach((split, counts) -> counts.forEach((digit, count) -> {
      for (int index = 0; index < count; index++) {
        writeDigitImage(root.resolve(split).resolve(Integer.toString(digit))
            .resolve(index + ".png"), digit, index);
      }
    }));
    return root;
  }

  /** Writes one 28x28 grayscale image drawn by {@link #pixel}. */
  public static Path writeDigitImage(Path file, int digit, int index) {
    int[][] pixels = new int[28][28];
    for (int row = 0; row < 28; row++) {
      for (int column = 0; column < 28; column++) {
        pixels[row][column] = pixel(digit, index, row, column);
      }
    }
    return writeGray(file, pixels);
  }

  /** Writes an 8-bit grayscale PNG of any size; {@code pixels[row][column]} in 0..255. */
  public static Path writeGray(Path file, int[][] pixels) {
    BufferedImage image = new BufferedImage(pixels[0].length, pixels.length,
        BufferedImage.TYPE_BYTE_GRAY);
    for (int row = 0; row < pixels.length; row++) {
      for (int column = 0; column < pixels[0].length; column++) {
        image.getRaster().setSample(column, row, 0, pixels[row][column]);
      }
    }
    return write(file, image);
  }

  /** Writes a 28x28 RGB PNG, which MNIST readers must reject. */
  public static Path writeColour(Path file) {
    BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 4, 0xff0000);
    return write(file, image);
  }

  /** Writes a PNG whose header is intact but whose image data is cut off after 60 bytes. */
  public static Path writeTruncated(Path file, int digit) {
    try {
      Path whole = writeDigitImage(file, digit, 0);
      byte[] bytes = Files.readAllBytes(whole);
      Files.write(file, java.util.Arrays.copyOf(bytes, Math.min(60, bytes.length)));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path write(Path file, BufferedImage image) {
    try {
      Files.createDirectories(file.getParent());
      if (!ImageIO.write(image, "png", file.toFile())) {
        throw new IllegalStateException("No PNG writer");
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
