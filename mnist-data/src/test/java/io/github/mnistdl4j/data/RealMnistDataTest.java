package io.github.mnistdl4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mnistdl4j.data.testing.RealMnist;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RealMnistDataTest {

  @Test
  void lecturePairCounts() {
    PairLoader loader = PairLoader.open(RealMnist.treeOrSkip());

    PairData training = loader.load(Split.TRAINING, DigitPair.LECTURE, PixelScale.RAW);
    PairData testing = loader.load(Split.TESTING, DigitPair.LECTURE, PixelScale.RAW);

    assertEquals(Map.of(3, 6131, 7, 6265), training.countByDigit(), "training counts");
    assertEquals(Map.of(3, 1010, 7, 1028), testing.countByDigit(), "testing counts");
    assertEquals(6265f, training.labels().sumNumber().floatValue(), "sevens labelled 1");
  }

  @Test
  void knownImageRows() {
    Path tree = RealMnist.treeOrSkip();
    PairData threes = PairLoader.open(tree)
        .loadDigit(Split.TRAINING, DigitPair.LECTURE, 3, PixelScale.RAW);
    int row = threes.files().indexOf(tree.resolve("training/3/37912.png"));

    float[] image = threes.features().getRow(row).toFloatVector();

    float[] row5 = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 66, 138, 149, 180, 138, 138, 86, 0};
    float[] row6 = {0, 0, 0, 0, 0, 0, 0, 0, 22, 162, 161, 228, 252, 252, 253, 252, 252, 252, 252,
        74, 0};
    assertArrayEquals(row5, Arrays.copyOfRange(image, 5 * 28, 5 * 28 + row5.length),
        "row 5 of training/3/37912.png");
    assertArrayEquals(row6, Arrays.copyOfRange(image, 6 * 28, 6 * 28 + row6.length),
        "row 6 of training/3/37912.png");
  }
}
