package io.github.mnistdl4j.model;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.PixelScale;

/** The lecture's settings, held in one place; CLI defaults and experiments read them from here. */
public final class LectureDefaults {

  /** Digits 3 (label 0) and 7 (label 1). */
  public static final DigitPair PAIR = DigitPair.LECTURE;

  /** Hidden units. */
  public static final int HIDDEN = 30;

  /** Adam's learning rate. */
  public static final double LEARNING_RATE = 0.001;

  /** Seed of the initial weights, as the lecture passes it to {@code torch.manual_seed}. */
  public static final long SEED = 43052;

  /** Full-batch epochs. */
  public static final int EPOCHS = 200;

  /** The lecture trains on raw 0..255 pixels. */
  public static final PixelScale SCALE = PixelScale.RAW;

  /** Output probability above which the prediction is the pair's second digit. */
  public static final double THRESHOLD = 0.5;

  private LectureDefaults() {}
}
