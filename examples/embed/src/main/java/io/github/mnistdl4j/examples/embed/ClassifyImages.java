package io.github.mnistdl4j.examples.embed;

import io.github.mnistdl4j.model.predict.DigitClassifier;
import io.github.mnistdl4j.model.predict.Prediction;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Classifies PNG images with a model file saved by {@code mnist-dl4j train --save-model}.
 *
 * <p>Usage: {@code ClassifyImages MODEL.zip IMAGE.png...}. It prints the file, the predicted digit
 * and the probability of the model's second digit per image.
 */
public final class ClassifyImages {

  private ClassifyImages() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: ClassifyImages MODEL.zip IMAGE.png...");
      System.exit(2);
    }
    DigitClassifier classifier = DigitClassifier.load(Path.of(args[0]));
    for (int i = 1; i < args.length; i++) {
      Prediction prediction = classifier.predict(Path.of(args[i]));
      System.out.println(String.format(Locale.ROOT, "%s %d %.4f", args[i], prediction.digit(),
          prediction.probability()));
    }
  }
}
