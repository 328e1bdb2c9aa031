package io.github.mnistdl4j.data.testing;

import io.github.mnistdl4j.data.Split;
import io.github.mnistdl4j.data.store.ExpectedCounts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Small MNIST-shaped trees for tests: both splits, ten digit folders and a few real 28x28 8-bit
 * grayscale PNGs per folder, drawn with {@code javax.imageio}. Pixel {@code (x, y)} of image
 * {@code i} of digit {@code d} is {@code (d * 20 + i + x + y) % 256}.
 */
public final class TinyMnist {

  /** Images per digit folder in the training split of {@link #writeTree(Path)}. */
  public static final int TRAINING_PER_DIGIT = 3;

  /** Images per digit folder in the testing split of {@link #writeTree(Path)}. */
  public static final int TESTING_PER_DIGIT = 2;

  private TinyMnist() {}

  /** The counts that a tree from {@link #writeTree(Path)} holds. */
  public static ExpectedCounts counts() {
    return new ExpectedCounts(Collections.nCopies(10, TRAINING_PER_DIGIT),
        Collections.nCopies(10, TESTING_PER_DIGIT));
  }

  /** Writes a complete tiny tree under {@code root}, creating it, and returns {@code root}. */
  public static Path writeTree(Path root) {
    for (Split split : Split.values()) {
      int perDigit = split == Split.TRAINING ? TRAINING_PER_DIGIT : TESTING_PER_DIGIT;
      for (int digit = 0; digit < 10; digit++) {
        for (int i = 0; i < perDigit; i++) {
          Path file = root.resolve(split.folderName()).resolve(Integer.toString(digit))
              .resolve((digit * 100 + i) + ".png");
          write(file, grayPng(28, 28, digit * 20 + i));
        }
      }
    }
    return root;
  }

  /** Encodes an 8-bit grayscale PNG whose pixel {@code (x, y)} is {@code (seed + x + y) % 256}. */
  public static byte[] grayPng(int width, int height, int seed) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.getRaster().setSample(x, y, 0, (seed + x + y) % 256);
      }
    }
    return encode(image);
  }

  /** Encodes a 28x28 RGB PNG, which is not an MNIST image. */
  public static byte[] colourPng() {
    BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 4, 0xff0000);
    return encode(image);
  }

  /** A valid 28x28 gray PNG cut after {@code keep} bytes, so its header reads but its pixels do not. */
  public static byte[] truncatedPng(int keep) {
    byte[] full = grayPng(28, 28, 7);
    return java.util.Arrays.copyOf(full, Math.min(keep, full.length));
  }

  /** Lists the image files of one digit folder of a tree, sorted by name. */
  public static List<Path> images(Path root, Split split, int digit) {
    try (var files = Files.list(root.resolve(split.folderName()).resolve(Integer.toString(digit)))) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes bytes to a file, creating its folders. */
  public static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] encode(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("No PNG writer in this JDK");
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
