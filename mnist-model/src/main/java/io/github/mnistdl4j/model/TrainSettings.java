package io.github.mnistdl4j.model;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.InvalidSettingException;
import io.github.mnistdl4j.data.PixelScale;

/**
 * Everything that defines one training run of the pair classifier.
 *
 * @param pair the digits, first = label 0
 * @param network hidden units, learning rate and seed
 * @param epochs full-batch epochs, at least 1; each epoch is one Adam step on all examples
 * @param scale pixel scaling used for training, evaluation and prediction alike
 */
public record TrainSettings(DigitPair pair, NetworkSettings network, int epochs, PixelScale scale) {

  /** Validates the settings. */
  public TrainSettings {
    if (pair == null || network == null || scale == null) {
      throw new IllegalArgumentException("pair, network and scale are required");
    }
    if (epochs < 1) {
      throw new InvalidSettingException("epochs.invalid", epochs);
    }
  }

  /** The lecture's run: 3 vs 7, hidden 30, Adam 0.001, seed 43052, 200 epochs, raw pixels. */
  public static TrainSettings lecture() {
    return new TrainSettings(LectureDefaults.PAIR,
        new NetworkSettings(LectureDefaults.HIDDEN, LectureDefaults.LEARNING_RATE,
            LectureDefaults.SEED),
        LectureDefaults.EPOCHS, LectureDefaults.SCALE);
  }
}
