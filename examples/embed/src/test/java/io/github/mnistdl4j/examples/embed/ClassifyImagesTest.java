package io.github.mnistdl4j.examples.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.model.predict.DigitClassifier;
import io.github.mnistdl4j.model.predict.ImageFiles;
import io.github.mnistdl4j.model.predict.InvalidImageException;
import io.github.mnistdl4j.model.predict.Prediction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Uses the installed mnist-model artifact as a developer would. Needs a model file and a folder of
 * labelled images (MNIST's {@code testing} folder, one sub-folder per digit), given as the system
 * properties {@code mnist.model} and {@code mnist.images} or the environment variables
 * {@code MNIST_MODEL} and {@code MNIST_IMAGES}. Without them the tests are skipped.
 */
class ClassifyImagesTest {

  private static Path setting(String property, String variable) {
    String value = System.getProperty(property, System.getenv(variable));
    assumeTrue(value != null && !value.isBlank(), "set -D" + property + " or " + variable
        + " to run this test");
    Path path = Path.of(value);
    assumeTrue(Files.exists(path), property + " points to " + path + ", which does not exist");
    return path;
  }

  @Test
  void predictsBothDigitsOfThePair() {
    Path model = setting("mnist.model", "MNIST_MODEL");
    Path images = setting("mnist.images", "MNIST_IMAGES");
    DigitClassifier classifier = DigitClassifier.load(model);
    DigitPair pair = classifier.info().pair();

    for (int digit : pair.digits()) {
      List<Path> files = ImageFiles.expand(List.of(images.resolve(Integer.toString(digit))));
      List<Prediction> predictions = classifier.predictFiles(files);
      long correct = predictions.stream().filter(p -> p.digit() == digit).count();
      double accuracy = (double) correct / files.size();
      assertTrue(accuracy >= 0.9, "digit " + digit + ": " + correct + " of " + files.size()
          + " predicted correctly (" + accuracy + ")");
    }
  }

  @Test
  void imageAndFileGiveSamePrediction() throws IOException {
    Path model = setting("mnist.model", "MNIST_MODEL");
    Path images = setting("mnist.images", "MNIST_IMAGES");
    DigitClassifier classifier = DigitClassifier.load(model);
    Path file = ImageFiles.expand(List.of(images.resolve(
        Integer.toString(classifier.info().pair().second())))).get(0);

    Prediction fromFile = classifier.predict(file);
    Prediction fromImage = classifier.predict(ImageIO.read(file.toFile()));

    assertEquals(fromFile, fromImage);
    assertTrue(fromFile.probability() >= 0, "probability " + fromFile.probability());
    assertTrue(fromFile.probability() <= 1, "probability " + fromFile.probability());
  }

  @Test
  void pixelsAbove255AreRejected() {
    Path model = setting("mnist.model", "MNIST_MODEL");
    DigitClassifier classifier = DigitClassifier.load(model);
    float[] pixels = new float[28 * 28];
    pixels[0] = 300f;

    InvalidImageException error = assertThrows(InvalidImageException.class,
        () -> classifier.predict(pixels));

    assertTrue(error.getMessage().contains("outside 0..255"), error.getMessage());
  }
}
