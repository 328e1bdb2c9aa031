package io.github.mnistdl4j.app.predict;

import io.github.mnistdl4j.model.predict.ModelInfo;
import io.github.mnistdl4j.model.predict.Prediction;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one {@code predict} run.
 *
 * @param model the model file, absolute
 * @param info the model's metadata
 * @param predictions one entry per image, in the order the images were named, folders expanded
 */
public record PredictResult(Path model, ModelInfo info, List<ImagePrediction> predictions) {

  /**
   * The prediction for one image file.
   *
   * @param file the image as named on the command line or found in a named folder
   * @param prediction the predicted digit and the probability of the pair's second digit
   */
  public record ImagePrediction(Path file, Prediction prediction) {}

  /** Number of images predicted as {@code digit}. */
  public long countPredicted(int digit) {
    return predictions.stream().filter(p -> p.prediction().digit() == digit).count();
  }
}
