package io.github.mnistdl4j.model.predict;

import io.github.mnistdl4j.data.ImageShape;
import io.github.mnistdl4j.data.InvalidDataException;
import io.github.mnistdl4j.data.PngHeader;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Turns images into raw 0..255 pixel rows of 784 values, row-major, checking shape and depth. */
final class ImagePixels {

  private ImagePixels() {}

  /**
   * Reads a 28x28 8-bit grayscale PNG file with {@code javax.imageio}.
   *
   * @throws InvalidImageException naming the file when it is missing, not such a PNG or not
   *     decodable
   */
  static float[] read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidImageException("file.missing", file);
    }
    PngHeader header;
    try {
      header = PngHeader.read(file);
    } catch (InvalidDataException e) {
      throw new InvalidImageException(e);
    } catch (IOException e) {
      throw new InvalidImageException(e, "file.undecodable", file, String.valueOf(e.getMessage()));
    }
    // The header check names what is wrong (size, bit depth, colour type) before decoding,
    // because ImageIO would turn a 16-bit or palette image into something else without a word.
    if (!header.isMnistImage()) {
      throw new InvalidImageException("file.wrongFormat", file, header.width(), header.height(),
          header.bitDepth(), header.describeColorType());
    }

    BufferedImage image;
    try {
      image = ImageIO.read(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw new InvalidImageException(e, "file.undecodable", file, describe(e));
    }
    if (image == null) {
      throw new InvalidImageException("file.undecodable", file, "no image reader accepts it");
    }
    try {
      return of(image);
    } catch (InvalidImageException e) {
      throw new InvalidImageException(e, "file.undecodable", file, e.getMessage());
    }
  }

  /**
   * Returns the pixels of a 28x28 image with one 8-bit gray band, such as
   * {@link BufferedImage#TYPE_BYTE_GRAY}.
   *
   * @throws InvalidImageException if the image has another size, more bands or another depth
   */
  static float[] of(BufferedImage image) {
    if (image.getWidth() != ImageShape.WIDTH || image.getHeight() != ImageShape.HEIGHT) {
      throw new InvalidImageException("image.wrongSize", image.getWidth(), image.getHeight());
    }
    Raster raster = image.getRaster();
    int bands = raster.getNumBands();
    int bits = raster.getSampleModel().getSampleSize(0);
    boolean gray = image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
    if (bands != ImageShape.CHANNELS || bits != 8 || !gray) {
      throw new InvalidImageException("image.wrongDepth", bands, bits);
    }
    float[] pixels = new float[ImageShape.PIXELS];
    int[] row = new int[ImageShape.WIDTH];
    for (int y = 0; y < ImageShape.HEIGHT; y++) {
      raster.getSamples(0, y, ImageShape.WIDTH, 1, 0, row);
      for (int x = 0; x < ImageShape.WIDTH; x++) {
        pixels[y * ImageShape.WIDTH + x] = row[x];
      }
    }
    return pixels;
  }

  /**
   * Checks one image of raw pixels given by a caller.
   *
   * @param index position of the image in its batch, for the message
   * @throws InvalidImageException if the array is not 784 long or contains a value outside 0..255
   */
  static void check(float[] pixels, int index) {
    if (pixels == null) {
      throw new IllegalArgumentException("image " + index + " of the batch is null");
    }
    if (pixels.length != ImageShape.PIXELS) {
      throw new InvalidImageException("pixels.wrongLength", index, pixels.length);
    }
    for (int i = 0; i < pixels.length; i++) {
      // Written so that NaN fails too.
      if (!(pixels[i] >= 0 && pixels[i] <= ImageShape.MAX_PIXEL)) {
        throw new InvalidImageException("pixels.outOfRange", index, i / ImageShape.WIDTH,
            i % ImageShape.WIDTH, String.valueOf(pixels[i]));
      }
    }
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
