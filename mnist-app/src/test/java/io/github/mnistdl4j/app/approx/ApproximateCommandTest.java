package io.github.mnistdl4j.app.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mnistdl4j.app.AppRunner;
import io.github.mnistdl4j.app.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code approximate} through the root command as a user would, with few training steps so
 * that the test stays fast; the numeric claims are tested in the model module.
 */
class ApproximateCommandTest {

  @TempDir
  Path folder;

  private String out = "";
  private String err = "";

  @Test
  void jsonHoldsTargetAndOneFitPerWidth() throws IOException {
    Path json = folder.resolve("fits.json");

    int exit = run("--lang", "en", "approximate", "--target", "abs", "--hidden", "1,3",
        "--steps", "20", "--json", json.toString());

    assertEquals(ExitCodes.OK, exit, err);
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals("abs", root.get("target").asText());
    JsonNode fits = root.get("fits");
    assertEquals(2, fits.size());
    for (int i = 0; i < 2; i++) {
      JsonNode fit = fits.get(i);
      assertEquals(List.of(1, 3).get(i), fit.get("hidden").asInt());
      assertEquals("sigmoid", fit.get("activation").asText());
      for (String key : List.of("max_abs_error", "mean_abs_error", "seconds")) {
        assertTrue(fit.get(key).isNumber(), key + " in " + fit);
      }
      assertTrue(fit.get("max_abs_error").asDouble() >= fit.get("mean_abs_error").asDouble(),
          fit.toString());
    }
    assertTrue(out.contains("Target abs: |x| on [-1, 1]"), out);
    assertTrue(err.contains("Wrote " + json), err);
  }

  @Test
  void reportWritesChartsForCsvTarget() throws IOException {
    Path csv = folder.resolve("points.csv");
    Files.writeString(csv, "x,y\n0,1\n1,3\n2,5\n3,7\n4,9\n5,11\n");
    Path report = folder.resolve("charts");

    int exit = run("approximate", "--target", csv.toString(), "--hidden", "2",
        "--activation", "relu", "--steps", "20", "--report", report.toString());

    assertEquals(ExitCodes.OK, exit, err);
    for (String name : List.of("fit-h2.png", "fits.png", "errors.png")) {
      assertTrue(Files.size(report.resolve(name)) > 1000, name);
    }
    assertTrue(out.contains("errors measured on the same rows"), out);
  }

  @Test
  void koreanScreenUsesKoreanColumns() {
    int exit = run("--lang", "ko", "approximate", "--target", "step", "--hidden", "2",
        "--steps", "5");

    assertEquals(ExitCodes.OK, exit, err);
    assertTrue(out.contains("활성화 함수"), out);
    assertTrue(out.contains("목표 함수 step"), out);
    assertTrue(err.contains("step에 맞추는 중"), err);
  }

  @Test
  void invalidHiddenWidthIsAUsageError() {
    int exit = run("--lang", "en", "approximate", "--hidden", "4,0");

    assertEquals(ExitCodes.USAGE, exit);
    assertEquals(List.of("error: Invalid hidden width 0: expected 1 to 4096.",
        "Run \"mnist-dl4j approximate --help\" for the options."), err.lines().toList());
  }

  @Test
  void hiddenListWithWordIsAUsageError() {
    int exit = run("--lang", "en", "approximate", "--hidden", "1,two");

    assertEquals(ExitCodes.USAGE, exit);
    assertTrue(firstLine(err).contains("\"two\" is not a whole number"), err);
  }

  @Test
  void unknownActivationIsReportedInKorean() {
    int exit = run("--lang", "ko", "approximate", "--activation", "tanh");

    assertEquals(ExitCodes.USAGE, exit);
    assertEquals("오류: 잘못된 활성화 함수 \"tanh\": sigmoid 또는 relu여야 합니다.", firstLine(err));
  }

  @Test
  void nonNumericStepsIsAUsageError() {
    int exit = run("--lang", "en", "approximate", "--steps", "many");

    assertEquals(ExitCodes.USAGE, exit);
    assertTrue(err.contains("--steps"), err);
  }

  @Test
  void invalidCsvKeepsOldJson() throws IOException {
    Path csv = folder.resolve("bad.csv");
    Files.writeString(csv, "x,y\n0,0\n0.5,NaN\n1,1\n");
    Path json = Files.writeString(folder.resolve("old.json"), "{\"kept\": true}");

    int exit = run("--lang", "en", "approximate", "--target", csv.toString(), "--json",
        json.toString());

    assertEquals(ExitCodes.FAILURE, exit);
    assertEquals("error: " + csv + ", line 3: the value of y is NaN, but only finite numbers "
        + "are allowed.", oneLine(err));
    assertEquals("{\"kept\": true}", Files.readString(json));
  }

  @Test
  void missingTargetNamesBuiltInsInKorean() {
    Path missing = folder.resolve("missing.csv");

    int exit = run("--lang", "ko", "approximate", "--target", missing.toString());

    assertEquals(ExitCodes.FAILURE, exit);
    String line = oneLine(err);
    assertTrue(line.startsWith("오류: 목표 함수를 찾을 수 없습니다: \"" + missing + "\""), line);
    assertTrue(line.contains("(sin, abs, bent, step, saddle)"), line);
    assertFalse(Files.exists(missing));
  }

  @Test
  void jsonFolderRejectedBeforeTraining() {
    int exit = run("--lang", "en", "approximate", "--json", folder.toString());

    assertEquals(ExitCodes.USAGE, exit);
    assertEquals("error: Invalid --json " + folder + ": it is a folder. Give a file name, "
        + "for example fits.json.", firstLine(err));
    assertEquals("", out);
  }

  @Test
  void invalidStepsAndLearningRateAreUsageErrors() {
    assertEquals(ExitCodes.USAGE, run("--lang", "en", "approximate", "--steps", "0"));
    assertEquals("error: Invalid number of steps 0: expected 1 to 1000000.", firstLine(err));

    assertEquals(ExitCodes.USAGE, run("--lang", "en", "approximate", "--lr", "-0.5"));
    assertEquals("error: Invalid learning rate -0.5: expected a number above 0, for example "
        + "0.01.", firstLine(err));
  }

  @Test
  void verboseCsvErrorAddsTheStackTrace() throws IOException {
    Path csv = Files.writeString(folder.resolve("short.csv"), "x,y\n0,0\n");

    int exit = run("--lang", "en", "-v", "approximate", "--target", csv.toString());

    assertEquals(ExitCodes.FAILURE, exit);
    assertTrue(err.contains("\tat io.github.mnistdl4j"), err);
  }

  private int run(String... args) {
    AppRunner.Result result = AppRunner.run(args);
    out = result.out();
    err = result.err();
    return result.exitCode();
  }

  /** Returns the first line of {@code text}, the error; a usage hint may follow it. */
  private static String firstLine(String text) {
    return text.lines().findFirst().orElse("");
  }

  /** Returns the only line of {@code text}, failing when there are more. */
  private static String oneLine(String text) {
    List<String> lines = text.lines().toList();
    assertEquals(1, lines.size(), "expected one line, got:\n" + text);
    return lines.get(0);
  }
}
