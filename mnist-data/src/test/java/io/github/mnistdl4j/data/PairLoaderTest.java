package io.github.mnistdl4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.data.testing.PngTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

class PairLoaderTest {

  @TempDir
  Path root;

  private PairLoader smallTree() {
    PngTrees.writeTree(root, Map.of(
        "training", Map.of(3, 3, 7, 2, 5, 1),
        "testing", Map.of(3, 1, 7, 2)));
    return PairLoader.open(root);
  }

  @Test
  void labelsFollowPairOrder() {
    PairData data = smallTree().load(Split.TRAINING, new DigitPair(3, 7), PixelScale.RAW);

    assertArrayEquals(new float[] {0, 0, 0, 1, 1}, data.labels().toFloatVector());
    assertEquals(Map.of(3, 3, 7, 2), data.countByDigit());
    assertEquals("3", data.files().get(0).getParent().getFileName().toString());
  }

  @Test
  void reversedPairSwapsLabels() {
    PairData data = smallTree().load(Split.TRAINING, new DigitPair(7, 3), PixelScale.RAW);

    assertArrayEquals(new float[] {0, 0, 1, 1, 1}, data.labels().toFloatVector());
    assertEquals("7", data.files().get(0).getParent().getFileName().toString());
  }

  @Test
  void singleFolderKeepsPairLabel() throws IOException {
    PngTrees.writeTree(root, Map.of("training", Map.of(3, 2, 7, 2), "testing", Map.of(7, 3)));
    PairLoader loader = PairLoader.open(root);

    PairData sevens = loader.loadDigit(Split.TESTING, new DigitPair(3, 7), 7, PixelScale.RAW);

    assertArrayEquals(new float[] {1, 1, 1}, sevens.labels().toFloatVector());
    InvalidDataException missing = assertThrows(InvalidDataException.class,
        () -> loader.load(Split.TESTING, new DigitPair(3, 7), PixelScale.RAW));
    assertEquals("digit.missing", missing.messageKey());
    assertTrue(missing.getMessage().contains(root.resolve("testing").resolve("3").toString()),
        missing.getMessage());
  }

  @Test
  void shapesAreRowsOf784() {
    PairData data = smallTree().load(Split.TRAINING, new DigitPair(3, 7), PixelScale.RAW);

    assertArrayEquals(new long[] {5, 784}, data.features().shape());
    assertArrayEquals(new long[] {5, 1}, data.labels().shape());
    assertEquals(DataType.FLOAT, data.features().dataType());
    assertEquals(DataType.FLOAT, data.labels().dataType());
  }

  @Test
  void pixelsAreExactAndRowMajor() {
    PairData data = smallTree().load(Split.TRAINING, new DigitPair(3, 7), PixelScale.RAW);

    // Row 3 is the first seven (index 0); pixel (row 5, column 9) sits at 5 * 28 + 9.
    for (int[] position : new int[][] {{0, 0}, {5, 9}, {27, 27}, {13, 1}}) {
      int offset = position[0] * 28 + position[1];
      assertEquals(PngTrees.pixel(7, 0, position[0], position[1]),
          data.features().getFloat(3, offset), "pixel " + position[0] + "," + position[1]);
      assertEquals(PngTrees.pixel(3, 2, position[0], position[1]),
          data.features().getFloat(2, offset), "pixel " + position[0] + "," + position[1]);
    }
  }

  @Test
  void unitScaleDividesOnce() {
    PairLoader loader = smallTree();
    PairData raw = loader.load(Split.TRAINING, new DigitPair(3, 7), PixelScale.RAW);
    PairData unit = loader.load(Split.TRAINING, new DigitPair(3, 7), PixelScale.UNIT);
    PairData rescaled = raw.withScale(PixelScale.UNIT);

    float[] rawValues = raw.features().ravel().toFloatVector();
    float[] unitValues = unit.features().ravel().toFloatVector();
    for (int i = 0; i < rawValues.length; i++) {
      assertEquals(rawValues[i] / 255f, unitValues[i], 0f, "value " + i);
    }
    assertArrayEquals(unitValues, rescaled.features().ravel().toFloatVector());
    assertTrue(unit.features().maxNumber().floatValue() <= 1f);
    assertEquals(PixelScale.UNIT, rescaled.scale());
    assertThrows(IllegalStateException.class, () -> unit.withScale(PixelScale.RAW));
  }

  @Test
  void integerNamesSortNumerically() {
    for (int index : new int[] {10, 2, 1}) {
      PngTrees.writeDigitImage(root.resolve("training/0/" + index + ".png"), 0, index);
      PngTrees.writeDigitImage(root.resolve("training/1/" + index + ".png"), 1, index);
    }
    PngTrees.writeDigitImage(root.resolve("training/1/b.png"), 1, 4);
    PngTrees.writeDigitImage(root.resolve("training/1/a.png"), 1, 5);

    PairData data = PairLoader.open(root)
        .load(Split.TRAINING, DigitPair.HOMEWORK, PixelScale.RAW);

    List<String> names = data.files().stream().map(path -> path.getFileName().toString())
        .toList();
    assertEquals(List.of("1.png", "2.png", "10.png", "1.png", "2.png", "10.png", "a.png",
        "b.png"), names);
    assertEquals(PngTrees.pixel(0, 10, 0, 0), data.features().getFloat(2, 0));
  }

  @Test
  void ignoresHiddenFilesAndExtraFolders() throws IOException {
    smallTree();
    Files.writeString(root.resolve("training/3/.DS_Store"), "finder data");
    Files.writeString(root.resolve("training/3/._0.png"), "AppleDouble");
    Files.writeString(root.resolve("training/7/notes.txt"), "not an image");
    Files.createDirectories(root.resolve("training/extra"));
    PngTrees.writeDigitImage(root.resolve("training/extra/0.png"), 4, 0);
    Files.writeString(root.resolve("training/README"), "loose file");

    PairData data = PairLoader.open(root)
        .load(Split.TRAINING, new DigitPair(3, 7), PixelScale.RAW);

    assertEquals(5, data.size());
    assertEquals(Map.of(3, 3, 7, 2), data.countByDigit());
    assertFalse(data.files().stream().anyMatch(f -> f.getFileName().toString().startsWith(".")));
  }

  @Test
  void iteratorCoversAllInBatches() {
    PairData data = smallTree().load(Split.TRAINING, new DigitPair(3, 7), PixelScale.RAW);
    DataSetIterator iterator = data.iterator(2);

    int batches = 0;
    int examples = 0;
    float labelSum = 0;
    while (iterator.hasNext()) {
      var batch = iterator.next();
      batches++;
      examples += batch.numExamples();
      labelSum += batch.getLabels().sumNumber().floatValue();
      assertEquals(784, batch.getFeatures().size(1));
    }
    assertEquals(3, batches);
    assertEquals(5, examples);
    assertEquals(2f, labelSum);
  }

  @Test
  void fileUrisMatchPathToUri() throws IOException {
    Path folder = Files.createDirectories(root.resolve("training").resolve("3"));
    List<Path> files = new java.util.ArrayList<>();
    for (String name : List.of("12.png", "a_b-C.PNG", "with space.png", "hash#50%.png",
        "caf\u00e9.png", "colon:1.png")) {
      files.add(Files.createFile(folder.resolve(name)));
    }

    List<java.net.URI> uris = PairLoader.fileUris(files);

    for (int i = 0; i < files.size(); i++) {
      assertEquals(files.get(i).toUri(), uris.get(i), files.get(i).toString());
      assertEquals(files.get(i), Path.of(uris.get(i)));
    }
  }
}
