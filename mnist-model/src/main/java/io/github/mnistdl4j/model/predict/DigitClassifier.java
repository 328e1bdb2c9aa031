package io.github.mnistdl4j.model.predict;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.ImageShape;
import io.github.mnistdl4j.model.predict.ModelFileException.Problem;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A trained digit-pair classifier loaded from a model file, ready to predict the digit of 28x28
 * grayscale images.
 *
 * <p>Every method takes raw images with pixel values 0..255, as MNIST stores them. The classifier
 * applies the model's own scaling ({@link ModelInfo#scale()}) through
 * {@link io.github.mnistdl4j.data.PixelScale#apply}, the same step training used.
 *
 * <p>Thread-safety: instances may be shared between threads. DL4J's
 * {@code MultiLayerNetwork.output} is not thread-safe, so forward passes run one at a time on a
 * lock of the instance, while image decoding and checks run outside it. For parallel throughput,
 * load one instance per thread or pass batches.
 *
 * <pre>{@code
 * DigitClassifier classifier = DigitClassifier.load(Path.of("model.zip"));
 * Prediction prediction = classifier.predict(Path.of("testing/7/0.png"));
 * System.out.println(prediction.digit() + " " + prediction.probability());
 * }</pre>
 */
public final class DigitClassifier {

  private final MultiLayerNetwork network;
  private final ModelInfo info;
  private final Object forwardLock = new Object();

  DigitClassifier(MultiLayerNetwork network, ModelInfo info) {
    this.network = network;
    this.info = info;
  }

  /**
   * Loads a model file written by {@code train --save-model} or {@link ModelFile#save}.
   *
   * @throws ModelFileException naming the file when it is missing, not a zip archive or cut
   *     off, not a model of mnist-dl4j, of another format version, or damaged
   */
  public static DigitClassifier load(Path file) {
    ModelFile.Contents contents = ModelFile.read(file);
    return new DigitClassifier(contents.network(), contents.info());
  }

  /**
   * Loads a model file and checks that it classifies the expected digit pair, in the same order
   * (first digit = label 0).
   *
   * @throws ModelFileException with {@link Problem#PAIR_MISMATCH} when the model was trained on
   *     another pair, or any problem that {@link #load(Path)} reports
   */
  public static DigitClassifier load(Path file, DigitPair expected) {
    DigitClassifier classifier = load(file);
    if (!classifier.info.pair().equals(expected)) {
      throw new ModelFileException(Problem.PAIR_MISMATCH, file.toAbsolutePath().normalize(),
          classifier.info.pair().toString(), expected.toString());
    }
    return classifier;
  }

  /** Returns the metadata stored in the model file: digit pair, scaling, threshold and versions. */
  public ModelInfo info() {
    return info;
  }

  /**
   * Predicts the digit of one image given as 784 raw pixel values (0..255), row by row.
   *
   * @throws InvalidImageException if the array is not 784 long or a value is outside 0..255
   */
  public Prediction predict(float[] pixels0to255) {
    return predictBatch(List.of(pixels0to255)).get(0);
  }

  /**
   * Predicts the digit of a 28x28 image with one 8-bit gray band, such as
   * {@link BufferedImage#TYPE_BYTE_GRAY}. Colour images are rejected rather than converted.
   *
   * @throws InvalidImageException if the image has another size or depth
   */
  public Prediction predict(BufferedImage image) {
    return predictRows(List.of(ImagePixels.of(image))).get(0);
  }

  /**
   * Predicts the digit of a 28x28 8-bit grayscale PNG file, decoded with {@code javax.imageio}.
   *
   * @throws InvalidImageException naming the file when it is missing, not such a PNG or damaged
   */
  public Prediction predict(Path pngFile) {
    return predictFiles(List.of(pngFile)).get(0);
  }

  /**
   * Predicts the digits of many images in one forward pass. Each array contains 784 raw pixel
   * values (0..255). The result has one prediction per image, in the same order. A probability may
   * differ from the one-image call in the last float32 bits, because BLAS uses other kernels for
   * a batch.
   *
   * @throws InvalidImageException naming the position of the first invalid image
   */
  public List<Prediction> predictBatch(List<float[]> images) {
    for (int i = 0; i < images.size(); i++) {
      ImagePixels.check(images.get(i), i);
    }
    return predictRows(images);
  }

  /**
   * Predicts the digits of PNG files in one forward pass, in the given order. Every file is read
   * and checked before the first prediction, so a bad file gives no partial result.
   *
   * @throws InvalidImageException naming the first file that is missing, not a 28x28 8-bit
   *     grayscale PNG or damaged
   */
  public List<Prediction> predictFiles(List<Path> pngFiles) {
    List<float[]> rows = new ArrayList<>(pngFiles.size());
    for (Path file : pngFiles) {
      rows.add(ImagePixels.read(file));
    }
    return predictRows(rows);
  }

  /** Runs checked raw rows through the scaling and the network. */
  private List<Prediction> predictRows(List<float[]> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    float[] raw = new float[rows.size() * ImageShape.PIXELS];
    for (int i = 0; i < rows.size(); i++) {
      System.arraycopy(rows.get(i), 0, raw, i * ImageShape.PIXELS, ImageShape.PIXELS);
    }
    INDArray features = info.scale().apply(
        Nd4j.create(raw, new long[] {rows.size(), ImageShape.PIXELS}, 'c'));

    float[] probabilities;
    synchronized (forwardLock) {
      probabilities = network.output(features, false).toFloatVector();
    }

    List<Prediction> predictions = new ArrayList<>(probabilities.length);
    for (float probability : probabilities) {
      int label = probability > info.threshold() ? 1 : 0;
      predictions.add(new Prediction(info.pair().digitOf(label), probability));
    }
    return List.copyOf(predictions);
  }
}
