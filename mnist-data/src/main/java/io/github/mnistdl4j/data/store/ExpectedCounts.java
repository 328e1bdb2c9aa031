package io.github.mnistdl4j.data.store;

import io.github.mnistdl4j.data.Split;
import java.util.List;

/**
 * The number of images per digit that a complete tree contains in each split.
 *
 * @param training images of digits 0..9 in the training split, ten values
 * @param testing images of digits 0..9 in the testing split, ten values
 */
public record ExpectedCounts(List<Integer> training, List<Integer> testing) {

  /**
   * MNIST's counts: 60,000 training and 10,000 testing images, as in the MNIST files by LeCun,
   * Cortes and Burges and in the PNG archive built from them.
   */
  public static final ExpectedCounts MNIST = new ExpectedCounts(
      List.of(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949),
      List.of(980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009));

  /** Validates that each split has ten non-negative counts. */
  public ExpectedCounts {
    training = List.copyOf(training);
    testing = List.copyOf(testing);
    if (training.size() != 10 || testing.size() != 10) {
      throw new IllegalArgumentException("Expected ten counts per split, got "
          + training.size() + " training and " + testing.size() + " testing");
    }
    if (training.stream().anyMatch(count -> count < 0)
        || testing.stream().anyMatch(count -> count < 0)) {
      throw new IllegalArgumentException("Counts must not be negative: training " + training
          + ", testing " + testing);
    }
  }

  /** Returns the expected number of images of one digit in one split. */
  public int of(Split split, int digit) {
    return (split == Split.TRAINING ? training : testing).get(digit);
  }

  /** Returns the expected number of images in one split. */
  public int total(Split split) {
    return (split == Split.TRAINING ? training : testing).stream().mapToInt(Integer::intValue)
        .sum();
  }
}
