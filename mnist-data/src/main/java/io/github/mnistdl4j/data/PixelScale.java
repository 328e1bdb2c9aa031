package io.github.mnistdl4j.data;

import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How pixel values reach the network: {@link #RAW} keeps 0..255 as stored, {@link #UNIT}
 * divides by 255 to give 0..1. Training, evaluation and prediction all go through
 * {@link #apply(INDArray)}, so data is never scaled in one place and not in another.
 */
public enum PixelScale {
  RAW,
  UNIT;

  /**
   * Scales raw pixel values in place and returns the same array; {@code RAW} leaves it as it is.
   * Call it once per array of raw pixels.
   */
  public INDArray apply(INDArray rawPixels) {
    return this == UNIT ? rawPixels.divi(ImageShape.MAX_PIXEL) : rawPixels;
  }

  /** Scales one raw pixel value. */
  public float apply(float rawPixel) {
    return this == UNIT ? rawPixel / ImageShape.MAX_PIXEL : rawPixel;
  }

  /** The option value: {@code raw} or {@code unit}. */
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code raw} or {@code unit}, ignoring case. */
  public static PixelScale fromOptionValue(String value) {
    for (PixelScale scale : values()) {
      if (scale.optionValue().equalsIgnoreCase(value.trim())) {
        return scale;
      }
    }
    throw new InvalidSettingException("scale.invalid", value);
  }
}
