package io.github.mnistdl4j.app.report;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.ImageShape;
import io.github.mnistdl4j.data.Split;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the report of one run shows, as plain values: a command fills it after training
 * and hands it to {@link ReportWriter#write}. Sections whose data is missing (an empty list, an
 * empty loss array, a null record) are left out of the page.
 *
 * <p>Arrays are copied on construction; the accessors return the copies, which callers must not
 * change.
 *
 * @param command what produced the run, shown under the title, e.g. {@code train} or
 *     {@code experiment raw-vs-unit}
 * @param digits the digit pair; the first digit is label 0 and the second label 1
 * @param settings the run's settings in display order, as option name (e.g. {@code --epochs})
 *     to value; names and values are shown as given, not translated
 * @param classCounts examples per split and digit; each digit must belong to {@code digits}
 * @param lossPerEpoch training loss after each epoch, epoch 1 first; may be empty
 * @param logScaleLoss whether the loss chart uses a logarithmic vertical axis
 * @param confusions confusion counts, at most one per split
 * @param predictions labels and outputs per example of one split, or null
 * @param preActivations output pre-activations with raw and with unit pixels, or null
 * @param digitImages digit images to show, in display order
 */
public record RunReport(
    String command,
    DigitPair digits,
    Map<String, String> settings,
    List<ClassCount> classCounts,
    double[] lossPerEpoch,
    boolean logScaleLoss,
    List<Confusion> confusions,
    Predictions predictions,
    PreActivations preActivations,
    List<DigitImage> digitImages) {

  /** Validates every part, so that bad data fails here and not halfway through writing. */
  public RunReport {
    Objects.requireNonNull(command, "command");
    if (command.isBlank()) {
      throw new IllegalArgumentException("report command must not be blank");
    }
    Objects.requireNonNull(digits, "digits");
    settings = copySettings(settings);
    classCounts = List.copyOf(classCounts);
    checkClassCounts(classCounts, digits);
    lossPerEpoch = lossPerEpoch.clone();
    checkLoss(lossPerEpoch, logScaleLoss);
    confusions = List.copyOf(confusions);
    checkOnePerSplit(confusions);
    digitImages = List.copyOf(digitImages);
    checkDistinctImages(digitImages);
  }

  /**
   * Number of examples of one digit in one split.
   *
   * @param split the split the examples come from
   * @param digit the digit, 0..9
   * @param count number of examples, at least 0
   */
  public record ClassCount(Split split, int digit, long count) {

    /** Validates the digit range and that the count is not negative. */
    public ClassCount {
      Objects.requireNonNull(split, "split");
      checkDigit(digit);
      if (count < 0) {
        throw new IllegalArgumentException("count of digit " + digit + " in " + split
            + " must be at least 0, was " + count);
      }
    }
  }

  /**
   * Confusion counts of one split, with the second digit of the pair (label 1) as the positive
   * class.
   *
   * @param split the split that was evaluated
   * @param truePositives second digit, predicted as the second digit
   * @param falsePositives first digit, predicted as the second digit
   * @param trueNegatives first digit, predicted as the first digit
   * @param falseNegatives second digit, predicted as the first digit
   */
  public record Confusion(Split split, long truePositives, long falsePositives,
      long trueNegatives, long falseNegatives) {

    /** Validates that no count is negative and that at least one example was counted. */
    public Confusion {
      Objects.requireNonNull(split, "split");
      if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0) {
        throw new IllegalArgumentException("confusion counts of " + split
            + " must be at least 0, were tp=" + truePositives + " fp=" + falsePositives
            + " tn=" + trueNegatives + " fn=" + falseNegatives);
      }
      if (truePositives + falsePositives + trueNegatives + falseNegatives == 0) {
        throw new IllegalArgumentException("confusion counts of " + split + " are all 0");
      }
    }

    /** Number of examples counted. */
    public long total() {
      return truePositives + falsePositives + trueNegatives + falseNegatives;
    }

    /** Share of examples classified correctly, 0..1. */
    public double accuracy() {
      return (double) (truePositives + trueNegatives) / total();
    }
  }

  /**
   * Labels and network outputs per example of one split, in the order the examples were fed.
   *
   * @param split the split the examples come from
   * @param labels y per example: 0 or 1
   * @param outputs yhat per example: the sigmoid output, 0..1
   */
  public record Predictions(Split split, float[] labels, float[] outputs) {

    /** Validates equal, non-zero lengths, labels of 0 or 1 and outputs in 0..1. */
    public Predictions {
      Objects.requireNonNull(split, "split");
      labels = labels.clone();
      outputs = outputs.clone();
      if (labels.length != outputs.length) {
        throw new IllegalArgumentException("predictions have " + labels.length + " labels but "
            + outputs.length + " outputs");
      }
      if (labels.length == 0) {
        throw new IllegalArgumentException("predictions are empty");
      }
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] != 0f && labels[i] != 1f) {
          throw new IllegalArgumentException("label of example " + i + " must be 0 or 1, was "
              + labels[i]);
        }
        if (!(outputs[i] >= 0f && outputs[i] <= 1f)) {
          throw new IllegalArgumentException("output of example " + i
              + " must be in 0..1, was " + outputs[i]);
        }
      }
    }
  }

  /**
   * The output layer's pre-activation u2 (the value the sigmoid is applied to) per example, once
   * with raw pixels (0..255) as input and once with unit pixels (0..1).
   *
   * @param split the split the examples come from
   * @param raw u2 per example with raw pixels
   * @param unit u2 per example with pixels divided by 255
   */
  public record PreActivations(Split split, float[] raw, float[] unit) {

    /** Validates that both arrays are non-empty and finite. */
    public PreActivations {
      Objects.requireNonNull(split, "split");
      raw = raw.clone();
      unit = unit.clone();
      checkFinite("raw", raw);
      checkFinite("unit", unit);
    }

    private static void checkFinite(String name, float[] values) {
      if (values.length == 0) {
        throw new IllegalArgumentException("u2 with " + name + " pixels is empty");
      }
      for (int i = 0; i < values.length; i++) {
        if (!Float.isFinite(values[i])) {
          throw new IllegalArgumentException("u2 with " + name + " pixels of example " + i
              + " must be finite, was " + values[i]);
        }
      }
    }
  }

  /**
   * One MNIST image, as the lecture shows it with {@code imshow}.
   *
   * @param split the split the image comes from
   * @param digit the digit it shows, 0..9
   * @param index position of the image among that digit's images of the split, from 0
   * @param pixels 784 raw pixel values, 0..255, row by row from the top left
   */
  public record DigitImage(Split split, int digit, int index, float[] pixels) {

    /** Validates the digit, the index and that there are 784 pixels in 0..255. */
    public DigitImage {
      Objects.requireNonNull(split, "split");
      checkDigit(digit);
      if (index < 0) {
        throw new IllegalArgumentException("image index must be at least 0, was " + index);
      }
      pixels = pixels.clone();
      if (pixels.length != ImageShape.PIXELS) {
        throw new IllegalArgumentException("digit image must have " + ImageShape.PIXELS
            + " pixels (" + ImageShape.HEIGHT + "x" + ImageShape.WIDTH + "), had "
            + pixels.length);
      }
      for (int i = 0; i < pixels.length; i++) {
        if (!(pixels[i] >= 0f && pixels[i] <= ImageShape.MAX_PIXEL)) {
          throw new IllegalArgumentException("pixel " + i + " of digit image " + split + "/"
              + digit + "/" + index + " must be in 0.." + (int) ImageShape.MAX_PIXEL + ", was "
              + pixels[i]);
        }
      }
    }

    /** Raw value of the pixel in {@code row} (from the top) and {@code column} (from the left). */
    public float pixel(int row, int column) {
      return pixels[row * ImageShape.WIDTH + column];
    }
  }

  private static Map<String, String> copySettings(Map<String, String> settings) {
    Map<String, String> copy = new LinkedHashMap<>();
    settings.forEach((name, value) -> {
      if (name == null || name.isBlank() || value == null) {
        throw new IllegalArgumentException("setting names must be non-blank and values non-null,"
            + " was " + name + "=" + value);
      }
      copy.put(name, value);
    });
    return Collections.unmodifiableMap(copy);
  }

  private static void checkClassCounts(List<ClassCount> counts, DigitPair digits) {
    Set<String> seen = new HashSet<>();
    for (ClassCount count : counts) {
      if (!digits.digits().contains(count.digit())) {
        throw new IllegalArgumentException("class count for digit " + count.digit()
            + " does not belong to the pair " + digits);
      }
      if (!seen.add(count.split() + "/" + count.digit())) {
        throw new IllegalArgumentException("class count for digit " + count.digit() + " in "
            + count.split() + " is given twice");
      }
    }
  }

  private static void checkLoss(double[] loss, boolean logScale) {
    for (int i = 0; i < loss.length; i++) {
      if (!Double.isFinite(loss[i]) || loss[i] < 0) {
        throw new IllegalArgumentException("loss of epoch " + (i + 1)
            + " must be a finite number at least 0, was " + loss[i]);
      }
      if (logScale && loss[i] == 0) {
        throw new IllegalArgumentException("loss of epoch " + (i + 1)
            + " is 0, which a logarithmic axis cannot show; use a linear axis");
      }
    }
  }

  private static void checkOnePerSplit(List<Confusion> confusions) {
    Set<Split> splits = EnumSet.noneOf(Split.class);
    for (Confusion confusion : confusions) {
      if (!splits.add(confusion.split())) {
        throw new IllegalArgumentException("confusion counts of " + confusion.split()
            + " are given twice");
      }
    }
  }

  private static void checkDistinctImages(List<DigitImage> images) {
    Set<String> seen = new HashSet<>();
    for (DigitImage image : images) {
      String key = image.split().folderName() + "/" + image.digit() + "/" + image.index();
      if (!seen.add(key)) {
        throw new IllegalArgumentException("digit image " + key + " is given twice");
      }
    }
  }

  private static void checkDigit(int digit) {
    if (digit < 0 || digit > 9) {
      throw new IllegalArgumentException("digit must be 0..9, was " + digit);
    }
  }
}
