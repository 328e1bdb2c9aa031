package io.github.mnistdl4j.model.approx;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A function of one or two inputs for a network to approximate. */
public sealed interface Target permits BuiltInTarget, CsvTarget {

  /** Short name for screens and JSON: a built-in name such as {@code sin}, or the file name. */
  String displayName();

  /** Number of inputs: 1 or 2. */
  int inputCount();

  /** Points to train on; a built-in target places {@code points} on a regular grid. */
  Samples trainingSamples(int points);

  /**
   * Points to measure the error on. A built-in target uses a denser grid whose points lie between
   * the training points. A CSV target has no values between its rows, so it returns the rows.
   */
  Samples evaluationSamples(int points);

  /** Whether {@link #evaluationSamples} are the training points themselves. */
  boolean evaluatedOnTrainingPoints();

  /**
   * Whether inputs and output are rescaled to [-1, 1] before training. Built-in targets already
   * lie in that range and are trained as they are; a CSV file can hold any range.
   */
  boolean rescaled();

  /**
   * Finds the target a user named: a built-in name (ignoring case) or else a CSV file.
   *
   * @throws InvalidTargetException when the value is neither a built-in name nor an existing file,
   *     or when the file is not a valid CSV target
   */
  static Target resolve(String nameOrFile) {
    var builtIn = BuiltInTarget.find(nameOrFile);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    String names = Arrays.stream(BuiltInTarget.values())
        .map(BuiltInTarget::displayName)
        .collect(Collectors.joining(", "));
    Path file;
    try {
      file = Path.of(nameOrFile);
    } catch (InvalidPathException e) {
      throw new InvalidTargetException(e, "target.notFound", nameOrFile, names);
    }
    if (!Files.exists(file)) {
      throw new InvalidTargetException("target.notFound", nameOrFile, names);
    }
    return CsvTarget.read(file);
  }
}
