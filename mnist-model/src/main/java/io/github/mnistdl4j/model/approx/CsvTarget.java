package io.github.mnistdl4j.model.approx;

import java.nio.file.Path;

/**
 * A target given as points in a CSV file with the header {@code x,y} (one input) or
 * {@code x1,x2,y} (two inputs). The network trains on all rows, and the error is measured on the
 * same rows because the file has no values between them.
 *
 * @param file the file as the user named it
 * @param samples the file's rows, in file order
 */
public record CsvTarget(Path file, Samples samples) implements Target {

  /** Minimum number of data rows in a file. */
  public static final int MIN_ROWS = 5;

  /**
   * Reads and validates a CSV target file.
   *
   * @throws InvalidTargetException when the file is missing, not UTF-8 text, lacks the header,
   *     contains a row with the wrong number of values, a value that is not a finite number, or
   *     fewer than {@value #MIN_ROWS} rows
   * @throws java.io.UncheckedIOException when reading fails for another reason
   */
  public static CsvTarget read(Path file) {
    return new CsvTarget(file, CsvTargetReader.read(file));
  }

  /** Returns the file name without its folder. */
  @Override
  public String displayName() {
    return String.valueOf(file.getFileName());
  }

  @Override
  public int inputCount() {
    return samples.inputCount();
  }

  /** Returns the file's rows; {@code points} is ignored. */
  @Override
  public Samples trainingSamples(int points) {
    return samples;
  }

  /** Returns the file's rows again; {@code points} is ignored. */
  @Override
  public Samples evaluationSamples(int points) {
    return samples;
  }

  @Override
  public boolean evaluatedOnTrainingPoints() {
    return true;
  }

  @Override
  public boolean rescaled() {
    return true;
  }
}
