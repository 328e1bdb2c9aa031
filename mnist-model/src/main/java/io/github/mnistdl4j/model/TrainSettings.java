package io.github.mnistdl4j.model;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.InvalidSettingException;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.model.loss.LossKind;

/**
 * Everything that defines one training run of the pair classifier.
 *
 * @param pair the digits, first = label 0
 * @param network hidden units, learning rate and seed
 * @param epochs full-batch epochs, at least 1; each epoch is one Adam step on all examples
 * @param scale pixel scaling used for training, evaluation and prediction alike
 * @param loss the binary cross-entropy variant the output layer trains with
 */
public record TrainSettings(DigitPair pair, NetworkSettings network, int epochs, PixelScale scale,
    LossKind loss) {

  /** Validates the settings. */
  public TrainSettings {
    if (pair == null || network == null || scale == null || loss == null) {
      throw new IllegalArgumentException("pair, network, scale and loss are required");
    }
    if (epochs < 1) {
      throw new InvalidSettingException("epochs.invalid", epochs);
    }
  }

  /** Settings that train with DL4J's own binary cross-entropy, {@link LossKind#LIBRARY}. */
  public TrainSettings(DigitPair pair, NetworkSettings network, int epochs, PixelScale scale) {
    this(pair, network, epochs, scale, LossKind.LIBRARY);
  }

  /** The same settings with another loss variant. */
  public TrainSettings withLoss(LossKind otherLoss) {
    return new TrainSettings(pair, network, epochs, scale, otherLoss);
  }

  /** The same settings with another pixel scaling. */
  public TrainSettings withScale(PixelScale otherScale) {
    return new TrainSettings(pair, network, epochs, otherScale, loss);
  }

  /** The lecture's run: 3 vs 7, hidden 30, Adam 0.001, seed 43052, 200 epochs, raw pixels. */
  public static TrainSettings lecture() {
    return new TrainSettings(LectureDefaults.PAIR,
        new NetworkSettings(LectureDefaults.HIDDEN, LectureDefaults.LEARNING_RATE,
            LectureDefaults.SEED),
        LectureDefaults.EPOCHS, LectureDefaults.SCALE);
  }
}
