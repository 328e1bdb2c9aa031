package io.github.mnistdl4j.model.approx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Settings of one approximation run: which hidden widths to fit and how to train each network.
 *
 * @param hiddenWidths the hidden widths H to fit, one network each, in this order; 1 to
 *     {@value #MAX_HIDDEN}, no repeats
 * @param activation the hidden layer's activation
 * @param steps full-batch Adam steps per network, 1 to {@value #MAX_STEPS}
 * @param learningRate Adam's learning rate, finite and above 0
 * @param seed seed of the initial weights; any value, 0 included
 * @param points training points of a built-in target, {@value #MIN_POINTS} to {@value #MAX_POINTS};
 *     a two-input target uses a square grid of ceil(sqrt(points)) points per axis, and a CSV
 *     target ignores it and trains on the file's rows
 */
public record ApproximationSettings(
    List<Integer> hiddenWidths,
    HiddenActivation activation,
    int steps,
    double learningRate,
    long seed,
    int points) {

  /** Hidden widths of the lecture's demonstration: powers of two from 1 to 64. */
  public static final List<Integer> DEFAULT_HIDDEN_WIDTHS = List.of(1, 2, 4, 8, 16, 32, 64);

  /** Full-batch Adam steps per network by default. */
  public static final int DEFAULT_STEPS = 5000;

  /** Adam's learning rate by default. */
  public static final double DEFAULT_LEARNING_RATE = 0.01;

  /** Seed of the initial weights by default. */
  public static final long DEFAULT_SEED = 1;

  /** Training points of a built-in target by default. */
  public static final int DEFAULT_POINTS = 200;

  /** Maximum hidden width. */
  public static final int MAX_HIDDEN = 4096;

  /** Maximum number of steps. */
  public static final int MAX_STEPS = 1_000_000;

  /** Minimum number of training points. */
  public static final int MIN_POINTS = 5;

  /** Maximum number of training points. */
  public static final int MAX_POINTS = 100_000;

  /** Validates every setting and copies the width list. */
  public ApproximationSettings {
    Objects.requireNonNull(hiddenWidths, "hiddenWidths");
    Objects.requireNonNull(activation, "activation");
    if (hiddenWidths.isEmpty()) {
      throw new InvalidApproximationSettingException("hidden.empty");
    }
    var seen = new HashSet<Integer>();
    for (int width : hiddenWidths) {
      if (width < 1 || width > MAX_HIDDEN) {
        throw new InvalidApproximationSettingException("hidden.range", Integer.toString(width),
            Integer.toString(MAX_HIDDEN));
      }
      if (!seen.add(width)) {
        throw new InvalidApproximationSettingException("hidden.repeated", Integer.toString(width));
      }
    }
    hiddenWidths = List.copyOf(hiddenWidths);
    if (steps < 1 || steps > MAX_STEPS) {
      throw new InvalidApproximationSettingException("steps.range", Integer.toString(steps),
          Integer.toString(MAX_STEPS));
    }
    if (!Double.isFinite(learningRate) || learningRate <= 0) {
      throw new InvalidApproximationSettingException("lr.range", plain(learningRate));
    }
    if (points < MIN_POINTS || points > MAX_POINTS) {
      throw new InvalidApproximationSettingException("points.range", Integer.toString(points),
          Integer.toString(MIN_POINTS), Integer.toString(MAX_POINTS));
    }
  }

  /** Returns the lecture's settings: widths 1 to 64, sigmoid, 5000 steps at 0.01, 200 points. */
  public static ApproximationSettings defaults() {
    return new ApproximationSettings(DEFAULT_HIDDEN_WIDTHS, HiddenActivation.SIGMOID,
        DEFAULT_STEPS, DEFAULT_LEARNING_RATE, DEFAULT_SEED, DEFAULT_POINTS);
  }

  /** These settings with other hidden widths. */
  public ApproximationSettings withHiddenWidths(List<Integer> widths) {
    return new ApproximationSettings(widths, activation, steps, learningRate, seed, points);
  }

  /** These settings with another hidden activation. */
  public ApproximationSettings withActivation(HiddenActivation newActivation) {
    return new ApproximationSettings(hiddenWidths, newActivation, steps, learningRate, seed,
        points);
  }

  /**
   * Parses a comma-separated list of hidden widths such as {@code 1,2,4,8}; spaces around the
   * numbers are allowed.
   *
   * @throws InvalidApproximationSettingException when an item is not a whole number; the range
   *     is checked by the constructor
   */
  public static List<Integer> parseHiddenWidths(String list) {
    var widths = new ArrayList<Integer>();
    for (String item : list.split(",", -1)) {
      try {
        widths.add(Integer.parseInt(item.strip()));
      } catch (NumberFormatException e) {
        throw new InvalidApproximationSettingException("hidden.format", list, item.strip());
      }
    }
    return widths;
  }

  /**
   * Formats a number for messages: without exponent or trailing zeros (0.0001 rather than
   * 1.0E-4) from 1e-6 up to 1e9, and in Java's exponent notation outside that range.
   */
  static String plain(double value) {
    double magnitude = Math.abs(value);
    if (!Double.isFinite(value) || (value != 0 && (magnitude < 1e-6 || magnitude >= 1e9))) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
