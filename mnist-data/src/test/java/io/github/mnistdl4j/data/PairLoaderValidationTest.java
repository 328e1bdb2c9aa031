package io.github.mnistdl4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.data.testing.PngTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairLoaderValidationTest {

  @TempDir
  Path root;

  private InvalidDataException loadFails() {
    return assertThrows(InvalidDataException.class, () -> PairLoader.open(root)
        .load(Split.TRAINING, new DigitPair(3, 7), PixelScale.RAW));
  }

  private void assertNamesFile(InvalidDataException error, String key, Path file) {
    assertEquals(key, error.messageKey());
    assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
    assertFalse(error.getMessage().contains("\n"), error.getMessage());
  }

  @Test
  void missingRootIsNotCreated() {
    Path missing = root.resolve("no/such/mnist_png");

    InvalidDataException error = assertThrows(InvalidDataException.class,
        () -> PairLoader.open(missing));

    assertNamesFile(error, "root.missing", missing);
    assertFalse(Files.exists(missing));
    assertFalse(Files.exists(root.resolve("no")));
  }

  @Test
  void rootThatIsFileFails() throws IOException {
    Path file = Files.writeString(root.resolve("mnist_png"), "not a folder");

    InvalidDataException error = assertThrows(InvalidDataException.class,
        () -> PairLoader.open(file));

    assertNamesFile(error, "root.notFolder", file);
  }

  @Test
  void missingSplitFails() {
    PngTrees.writeTree(root, Map.of("training", Map.of(3, 1, 7, 1)));

    InvalidDataException error = assertThrows(InvalidDataException.class,
        () -> PairLoader.open(root).load(Split.TESTING, new DigitPair(3, 7), PixelScale.RAW));

    assertNamesFile(error, "split.missing", root.resolve("testing"));
  }

  @Test
  void missingDigitFolderFails() {
    PngTrees.writeTree(root, Map.of("training", Map.of(3, 1)));

    assertNamesFile(loadFails(), "digit.missing", root.resolve("training/7"));
  }

  @Test
  void firstDigitErrorWinsWhenBothFail() throws IOException {
    PngTrees.writeTree(root, Map.of("training", Map.of(5, 1)));
    Files.createDirectories(root.resolve("training/3"));

    assertNamesFile(loadFails(), "digit.empty", root.resolve("training/3"));
  }

  @Test
  void emptyDigitFolderFails() throws IOException {
    PngTrees.writeTree(root, Map.of("training", Map.of(3, 1)));
    Files.createDirectories(root.resolve("training/7"));
    Files.writeString(root.resolve("training/7/.DS_Store"), "x");

    assertNamesFile(loadFails(), "digit.empty", root.resolve("training/7"));
  }

  @Test
  void zeroByteFileFails() throws IOException {
    PngTrees.writeTree(root, Map.of("training", Map.of(3, 1, 7, 1)));
    Path empty = Files.write(root.resolve("training/7/5.png"), new byte[0]);

    assertNamesFile(loadFails(), "image.empty", empty);
  }

  @Test
  void textNamedPngFails() throws IOException {
    PngTrees.writeTree(root, Map.of("training", Map.of(3, 1, 7, 1)));
    Path text = Files.writeString(root.resolve("training/3/8.png"), "hello, not an image");

    assertNamesFile(loadFails(), "image.notPng", text);
  }

  @Test
  void colourImageFails() {
    PngTrees.writeTree(root, Map.of("training", Map.of(3, 1, 7, 1)));
    Path colour = PngTrees.writeColour(root.resolve("training/7/9.png"));

    InvalidDataException error = loadFails();

    assertNamesFile(error, "image.wrongFormat", colour);
    assertTrue(error.getMessage().contains("RGB"), error.getMessage());
  }

  @Test
  void wrongSizeFails() {
    PngTrees.writeTree(root, Map.of("training", Map.of(3, 1, 7, 1)));
    Path large = PngTrees.writeGray(root.resolve("training/3/4.png"), new int[32][32]);

    InvalidDataException error = loadFails();

    assertNamesFile(error, "image.wrongFormat", large);
    assertTrue(error.getMessage().contains("32x32"), error.getMessage());
  }

  @Test
  void truncatedImageFails() {
    PngTrees.writeTree(root, Map.of("training", Map.of(3, 1, 7, 1)));
    Path truncated = PngTrees.writeTruncated(root.resolve("training/7/3.png"), 7);

    assertNamesFile(loadFails(), "image.undecodable", truncated);
  }

  /** Writes a valid image, changes one byte at {@code offset} and returns the file. */
  private Path damagedImage(String name, int offset, int delta) throws IOException {
    PngTrees.writeTree(root, Map.of("training", Map.of(3, 1, 7, 1)));
    Path file = root.resolve("training/7").resolve(name);
    PngTrees.writeDigitImage(file, 7, 5);
    byte[] bytes = Files.readAllBytes(file);
    int at = offset >= 0 ? offset : bytes.length + offset;
    bytes[at] = (byte) (bytes[at] + delta);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void damagedChunkTypeFails() throws IOException {
    // Byte 37 is the first letter of the chunk type after IHDR (8 + 25 + 4).
    Path file = damagedImage("1.png", 37, 0x40);

    InvalidDataException error = loadFails();

    assertNamesFile(error, "image.undecodable", file);
    assertTrue(error.getMessage().contains("invalid chunk type at byte 33"), error.getMessage());
  }

  @Test
  void damagedImageDataFails() throws IOException {
    // A byte inside the compressed data, found by its CRC.
    Path file = damagedImage("1.png", -20, 1);

    InvalidDataException error = loadFails();

    assertNamesFile(error, "image.undecodable", file);
    assertTrue(error.getMessage().contains("CRC mismatch in chunk IDAT"), error.getMessage());
  }

  @Test
  void missingEndChunkFails() throws IOException {
    PngTrees.writeTree(root, Map.of("training", Map.of(3, 1, 7, 1)));
    Path file = root.resolve("training/3/0.png");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 12));

    InvalidDataException error = loadFails();

    assertNamesFile(error, "image.undecodable", file);
    assertTrue(error.getMessage().contains("before the IEND chunk"), error.getMessage());
  }

  @Test
  void sameDigitTwiceFails() {
    InvalidSettingException error = assertThrows(InvalidSettingException.class,
        () -> new DigitPair(4, 4));

    assertEquals("digits.same", error.messageKey());
    assertTrue(error.getMessage().contains("4"), error.getMessage());
  }

  @Test
  void digitOutOfRangeFails() {
    InvalidSettingException error = assertThrows(InvalidSettingException.class,
        () -> DigitPair.parse("3,12"));

    assertEquals("digits.outOfRange", error.messageKey());
    assertTrue(error.getMessage().contains("12"), error.getMessage());
    assertEquals("digits.format",
        assertThrows(InvalidSettingException.class, () -> DigitPair.parse("3")).messageKey());
    assertEquals("digits.format",
        assertThrows(InvalidSettingException.class, () -> DigitPair.parse("a,b")).messageKey());
  }

  @Test
  void messagesExistInKorean() {
    InvalidSettingException error = assertThrows(InvalidSettingException.class,
        () -> new DigitPair(4, 4));

    String korean = error.localizedMessage(Locale.KOREAN);

    assertTrue(korean.contains("서로 달라야"), korean);
    assertTrue(error.getMessage().contains("must differ"), error.getMessage());
  }
}
