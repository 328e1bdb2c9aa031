package io.github.mnistdl4j.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.ViewIterator;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * The images of one split for a digit pair, ready for a network with one sigmoid output.
 *
 * @param pair the digits and their labels
 * @param split the split the images come from
 * @param scale the scaling already applied to {@code features}
 * @param features float32 {@code [n, 784]}, row-major pixels, 0..255 for {@code RAW} and 0..1
 *     for {@code UNIT}
 * @param labels float32 {@code [n, 1]}: 0.0 for the pair's first digit, 1.0 for the second
 * @param files the image files, row {@code i} of the arrays coming from {@code files.get(i)}
 * @param countByDigit how many images of each digit were read, first digit first
 */
public record PairData(
    DigitPair pair,
    Split split,
    PixelScale scale,
    INDArray features,
    INDArray labels,
    List<Path> files,
    Map<Integer, Integer> countByDigit) {

  /** Number of examples. */
  public int size() {
    return files.size();
  }

  /**
   * Returns the same images with {@code target} scaling: this record when it already has it, else
   * a copy of raw pixels scaled once. Raw pixels cannot be recovered from scaled ones, so only
   * {@code RAW} data can be rescaled.
   */
  public PairData withScale(PixelScale target) {
    if (target == scale) {
      return this;
    }
    if (scale != PixelScale.RAW) {
      throw new IllegalStateException("Only raw pixels can be rescaled, but these are " + scale);
    }
    return new PairData(pair, split, target, target.apply(features.dup()), labels, files,
        countByDigit);
  }

  /** The examples as one full-batch {@link DataSet} sharing this record's arrays. */
  public DataSet toDataSet() {
    return new DataSet(features, labels);
  }

  /**
   * The examples in mini-batches of {@code batchSize}, in file order, without copying the arrays.
   */
  public DataSetIterator iterator(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
    }
    return new ViewIterator(toDataSet(), batchSize);
  }
}
