package io.github.mnistdl4j.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

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
    if (bytes.length < HEADER_BYTES
        || !"IHDR".equals(new String(bytes, 12, 4, StandardCharsets.US_ASCII))) {
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
   * a 28x28 8-bit grayscale image and that its chunks are intact.
   *
   * @throws InvalidDataException naming the file and what was found
   */
  public static void checkMnistImage(Path file, byte[] content) {
    parse(file, content).requireMnistImage(file);
    checkChunks(file, content);
  }

  /**
   * Checks the chunk structure of a whole PNG file: every chunk lies inside the file, has a type
   * of four ASCII letters and a matching CRC, there is image data, and the file ends with IEND.
   * libpng reports such damage on standard error but OpenCV may still return an image, so
   * without this check a damaged file could enter a data set silently. It also names the file
   * before libpng prints anything.
   *
   * @throws InvalidDataException naming the file and the first damage found
   */
  static void checkChunks(Path file, byte[] content) {
    CRC32 crc = new CRC32();
    boolean imageData = false;
    int offset = SIGNATURE.length;
    while (true) {
      if (content.length - offset < 12) {
        throw damaged(file, "cut off at byte " + content.length + " before the IEND chunk");
      }
      long length = readInt(content, offset) & 0xffffffffL;
      if (length > content.length - offset - 12) {
        throw damaged(file, "cut off inside a chunk at byte " + offset);
      }
      String type = new String(content, offset + 4, 4, StandardCharsets.ISO_8859_1);
      if (!type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        throw damaged(file, "invalid chunk type at byte " + offset);
      }
      crc.reset();
      crc.update(content, offset + 4, 4 + (int) length);
      if ((int) crc.getValue() != readInt(content, offset + 8 + (int) length)) {
        throw damaged(file, "CRC mismatch in chunk " + type);
      }
      imageData |= type.equals("IDAT");
      offset += 12 + (int) length;
      if (type.equals("IEND")) {
        break;
      }
    }
    if (!imageData) {
      throw damaged(file, "no IDAT chunk");
    }
  }

  private static InvalidDataException damaged(Path file, String reason) {
    return new InvalidDataException("image.undecodable", file, reason);
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
