package io.github.mnistdl4j.data;

import java.util.List;

/**
 * The two digits a binary classifier separates. The first digit is label 0.0 and the second is
 * label 1.0, whatever order their folder names sort in.
 *
 * @param first digit with label 0
 * @param second digit with label 1
 */
public record DigitPair(int first, int second) {

  /** The lecture's pair: 3 (label 0) against 7 (label 1). */
  public static final DigitPair LECTURE = new DigitPair(3, 7);

  /** The homework's pair: 0 (label 0) against 1 (label 1). */
  public static final DigitPair HOMEWORK = new DigitPair(0, 1);

  /** Validates that both digits are in 0..9 and differ. */
  public DigitPair {
    checkDigit(first);
    checkDigit(second);
    if (first == second) {
      throw new InvalidSettingException("digits.same", first);
    }
  }

  /** Parses {@code "3,7"}: two digits separated by a comma. */
  public static DigitPair parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 2) {
      throw new InvalidSettingException("digits.format", text);
    }
    try {
      return new DigitPair(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    } catch (NumberFormatException e) {
      throw new InvalidSettingException("digits.format", text);
    }
  }

  /** Returns 0 for the first digit and 1 for the second. */
  public int labelOf(int digit) {
    if (digit == first) {
      return 0;
    }
    if (digit == second) {
      return 1;
    }
    throw new InvalidSettingException("digits.notInPair", digit, this.toString());
  }

  /** Returns the digit that has the given label, 0 or 1. */
  public int digitOf(int label) {
    return switch (label) {
      case 0 -> first;
      case 1 -> second;
      default -> throw new IllegalArgumentException("label must be 0 or 1, was " + label);
    };
  }

  /** Both digits, first (label 0) then second (label 1). */
  public List<Integer> digits() {
    return List.of(first, second);
  }

  @Override
  public String toString() {
    return first + "," + second;
  }

  private static void checkDigit(int digit) {
    if (digit < 0 || digit > 9) {
      throw new InvalidSettingException("digits.outOfRange", digit);
    }
  }
}
