package io.github.mnistdl4j.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.ImageShape;
import io.github.mnistdl4j.data.Split;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RunReportTest {

  private static RunReport withLoss(double[] loss, boolean logScale) {
    return new RunReport("train", DigitPair.LECTURE, Map.of(), List.of(), loss, logScale,
        List.of(), null, null, List.of());
  }

  private static RunReport withCounts(List<RunReport.ClassCount> counts) {
    return new RunReport("train", DigitPair.LECTURE, Map.of(), counts, new double[0], false,
        List.of(), null, null, List.of());
  }

  private static void assertRejected(String expectedPart, Executable construction) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, construction);
    assertTrue(error.getMessage().contains(expectedPart),
        "message should contain '" + expectedPart + "': " + error.getMessage());
  }

  @Test
  void accuracyComesFromConfusionCounts() {
    RunReport.Confusion confusion = new RunReport.Confusion(Split.TESTING, 1012, 9, 1001, 16);
    assertEquals(2038, confusion.total());
    assertEquals((1012 + 1001) / 2038.0, confusion.accuracy(), 1e-15);
  }

  @Test
  void arraysAreCopied() {
    double[] loss = {0.5, 0.25};
    RunReport report = withLoss(loss, false);
    loss[0] = 99;
    assertEquals(0.5, report.lossPerEpoch()[0]);
  }

  @Test
  void settingsKeepTheirOrder() {
    Map<String, String> settings = new java.util.LinkedHashMap<>();
    settings.put("--z", "1");
    settings.put("--a", "2");
    RunReport report = new RunReport("train", DigitPair.LECTURE, settings, List.of(),
        new double[0], false, List.of(), null, null, List.of());
    assertEquals(List.of("--z", "--a"), List.copyOf(report.settings().keySet()));
  }

  @Test
  void nanLossIsRejected() {
    assertRejected("epoch 2", () -> withLoss(new double[] {0.5, Double.NaN}, false));
  }

  @Test
  void zeroLossOnLogScaleIsRejected() {
    assertRejected("logarithmic", () -> withLoss(new double[] {0.5, 0}, true));
  }

  @Test
  void blankCommandIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new RunReport(" ", DigitPair.LECTURE,
        Map.of(), List.of(), new double[0], false, List.of(), null, null, List.of()));
  }

  @Test
  void countOfDigitOutsidePairIsRejected() {
    assertRejected("digit 5",
        () -> withCounts(List.of(new RunReport.ClassCount(Split.TRAINING, 5, 10))));
  }

  @Test
  void countGivenTwiceIsRejected() {
    assertRejected("twice", () -> withCounts(List.of(
        new RunReport.ClassCount(Split.TRAINING, 3, 10),
        new RunReport.ClassCount(Split.TRAINING, 3, 11))));
  }

  @Test
  void negativeCountIsRejected() {
    assertRejected("-1", () -> new RunReport.ClassCount(Split.TRAINING, 3, -1));
  }

  @Test
  void confusionWithoutExamplesIsRejected() {
    assertRejected("all 0", () -> new RunReport.Confusion(Split.TESTING, 0, 0, 0, 0));
  }

  @Test
  void confusionOfSameSplitTwiceIsRejected() {
    RunReport.Confusion confusion = new RunReport.Confusion(Split.TESTING, 1, 0, 1, 0);
    assertRejected("twice", () -> new RunReport("train", DigitPair.LECTURE, Map.of(),
        List.of(), new double[0], false, List.of(confusion, confusion), null, null, List.of()));
  }

  @Test
  void labelOtherThanZeroOrOneIsRejected() {
    assertRejected("example 1", () -> new RunReport.Predictions(Split.TESTING,
        new float[] {0, 0.5f}, new float[] {0.1f, 0.2f}));
  }

  @Test
  void outputOutsideUnitRangeIsRejected() {
    assertRejected("1.5", () -> new RunReport.Predictions(Split.TESTING,
        new float[] {0, 1}, new float[] {0.1f, 1.5f}));
  }

  @Test
  void predictionsOfUnequalLengthAreRejected() {
    assertRejected("2 labels but 1 outputs", () -> new RunReport.Predictions(Split.TESTING,
        new float[] {0, 1}, new float[] {0.1f}));
  }

  @Test
  void infinitePreActivationIsRejected() {
    assertRejected("raw pixels of example 0", () -> new RunReport.PreActivations(Split.TESTING,
        new float[] {Float.POSITIVE_INFINITY}, new float[] {1}));
  }

  @Test
  void digitImageOfWrongSizeIsRejected() {
    assertRejected("784", () -> new RunReport.DigitImage(Split.TRAINING, 3, 0, new float[100]));
  }

  @Test
  void pixelAbove255IsRejected() {
    float[] pixels = new float[ImageShape.PIXELS];
    pixels[30] = 256;
    assertRejected("pixel 30", () -> new RunReport.DigitImage(Split.TRAINING, 3, 0, pixels));
  }

  @Test
  void sameDigitImageTwiceIsRejected() {
    RunReport.DigitImage image =
        new RunReport.DigitImage(Split.TRAINING, 3, 0, new float[ImageShape.PIXELS]);
    assertRejected("twice", () -> new RunReport("train", DigitPair.LECTURE, Map.of(),
        List.of(), new double[0], false, List.of(), null, null, List.of(image, image)));
  }
}
