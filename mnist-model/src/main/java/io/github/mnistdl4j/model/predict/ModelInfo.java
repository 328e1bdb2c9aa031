package io.github.mnistdl4j.model.predict;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.ImageShape;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.model.LectureDefaults;
import io.github.mnistdl4j.model.TrainSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Metadata that prediction needs besides the network's weights, stored in every model file: the
 * digit with label 0 and the digit with label 1, the scaling of raw pixels, the input shape, the
 * decision threshold and the versions that wrote the file.
 *
 * @param formatVersion version of the model file format, {@link #FORMAT_VERSION} for files this
 *     release writes
 * @param pair the digits: first = label 0, second = label 1, the digit whose probability the
 *     network outputs
 * @param scale the scaling applied to raw 0..255 pixels before the network, as in training
 * @param height image height in pixels
 * @param width image width in pixels
 * @param channels colour channels, 1 for grayscale
 * @param threshold output probability above which the prediction is the second digit
 * @param productVersion version of mnist-dl4j that wrote the file
 * @param dl4jVersion version of Deeplearning4j that wrote the file
 */
public record ModelInfo(int formatVersion, DigitPair pair, PixelScale scale, int height,
    int width, int channels, double threshold, String productVersion, String dl4jVersion) {

  /** The model file format version this release writes and reads. */
  public static final int FORMAT_VERSION = 1;

  /** Version of this build of mnist-dl4j, as Maven filled it in. */
  public static final String PRODUCT_VERSION;

  /** Version of Deeplearning4j this build was compiled against. */
  public static final String DL4J_VERSION;

  static {
    Properties build = new Properties();
    try (InputStream in = ModelInfo.class.getResourceAsStream("build.properties")) {
      if (in == null) {
        throw new IllegalStateException("build.properties is missing from the mnist-model jar");
      }
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read build.properties of mnist-model", e);
    }
    PRODUCT_VERSION = build.getProperty("product.version");
    DL4J_VERSION = build.getProperty("dl4j.version");
  }

  /** Validates the fields. */
  public ModelInfo {
    if (pair == null || scale == null || productVersion == null || dl4jVersion == null) {
      throw new IllegalArgumentException(
          "pair, scale, productVersion and dl4jVersion are required");
    }
    if (height < 1 || width < 1 || channels < 1) {
      throw new IllegalArgumentException("input shape must be positive, was " + height + "x"
          + width + "x" + channels);
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be between 0 and 1, was " + threshold);
    }
  }

  /** Describes a model trained in this release on the pair with the given scaling. */
  public static ModelInfo current(DigitPair pair, PixelScale scale) {
    return new ModelInfo(FORMAT_VERSION, pair, scale, ImageShape.HEIGHT, ImageShape.WIDTH,
        ImageShape.CHANNELS, LectureDefaults.THRESHOLD, PRODUCT_VERSION, DL4J_VERSION);
  }

  /** Describes a model trained with these settings in this release. */
  public static ModelInfo forTraining(TrainSettings settings) {
    return current(settings.pair(), settings.scale());
  }

  /** Number of values one image gives the network: height x width x channels. */
  public int pixels() {
    return height * width * channels;
  }
}
