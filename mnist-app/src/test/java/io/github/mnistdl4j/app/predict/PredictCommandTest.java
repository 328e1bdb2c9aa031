package io.github.mnistdl4j.app.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mnistdl4j.app.AppRunner;
import io.github.mnistdl4j.app.ExitCodes;
import io.github.mnistdl4j.app.Json;
import io.github.mnistdl4j.data.testing.PngTrees;
import io.github.mnistdl4j.model.predict.DigitClassifier;
import io.github.mnistdl4j.model.predict.Prediction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictCommandTest {

  @TempDir
  static Path folder;

  private static Path tree;
  private static Path model;

  @BeforeAll
  static void trainWithSaveModel() {
    tree = PngTrees.writeTree(folder.resolve("mnist_png"), Map.of(
        "training", Map.of(3, 6, 7, 5),
        "testing", Map.of(3, 3, 7, 3)));
    model = folder.resolve("models/lecture.zip");

    AppRunner.Result result = AppRunner.run("train", "--data", tree.toString(), "--epochs", "5",
        "--hidden", "4", "--save-model", model.toString(), "--lang", "en");

    assertEquals(ExitCodes.OK, result.exitCode(), result.err());
    assertTrue(result.out().contains("Model written to " + model.toAbsolutePath()), result.out());
  }

  @Test
  void printsEachImage() {
    Path three = tree.resolve("testing/3/0.png");
    Path seven = tree.resolve("testing/7/1.png");

    AppRunner.Result result = AppRunner.run("predict", "--model", model.toString(),
        three.toString(), seven.toString(), "--lang", "en");

    assertEquals(ExitCodes.OK, result.exitCode(), result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals("Model: " + model.toAbsolutePath() + " (labels 3 -> 0, 7 -> 1; scale raw)",
        lines.get(0));
    assertTrue(lines.get(1).matches("file\\s+digit\\s+probability of 7"), lines.get(1));
    assertRow(lines.get(2), three, DigitClassifier.load(model).predict(three));
    assertRow(lines.get(3), seven, DigitClassifier.load(model).predict(seven));
    assertTrue(lines.get(4).startsWith("2 images: "), lines.get(4));
  }

  private static void assertRow(String line, Path file, Prediction expected) {
    String[] cells = line.trim().split("\\s+");
    assertEquals(file.toString(), cells[0], line);
    assertEquals(Integer.toString(expected.digit()), cells[1], line);
    assertEquals(expected.probability(), Double.parseDouble(cells[2]), 5e-7, line);
  }

  @Test
  void jsonListsFileDigitProbability() throws IOException {
    Path json = folder.resolve("out/predictions.json");
    Path testing3 = tree.resolve("testing/3");

    AppRunner.Result result = AppRunner.run("predict", "--model", model.toString(), "--json",
        json.toString(), testing3.toString(), "--lang", "en");

    assertEquals(ExitCodes.OK, result.exitCode(), result.err());
    JsonNode root = Json.mapper().readTree(json.toFile());
    assertTrue(root.isArray(), root.toString());
    assertEquals(3, root.size());
    DigitClassifier classifier = DigitClassifier.load(model);
    for (JsonNode row : root) {
      List<String> keys = new ArrayList<>();
      row.fieldNames().forEachRemaining(keys::add);
      assertEquals(List.of("file", "digit", "probability"), keys);
      Prediction expected = classifier.predict(Path.of(row.get("file").asText()));
      assertEquals(expected.digit(), row.get("digit").asInt(), row.toString());
      assertEquals(expected.probability(), row.get("probability").asDouble(), 1e-6,
          row.toString());
    }
    assertTrue(result.out().contains("Predictions written to " + json.toAbsolutePath()),
        result.out());
  }

  @Test
  void folderIsReadInIntegerOrder() throws IOException {
    Path images = folder.resolve("order");
    for (int index : new int[] {10, 9, 1}) {
      PngTrees.writeDigitImage(images.resolve(index + ".png"), 7, index);
    }
    Files.writeString(images.resolve(".DS_Store"), "x");
    Path json = folder.resolve("order.json");

    AppRunner.Result result = AppRunner.run("predict", "--model", model.toString(), "--json",
        json.toString(), images.toString());

    assertEquals(ExitCodes.OK, result.exitCode(), result.err());
    List<String> files = new ArrayList<>();
    Iterator<JsonNode> rows = Json.mapper().readTree(json.toFile()).elements();
    rows.forEachRemaining(row -> files.add(row.get("file").asText()));
    assertEquals(List.of(images.resolve("1.png").toString(), images.resolve("9.png").toString(),
        images.resolve("10.png").toString()), files);
  }

  @Test
  void koreanScreen() {
    AppRunner.Result result = AppRunner.run("predict", "--model", model.toString(),
        tree.resolve("testing/7").toString(), "--lang", "ko");

    assertEquals(ExitCodes.OK, result.exitCode(), result.err());
    assertTrue(result.out().contains("모델: " + model.toAbsolutePath()
        + " (레이블 3 -> 0, 7 -> 1, 스케일 raw)"), result.out());
    assertTrue(result.out().contains("7일 확률"), result.out());
    assertTrue(result.out().contains("이미지 3개: "), result.out());
  }

  @Test
  void koreanErrorForMissingModel() {
    Path missing = folder.resolve("missing.zip");

    AppRunner.Result result = AppRunner.run("predict", "--model", missing.toString(),
        tree.resolve("testing/7/0.png").toString(), "--lang", "ko");

    assertEquals(ExitCodes.FAILURE, result.exitCode());
    assertEquals("오류: 모델 파일을 찾을 수 없습니다: " + missing.toAbsolutePath()
        + ". \"train --save-model FILE\"로 모델을 학습하고 저장하세요.", result.err().strip());
  }

  @Test
  void missingModelIsOneLineError() {
    Path missing = folder.resolve("missing.zip");

    AppRunner.Result result = AppRunner.run("predict", "--model", missing.toString(),
        tree.resolve("testing/7/0.png").toString(), "--lang", "en");

    assertEquals(ExitCodes.FAILURE, result.exitCode());
    assertEquals("error: Model file not found: " + missing.toAbsolutePath() + ". Train and save"
        + " a model with \"train --save-model FILE\".", result.err().strip());
    assertEquals("", result.out());
  }

  @Test
  void truncatedModelNamesFile() throws IOException {
    byte[] bytes = Files.readAllBytes(model);
    Path truncated = Files.write(folder.resolve("truncated.zip"),
        java.util.Arrays.copyOf(bytes, bytes.length - 100));

    AppRunner.Result result = AppRunner.run("predict", "--model", truncated.toString(),
        tree.resolve("testing/7/0.png").toString(), "--lang", "en");

    assertEquals(ExitCodes.FAILURE, result.exitCode());
    assertTrue(result.err().startsWith("error: Model file is not a zip archive or is cut off: "
        + truncated.toAbsolutePath()), result.err());
    assertEquals(1, result.err().strip().lines().count(), result.err());
  }

  @Test
  void otherPairThanDigitsOption() {
    AppRunner.Result result = AppRunner.run("predict", "--model", model.toString(), "--digits",
        "0,1", tree.resolve("testing/7/0.png").toString(), "--lang", "en");

    assertEquals(ExitCodes.FAILURE, result.exitCode());
    assertTrue(result.err().contains("classifies the digits 3,7, but 0,1 was expected"),
        result.err());
  }

  @Test
  void wrongImageSizeKeepsEarlierJson() throws IOException {
    Path big = PngTrees.writeGray(folder.resolve("bad/big.png"), new int[32][32]);
    Path json = Files.writeString(folder.resolve("kept.json"), "[]");

    AppRunner.Result result = AppRunner.run("predict", "--model", model.toString(), "--json",
        json.toString(), tree.resolve("testing/3/0.png").toString(), big.toString(),
        "--lang", "en");

    assertEquals(ExitCodes.FAILURE, result.exitCode());
    assertEquals("error: Image is not 28x28 8-bit grayscale: " + big + " is 32x32, 8-bit"
        + " grayscale. The model reads 28x28 8-bit grayscale PNG images, as in MNIST.",
        result.err().strip());
    assertEquals("", result.out(), "no partial results");
    assertEquals("[]", Files.readString(json));
  }

  @Test
  void missingImagePathIsFailure() {
    Path missing = folder.resolve("no-such-image.png");

    AppRunner.Result result = AppRunner.run("predict", "--model", model.toString(),
        missing.toString(), "--lang", "en");

    assertEquals(ExitCodes.FAILURE, result.exitCode());
    assertEquals("error: Image file or folder not found: " + missing + ".", result.err().strip());
  }

  @Test
  void noImagesIsUsageError() {
    AppRunner.Result result = AppRunner.run("predict", "--model", model.toString(),
        "--lang", "en");

    assertEquals(ExitCodes.USAGE, result.exitCode());
    assertTrue(result.err().contains("IMAGE_OR_FOLDER"), result.err());
    assertFalse(result.err().contains("\tat "), "no stack trace: " + result.err());
  }

  @Test
  void noModelIsUsageError() {
    AppRunner.Result result = AppRunner.run("predict", tree.resolve("testing/7/0.png").toString(),
        "--lang", "en");

    assertEquals(ExitCodes.USAGE, result.exitCode());
    assertTrue(result.err().contains("--model"), result.err());
  }

  @Test
  void helpIsKorean() {
    AppRunner.Result result = AppRunner.run("predict", "--help", "--lang", "ko");

    assertEquals(ExitCodes.OK, result.exitCode(), result.err());
    assertTrue(result.out().contains("모델 파일"), result.out());
    assertTrue(result.out().contains("인자:"), result.out());
  }

  @Test
  void failedTrainingKeepsEarlierModel() throws IOException {
    Path broken = PngTrees.writeTree(folder.resolve("broken/mnist_png"), Map.of(
        "training", Map.of(3, 2, 7, 2),
        "testing", Map.of(3, 1, 7, 1)));
    Files.writeString(broken.resolve("testing/7/5.png"), "not a png");
    Path earlierModel = folder.resolve("earlier-model.zip");
    Files.copy(model, earlierModel);
    byte[] before = Files.readAllBytes(earlierModel);

    AppRunner.Result result = AppRunner.run("train", "--data", broken.toString(), "--epochs", "2",
        "--save-model", earlierModel.toString(), "--lang", "en");

    assertEquals(ExitCodes.FAILURE, result.exitCode());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(earlierModel)),
        "an earlier model must survive");
  }
}
