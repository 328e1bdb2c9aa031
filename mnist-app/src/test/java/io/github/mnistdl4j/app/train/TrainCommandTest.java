package io.github.mnistdl4j.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mnistdl4j.app.AppRunner;
import io.github.mnistdl4j.app.ExitCodes;
import io.github.mnistdl4j.app.Json;
import io.github.mnistdl4j.data.testing.PngTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

  @TempDir
  Path folder;

  private Path tree() {
    return PngTrees.writeTree(folder.resolve("mnist_png"), Map.of(
        "training", Map.of(3, 6, 7, 5),
        "testing", Map.of(3, 2, 7, 3)));
  }

  @Test
  void writesJsonWithPublishedKeys() throws IOException {
    Path json = folder.resolve("out/run.json");

    AppRunner.Result result = AppRunner.run("train", "--data", tree().toString(), "--epochs",
        "5", "--hidden", "4", "--json", json.toString(), "--lang", "en");

    assertEquals(ExitCodes.OK, result.exitCode(), result.err());
    JsonNode root = Json.mapper().readTree(json.toFile());
    for (String key : List.of("digits", "examples", "hidden", "epochs", "learning_rate", "seed",
        "scale", "loss_per_epoch", "final_loss", "train_accuracy", "test_accuracy", "confusion",
        "preactivation", "load_seconds", "train_seconds")) {
      assertTrue(root.has(key), "missing key " + key);
    }
    assertEquals(3, root.get("digits").get(0).asInt());
    assertEquals(6, root.get("examples").get("training").get("3").asInt());
    assertEquals(3, root.get("examples").get("testing").get("7").asInt());
    assertEquals(5, root.get("loss_per_epoch").size());
    assertEquals(root.get("loss_per_epoch").get(4).asDouble(), root.get("final_loss").asDouble());
    JsonNode confusion = root.get("confusion");
    assertEquals(5, confusion.get("tp").asInt() + confusion.get("fp").asInt()
        + confusion.get("tn").asInt() + confusion.get("fn").asInt());
    for (String scale : List.of("raw", "unit")) {
      for (String key : List.of("mean_abs", "max_abs", "saturated_fraction",
          "naive_loss_nonfinite")) {
        assertTrue(root.get("preactivation").get(scale).has(key), scale + "." + key);
      }
    }
    assertTrue(result.out().contains("Labels: 3 -> 0, 7 -> 1"), result.out());
    assertTrue(result.out().contains("Testing accuracy"), result.out());
  }

  @Test
  void koreanScreen() {
    AppRunner.Result result = AppRunner.run("train", "--data", tree().toString(), "--epochs",
        "2", "--hidden", "3", "--lang", "ko");

    assertEquals(ExitCodes.OK, result.exitCode(), result.err());
    assertTrue(result.out().contains("테스트 정확도"), result.out());
    assertTrue(result.out().contains("레이블: 3 -> 0, 7 -> 1"), result.out());
  }

  @Test
  void sameDigitTwiceIsUsageError() {
    AppRunner.Result result = AppRunner.run("train", "--digits", "4,4", "--lang", "en");

    assertEquals(ExitCodes.USAGE, result.exitCode());
    assertTrue(result.err().contains("The two digits must differ, but both are 4"), result.err());
    assertFalse(result.err().contains("\tat "), "no stack trace: " + result.err());
  }

  @Test
  void missingDataIsOneLineError() {
    Path missing = folder.resolve("nowhere");

    AppRunner.Result result = AppRunner.run("train", "--data", missing.toString(), "--lang", "en");

    assertEquals(ExitCodes.FAILURE, result.exitCode());
    assertTrue(result.err().contains(missing.toString()), result.err());
    assertEquals(1, result.err().strip().lines().count(), result.err());
    assertFalse(Files.exists(missing));
  }

  @Test
  void badImageNamesFile() throws IOException {
    Path tree = tree();
    Path broken = Files.writeString(tree.resolve("testing/7/9.png"), "not a png");
    Path json = Files.writeString(folder.resolve("kept.json"), "{\"old\": true}");

    AppRunner.Result result = AppRunner.run("train", "--data", tree.toString(), "--epochs", "2",
        "--json", json.toString(), "--lang", "en");

    assertEquals(ExitCodes.FAILURE, result.exitCode());
    assertTrue(result.err().contains(broken.toString()), result.err());
    assertEquals("{\"old\": true}", Files.readString(json), "an earlier result must survive");
  }

  @Test
  void reportFolderHasPageAndCharts() {
    Path report = folder.resolve("report");

    AppRunner.Result result = AppRunner.run("train", "--data", tree().toString(), "--epochs",
        "3", "--hidden", "4", "--report", report.toString(), "--lang", "en");

    assertEquals(ExitCodes.OK, result.exitCode(), result.err());
    for (String file : List.of("report.html", "loss.png", "predictions.png",
        "pre-activations.png", "digit-training-3-0.png", "digit-training-7-0.png")) {
      assertTrue(Files.isRegularFile(report.resolve(file)), "missing " + file);
    }
  }
}
