package io.github.mnistdl4j.data.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.data.InvalidDataException;
import io.github.mnistdl4j.data.Split;
import io.github.mnistdl4j.data.store.TreeReport.FolderCount;
import io.github.mnistdl4j.data.testing.TinyMnist;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full check of a tree on disk: counts, formats, decoding and files that are ignored. */
class TreeVerifierTest {

  @TempDir Path temp;

  private Path root;
  private final TreeVerifier verifier = new TreeVerifier(TinyMnist.counts());

  @BeforeEach
  void writeTree() {
    root = TinyMnist.writeTree(temp.resolve("mnist_png"));
  }

  /** Checks that exactly one image is bad and the one-line error names it. */
  private void assertOneBadImage(Path file, String problemKey, String shownProblem) {
    TreeReport report = verifier.verify(root);

    assertFalse(report.passed());
    assertEquals(1, report.badImageCount());
    assertEquals(file, report.badImages().get(0).file());
    assertEquals(problemKey, report.badImages().get(0).problem().messageKey());
    DataStoreException error = report.toException();
    assertTrue(error.getMessage().contains(file + ": " + shownProblem), error.getMessage());
    assertFalse(error.getMessage().contains("\n"), error.getMessage());
    assertTrue(error.localizedMessage(Locale.KOREAN).contains(file.toString()));
  }

  @Test
  void verifyPassesCompleteTree() {
    TreeReport report = verifier.verify(root);

    assertTrue(report.passed(), report.toString());
    assertEquals(20, report.folders().size());
    assertEquals(30, report.found(Split.TRAINING));
    assertEquals(20, report.found(Split.TESTING));
    assertEquals(0, report.ignoredEntries());
  }

  @Test
  void verifyFindsCorruptImage() {
    Path file = root.resolve("training/3/999.png");
    TinyMnist.write(file, TinyMnist.truncatedPng(60));
    deleteOne(Split.TRAINING, 3);

    assertOneBadImage(file, "image.undecodable", "cannot be decoded");
  }

  @Test
  void verifyFindsEmptyImage() {
    Path file = root.resolve("testing/5/999.png");
    TinyMnist.write(file, new byte[0]);
    deleteOne(Split.TESTING, 5);

    assertOneBadImage(file, "image.empty", "empty file (0 bytes)");
  }

  @Test
  void verifyFindsTextNamedPng() {
    Path file = root.resolve("training/0/999.png");
    TinyMnist.write(file, "hello".getBytes(StandardCharsets.UTF_8));
    deleteOne(Split.TRAINING, 0);

    assertOneBadImage(file, "image.notPng", "not a PNG file");
  }

  @Test
  void verifyFindsColourImage() {
    Path file = root.resolve("training/8/999.png");
    TinyMnist.write(file, TinyMnist.colourPng());
    deleteOne(Split.TRAINING, 8);

    assertOneBadImage(file, "image.wrongFormat",
        "28x28 8-bit RGB, expected 28x28 8-bit grayscale");
  }

  @Test
  void verifyFindsImageOfOtherSize() {
    Path file = root.resolve("testing/1/999.png");
    TinyMnist.write(file, TinyMnist.grayPng(32, 32, 0));
    deleteOne(Split.TESTING, 1);

    assertOneBadImage(file, "image.wrongFormat", "32x32 8-bit grayscale");
  }

  @Test
  void verifyIgnoresDotFiles() throws IOException {
    Files.writeString(root.resolve("training/3/.DS_Store"), "Bud1");
    Files.writeString(root.resolve("training/3/._300.png"), "AppleDouble");
    Files.writeString(root.resolve("testing/7/notes.txt"), "not an image");

    TreeReport report = verifier.verify(root);

    assertTrue(report.passed(), report.toString());
    assertEquals(3, report.ignoredEntries());
  }

  @Test
  void verifyFindsMissingTestingSplit() {
    TreeSwap.deleteRecursively(root.resolve("testing"));

    TreeReport report = verifier.verify(root);

    assertFalse(report.passed());
    assertEquals(10, report.wrongFolders().size());
    assertTrue(report.wrongFolders().stream().allMatch(folder -> !folder.present()
        && folder.split() == Split.TESTING));
    assertTrue(report.toException().getMessage()
        .contains(root.resolve("testing/0") + ": folder missing"),
        report.toException().getMessage());
  }

  @Test
  void verifyFindsEmptyDigitFolder() throws IOException {
    TreeSwap.deleteRecursively(root.resolve("training/6"));
    Files.createDirectories(root.resolve("training/6"));
    Files.writeString(root.resolve("training/6/.DS_Store"), "Bud1");

    TreeReport report = verifier.verify(root);

    FolderCount six = report.wrongFolders().get(0);
    assertEquals(1, report.wrongFolders().size());
    assertEquals(0, six.found());
    assertEquals(3, six.expected());
    assertEquals(1, report.ignoredEntries());
    assertTrue(report.toException().getMessage()
        .contains(root.resolve("training/6") + ": 0 images, expected 3"),
        report.toException().getMessage());
  }

  @Test
  void verifyListsBadImagesInPathOrder() {
    for (int digit = 0; digit < 3; digit++) {
      TinyMnist.write(root.resolve("training/" + digit + "/0000.png"), new byte[0]);
    }

    TreeReport report = verifier.verify(root);

    assertEquals(3, report.badImageCount());
    assertEquals(root.resolve("training/0/0000.png"), report.badImages().get(0).file());
    assertEquals(root.resolve("training/2/0000.png"), report.badImages().get(2).file());
    assertEquals(3, report.wrongFolders().size(), "each folder now holds one image too many");
  }

  @Test
  void verifyRejectsMissingRootWithoutCreatingIt() {
    Path missing = temp.resolve("nothing-here");

    InvalidDataException error = assertThrows(InvalidDataException.class,
        () -> verifier.verify(missing));

    assertTrue(error.getMessage().contains(missing.toString()), error.getMessage());
    assertFalse(Files.exists(missing));
  }

  @Test
  void mnistCountsSumToSplitSizes() {
    assertEquals(60_000, ExpectedCounts.MNIST.total(Split.TRAINING));
    assertEquals(10_000, ExpectedCounts.MNIST.total(Split.TESTING));
  }

  private void deleteOne(Split split, int digit) {
    try {
      Files.delete(TinyMnist.images(root, split, digit).get(0));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
