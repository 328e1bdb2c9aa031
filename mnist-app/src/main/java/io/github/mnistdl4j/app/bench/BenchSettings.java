package io.github.mnistdl4j.app.bench;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.InvalidSettingException;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.model.NetworkFactory.TrainingPath;
import java.util.OptionalInt;

/**
 * What one benchmark run measures.
 *
 * @param pair the digits to load from the training split, first = label 0
 * @param epochs full-batch epochs of the lecture network, at least 1
 * @param scale pixel scaling of the training data
 * @param threads native threads to use; empty for the product's default
 * @param path the training path to time: the product's optimized one or DL4J's standard one
 */
public record BenchSettings(DigitPair pair, int epochs, PixelScale scale, OptionalInt threads,
    TrainingPath path) {

  /** Validates the settings. */
  public BenchSettings {
    if (pair == null || scale == null || threads == null || path == null) {
      throw new IllegalArgumentException("pair, scale, threads and path are required");
    }
    if (epochs < 1) {
      throw new InvalidSettingException("epochs.invalid", epochs);
    }
    if (threads.isPresent() && threads.getAsInt() < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads.getAsInt());
    }
  }
}
