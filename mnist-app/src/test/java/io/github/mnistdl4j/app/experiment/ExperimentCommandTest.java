package io.github.mnistdl4j.app.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mnistdl4j.app.AppRunner;
import io.github.mnistdl4j.app.ExitCodes;
import io.github.mnistdl4j.app.Json;
import io.github.mnistdl4j.data.testing.PngTrees;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentCommandTest {

  @TempDir
  Path folder;

  private Path tree() {
    return PngTrees.writeTree(folder.resolve("mnist_png"), Map.of(
        "training", Map.of(0, 4, 1, 3, 3, 2, 7, 2),
        "testing", Map.of(0, 2, 1, 2, 3, 1, 7, 1)));
  }

  @Test
  void homeworkReportsEveryStep() throws IOException {
    Path json = folder.resolve("homework.json");

    AppRunner.Result result = AppRunner.run("experiment", "homework-0v1", "--data",
        tree().toString(), "--json", json.toString(), "--lang", "en");

    assertEquals(ExitCodes.OK, result.exitCode(), result.err());
    JsonNode steps = Json.mapper().readTree(json.toFile()).get("steps");
    assertEquals(4, steps.size());
    List<String> ids = List.of("2-library", "2-clamped", "3", "4");
    for (int i = 0; i < ids.size(); i++) {
      JsonNode step = steps.get(i);
      assertEquals(ids.get(i), step.get("step").asText());
      assertTrue(step.has("train_accuracy"), "step " + ids.get(i) + " has an accuracy");
      assertTrue(step.get("learned").asBoolean() || step.has("failed_at_epoch"),
          "a failed step names its epoch: " + step);
    }
    assertEquals("naive", steps.get(3).get("loss").asText());
    assertEquals("unit", steps.get(3).get("scale").asText());
    assertTrue(result.out().contains("Homework: digits 0 and 1"), result.out());
  }

  @Test
  void saturationTableHasRows() throws IOException {
    Path json = folder.resolve("saturation.json");

    AppRunner.Result result = AppRunner.run("experiment", "loss-saturation", "--data",
        tree().toString(), "--rows", "3", "--json", json.toString(), "--lang", "en");

    assertEquals(ExitCodes.OK, result.exitCode(), result.err());
    JsonNode root = Json.mapper().readTree(json.toFile());
    assertEquals(7, root.get("examples").asInt());
    assertEquals(3, root.get("first_observations").size());
    assertEquals(7, root.get("naive_finite").asInt() + root.get("naive_inf").asInt()
        + root.get("naive_nan").asInt());
    assertTrue(result.out().contains("With each inf counted as 100"), result.out());
  }

  @Test
  void scalingInKorean() {
    AppRunner.Result result = AppRunner.run("experiment", "scaling", "--data",
        tree().toString(), "--index", "2", "--lang", "ko");

    assertEquals(ExitCodes.OK, result.exitCode(), result.err());
    assertTrue(result.out().contains("관측값 2"), result.out());
    assertTrue(result.out().contains("원본 0..255"), result.out());
  }

  @Test
  void unknownExperimentIsUsageError() {
    AppRunner.Result result = AppRunner.run("experiment", "lecture-9v9", "--lang", "en");

    assertEquals(ExitCodes.USAGE, result.exitCode());
    assertTrue(result.err().contains("Unknown experiment \"lecture-9v9\""), result.err());
    assertTrue(result.err().contains("loss-saturation"), result.err());
  }

  @Test
  void indexOutOfRangeIsOneLine() {
    AppRunner.Result result = AppRunner.run("experiment", "scaling", "--data",
        tree().toString(), "--index", "99", "--lang", "en");

    assertEquals(ExitCodes.FAILURE, result.exitCode());
    assertTrue(result.err().contains("Invalid observation index 99: expected 0 to 6"),
        result.err());
    assertFalse(result.err().contains("\tat "), result.err());
  }

  @Test
  void initWithoutCaseIsUsageError() {
    AppRunner.Result result = AppRunner.run("experiment", "scaling", "--init", "weights.json",
        "--lang", "en");

    assertEquals(ExitCodes.USAGE, result.exitCode());
    assertTrue(result.err().contains("--init and --init-case go together"), result.err());
  }
}
