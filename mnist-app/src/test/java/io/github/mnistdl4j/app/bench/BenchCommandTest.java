package io.github.mnistdl4j.app.bench;

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

class BenchCommandTest {

  @TempDir
  Path folder;

  private Path tree() {
    return PngTrees.writeTree(folder.resolve("mnist_png"), Map.of(
        "training", Map.of(3, 6, 7, 5),
        "testing", Map.of(3, 1, 7, 1)));
  }

  private static JsonNode onlyLine(AppRunner.Result result) throws IOException {
    List<String> lines = result.out().lines().toList();
    assertEquals(1, lines.size(), "standard output should be one JSON line: " + result.out());
    return Json.mapper().readTree(lines.get(0));
  }

  @Test
  void printsOneJsonLineWithTheNumbers() throws IOException {
    AppRunner.Result result = AppRunner.run("bench", "--data", tree().toString(), "--epochs", "4",
        "--threads", "1", "--lang", "en");

    assertEquals(ExitCodes.OK, result.exitCode(), result.err());
    JsonNode json = onlyLine(result);
    for (String key : List.of("framework", "threads", "examples", "epochs", "load_seconds",
        "train_seconds", "ms_per_epoch", "train_accuracy", "final_loss", "startup_seconds",
        "blas_vendor", "native_build", "cpu_level", "onednn", "peak_rss_mb", "path")) {
      assertTrue(json.has(key), "missing key " + key + " in " + json);
    }
    assertEquals(11, json.get("examples").asInt());
    assertEquals(4, json.get("epochs").asInt());
    assertEquals(1, json.get("threads").asInt());
    assertEquals("optimized", json.get("path").asText());
    // train_seconds is rounded to 1 ms, so per epoch the two may differ by 0.5 ms / 4 epochs.
    assertEquals(json.get("train_seconds").asDouble() * 1000 / 4,
        json.get("ms_per_epoch").asDouble(), 0.13);
    double accuracy = json.get("train_accuracy").asDouble();
    assertTrue(accuracy >= 0 && accuracy <= 1, "accuracy " + accuracy);
    assertTrue(json.get("load_seconds").asDouble() > 0, json.toString());
    assertTrue(json.get("peak_rss_mb").asLong() > 0, json.toString());
    assertFalse(json.get("blas_vendor").asText().isBlank(), json.toString());
    assertTrue(result.err().contains("Loaded 11 images"), result.err());
  }

  @Test
  void standardPathGivesTheSameLoss() throws IOException {
    Path tree = tree();
    JsonNode optimized = onlyLine(AppRunner.run("bench", "--data", tree.toString(),
        "--epochs", "5", "--threads", "1"));
    JsonNode standard = onlyLine(AppRunner.run("bench", "--data", tree.toString(),
        "--epochs", "5", "--threads", "1", "--path", "standard"));

    assertEquals("standard", standard.get("path").asText());
    double expected = standard.get("final_loss").asDouble();
    assertEquals(expected, optimized.get("final_loss").asDouble(), 1e-4 * Math.abs(expected),
        "final loss, standard " + standard + " vs optimized " + optimized);
  }

  @Test
  void invalidThreadsIsUsageErrorInKorean() {
    AppRunner.Result result = AppRunner.run("bench", "--threads", "0", "--lang", "ko");

    assertEquals(ExitCodes.USAGE, result.exitCode());
    assertTrue(result.err().contains("잘못된 --threads 값 0"), result.err());
    assertFalse(result.err().contains("\tat "), "no stack trace: " + result.err());
  }

  @Test
  void threadsAboveMaximumIsUsageError() {
    AppRunner.Result result = AppRunner.run("bench", "--threads", "100000", "--lang", "en");

    assertEquals(ExitCodes.USAGE, result.exitCode());
    assertEquals("error: Invalid --threads 100000: expected a whole number from 1 to 1024.",
        result.err().lines().findFirst().orElse(""));
  }

  @Test
  void invalidPathIsUsageError() {
    AppRunner.Result result = AppRunner.run("bench", "--path", "fastest", "--lang", "en");

    assertEquals(ExitCodes.USAGE, result.exitCode());
    assertTrue(result.err().contains("expected optimized or standard"), result.err());
  }

  @Test
  void helpIsKorean() {
    AppRunner.Result result = AppRunner.run("bench", "--help", "--lang", "ko");

    assertEquals(ExitCodes.OK, result.exitCode());
    assertTrue(result.out().contains("학습에 쓸 네이티브 스레드 수"), result.out());
    assertTrue(result.out().contains("에폭"), result.out());
  }

  @Test
  void peakMemoryComesFromProc() {
    long megabytes = Benchmark.peakRssMegabytes();

    assertTrue(megabytes > 10, "peak RSS " + megabytes + " MB");
  }
}
