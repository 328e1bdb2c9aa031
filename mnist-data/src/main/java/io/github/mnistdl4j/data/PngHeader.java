package io.github.mnistdl4j.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The fields of a PNG file's IHDR chunk that decide whether it is an MNIST image. Reading them
 * costs 33 bytes per file and catches what datavec's reader would hide: it resizes any image to
 * 28x28 and turns colour into gray without a word.
 *
 * @param width image width in pixels
 * @param height image height in pixels
 * @param bitDepth bits per sample
 * @param colorType PNG colour type: 0 gray, 2 RGB, 3 palette, 4 gray with alpha, 6 RGBA
 */
public record PngHeader(int width, int height, int bitDepth, int colorType) {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final int HEADER_BYTES = 8 + 4 + 4 + 13;
  private static final int GRAYSCALE = 0;

  /**
   * Reads the header of a PNG file.
   *
   * @throws InvalidDataException if the file is empty, is not a PNG or is cut off inside the
   *     header
   * @throws IOException if the file cannot be read
   */
  public static PngHeader read(Path file) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(HEADER_BYTES);
    }
    return parse(file, bytes);
  }

  /**
   * Parses the header from the first bytes of a PNG file that the caller has already read;
   * {@code file} only names the file in errors.
   *
   * @throws InvalidDataException if the bytes are empty, not a PNG or cut off inside the header
   */
  public static PngHeader parse(Path file, byte[] bytes) {
    if (bytes.length == 0) {
      throw new InvalidDataException("image.empty", file);
    }
    if (bytes.length < SIGNATURE.length
        || !Arrays.equals(Arrays.copyOf(bytes, SIGNATURE.length), SIGNATURE)) {
      throw new InvalidDataException("image.notPng", file);
    }
    if (bytes.length < HEADER_BYTES || !"IHDR".equals(new String(bytes, 12, 4, java.nio.charset.StandardCharsets.US_ASCII))) {
      throw new InvalidDataException("image.truncatedHeader", file);
    }
    return new PngHeader(readInt(bytes, 16), readInt(bytes, 20), bytes[24] & 0xff, bytes[25] & 0xff);
  }

  /** Returns whether this is a 28x28 8-bit grayscale image. */
  public boolean isMnistImage() {
    return width == ImageShape.WIDTH && height == ImageShape.HEIGHT && bitDepth == 8
        && colorType == GRAYSCALE;
  }

  /**
   * Reads the header and checks that the file is a 28x28 8-bit grayscale PNG.
   *
   * @throws InvalidDataException naming the file and what was found
   * @throws IOException if the file cannot be read
   */
  public static void checkMnistImage(Path file) throws IOException {
    read(file).requireMnistImage(file);
  }

  /**
   * Checks that the content of a PNG file, already read by the caller, starts with the header of
   * a 28x28 8-bit grayscale image.
   *
   * @throws InvalidDataException naming the file and what was found
   */
  public static void checkMnistImage(Path file, byte[] content) {
    parse(file, content).requireMnistImage(file);
  }

  private void requireMnistImage(Path file) {
    if (!isMnistImage()) {
      throw new InvalidDataException("image.wrongFormat", file, width, height, bitDepth,
          describeColorType());
    }
  }

  /** Names the colour type in the words PNG's specification uses. */
  public String describeColorType() {
    return switch (colorType) {
      case 0 -> "grayscale";
      case 2 -> "RGB";
      case 3 -> "palette";
      case 4 -> "grayscale+alpha";
      case 6 -> "RGBA";
      default -> "colour type " + colorType;
    };
  }

  private static int readInt(byte[] bytes, int offset) {
    return ((bytes[offset] & 0xff) << 24) | ((bytes[offset + 1] & 0xff) << 16)
        | ((bytes[offset + 2] & 0xff) << 8) | (bytes[offset + 3] & 0xff);
  }
}
