package io.github.mnistdl4j.app.approx;

import io.github.mnistdl4j.app.Json;
import io.github.mnistdl4j.model.approx.ApproximationResult;
import io.github.mnistdl4j.model.approx.ApproximationSettings;
import io.github.mnistdl4j.model.approx.WidthFit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an approximation result as JSON with snake_case keys: {@code target}, the settings, and
 * {@code fits}, a list of {@code hidden}, {@code activation}, {@code max_abs_error},
 * {@code mean_abs_error}, {@code training_max_abs_error} and {@code seconds}.
 */
final class ApproximationJson {

  private ApproximationJson() {}

  /** Converts the result to a tree of maps and lists, in the key order of the file. */
  static Map<String, Object> toTree(ApproximationResult result) {
    ApproximationSettings settings = result.settings();
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("target", result.targetName());
    tree.put("inputs", result.inputCount());
    tree.put("activation", settings.activation().displayName());
    tree.put("steps", settings.steps());
    tree.put("learning_rate", settings.learningRate());
    tree.put("seed", settings.seed());
    tree.put("training_points", result.trainingPoints());
    tree.put("evaluation_points", result.evaluation().size());
    tree.put("evaluated_on_training_points", result.evaluatedOnTrainingPoints());
    List<Map<String, Object>> fits = new ArrayList<>();
    for (WidthFit fit : result.fits()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("hidden", fit.hidden());
      entry.put("activation", fit.activation().displayName());
      entry.put("max_abs_error", fit.maxAbsError());
      entry.put("mean_abs_error", fit.meanAbsError());
      entry.put("training_max_abs_error", fit.trainingMaxAbsError());
      entry.put("seconds", fit.seconds());
      fits.add(entry);
    }
    tree.put("fits", fits);
    return tree;
  }

  /**
   * Writes the result to {@code file} through a temporary file in the same folder, so that an
   * existing file is replaced whole or not at all.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  static void write(ApproximationResult result, Path file) {
    try {
      Json.write(file, toTree(result));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
