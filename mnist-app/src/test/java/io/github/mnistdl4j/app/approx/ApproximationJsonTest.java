package io.github.mnistdl4j.app.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mnistdl4j.model.approx.ApproximationResult;
import io.github.mnistdl4j.model.approx.ApproximationSettings;
import io.github.mnistdl4j.model.approx.HiddenActivation;
import io.github.mnistdl4j.model.approx.Samples;
import io.github.mnistdl4j.model.approx.WidthFit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApproximationJsonTest {

  @TempDir
  Path folder;

  @Test
  void fileHoldsTargetSettingsAndFits() throws IOException {
    Path file = folder.resolve("nested/out.json");

    ApproximationJson.write(result(), file);

    JsonNode root = new ObjectMapper().readTree(file.toFile());
    assertEquals("abs", root.get("target").asText());
    assertEquals(1, root.get("inputs").asInt());
    assertEquals("relu", root.get("activation").asText());
    assertEquals(300, root.get("steps").asInt());
    assertEquals(0.05, root.get("learning_rate").asDouble());
    assertEquals(9, root.get("seed").asLong());
    assertEquals(50, root.get("training_points").asInt());
    assertEquals(2, root.get("evaluation_points").asInt());
    assertFalse(root.get("evaluated_on_training_points").asBoolean());
    JsonNode fits = root.get("fits");
    assertEquals(2, fits.size());
    JsonNode second = fits.get(1);
    assertEquals(List.of("hidden", "activation", "max_abs_error", "mean_abs_error",
        "training_max_abs_error", "seconds"), fieldNames(second));
    assertEquals(4, second.get("hidden").asInt());
    assertEquals("relu", second.get("activation").asText());
    assertEquals(0.02, second.get("max_abs_error").asDouble());
    assertEquals(0.01, second.get("mean_abs_error").asDouble());
    assertEquals(1.5, second.get("seconds").asDouble());
  }

  @Test
  void existingFileIsReplacedWhole() throws IOException {
    Path file = Files.writeString(folder.resolve("out.json"), "x".repeat(10_000));

    ApproximationJson.write(result(), file);

    assertTrue(Files.readString(file).startsWith("{"), "file should hold only the new JSON");
    new ObjectMapper().readTree(file.toFile());
    try (var entries = Files.list(folder)) {
      assertEquals(List.of(file), entries.toList(), "no temporary file should remain");
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    var names = new java.util.ArrayList<String>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static ApproximationResult result() {
    var settings = new ApproximationSettings(List.of(2, 4), HiddenActivation.RELU, 300, 0.05, 9,
        50);
    Samples evaluation = new Samples(new double[][] {{-0.5}, {0.5}}, new double[] {0.5, 0.5});
    return new ApproximationResult("abs", 1, settings, 50, false, evaluation, List.of(
        new WidthFit(2, HiddenActivation.RELU, 0.2, 0.1, 0.21, 1.25, new double[] {0.3, 0.7}),
        new WidthFit(4, HiddenActivation.RELU, 0.02, 0.01, 0.03, 1.5, new double[] {0.52, 0.5})));
  }
}
