package io.github.mnistdl4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.data.testing.PngTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads large enough to be read by several readers keep the order, pixels and labels. */
class ParallelReadingTest {

  @TempDir
  Path root;

  private PairLoader treeOf(int threes, int sevens) {
    PngTrees.writeTree(root, Map.of("training", Map.of(3, threes, 7, sevens),
        "testing", Map.of(3, 1, 7, 1)));
    return PairLoader.open(root);
  }

  @Test
  void everyRowHoldsItsOwnFileInOrder() {
    PairLoader loader = treeOf(700, 500);
    assertTrue(PairLoader.readerCount(1200) >= Math.min(2,
        Runtime.getRuntime().availableProcessors()), "test needs several readers where possible");

    PairData data = loader.load(Split.TRAINING, DigitPair.LECTURE, PixelScale.RAW);

    assertEquals(1200, data.size());
    float[] labels = data.labels().toFloatVector();
    for (int row = 0; row < data.size(); row++) {
      Path file = data.files().get(row);
      int digit = Integer.parseInt(file.getParent().getFileName().toString());
      int index = Integer.parseInt(file.getFileName().toString().replace(".png", ""));
      assertEquals(row < 700 ? 3 : 7, digit, "digit of row " + row);
      assertEquals(row < 700 ? row : row - 700, index, "file of row " + row);
      assertEquals(digit == 3 ? 0f : 1f, labels[row], "label of row " + row);
      for (int[] at : new int[][] {{0, 0}, {14, 14}, {27, 3}}) {
        assertEquals(PngTrees.pixel(digit, index, at[0], at[1]),
            data.features().getFloat(row, at[0] * 28 + at[1]),
            "pixel " + at[0] + "," + at[1] + " of row " + row);
      }
    }
  }

  @Test
  void firstBadFileInReadingOrderIsReported() throws IOException {
    PairLoader loader = treeOf(600, 600);
    Path early = root.resolve("training/3/100.png");
    Path late = root.resolve("training/7/500.png");
    Files.write(late, new byte[0]);
    PngTrees.writeTruncated(early, 3);

    InvalidDataException error = assertThrows(InvalidDataException.class,
        () -> loader.load(Split.TRAINING, DigitPair.LECTURE, PixelScale.RAW));

    assertEquals("image.undecodable", error.messageKey());
    assertTrue(error.getMessage().contains(early.toString()), error.getMessage());
  }

  @Test
  void readerCountGrowsWithTheLoad() {
    assertEquals(1, PairLoader.readerCount(1));
    assertEquals(1, PairLoader.readerCount(300));
    assertEquals(Math.min(2, Runtime.getRuntime().availableProcessors()),
        PairLoader.readerCount(512));
    assertTrue(PairLoader.readerCount(1_000_000) <= Runtime.getRuntime().availableProcessors());
  }

  @Test
  void sortingByKeysMatchesTheFileOrder() {
    List<Path> paths = new ArrayList<>();
    for (String name : new String[] {"10.png", "2.png", "1.png", "007.png", "7.png", "a.png",
        "B.png", "b.png", "99999999999999999999.png", "-1.png", "3", ".png"}) {
      paths.add(Path.of("folder", name));
    }
    Collections.shuffle(paths, new Random(1));

    List<Path> expected = new ArrayList<>(paths);
    expected.sort(MnistTree.FILE_ORDER);

    assertEquals(expected, MnistTree.sortInFileOrder(paths));
    assertEquals(List.of("1.png", "2.png", "3", "007.png", "7.png", "10.png"),
        expected.subList(0, 6).stream().map(path -> path.getFileName().toString()).toList());
  }
}
