package io.github.mnistdl4j.model.predict;

import io.github.mnistdl4j.data.Localizable;
import java.util.Locale;

/**
 * Thrown when a model file cannot be loaded: it is missing, not a zip archive or cut off, not a
 * model of mnist-dl4j, written in another format version, trained on another digit pair than the
 * caller expects, or damaged inside. The message names the file and the next step to take, and
 * {@link #problem()} returns which case it is.
 */
public class ModelFileException extends RuntimeException implements Localizable {

  static final String BUNDLE = "io.github.mnistdl4j.model.predict.messages";

  /** Kind of problem found in a model file. */
  public enum Problem {
    /** No file at the path. */
    MISSING("model.missing"),
    /** The path is a folder or another non-file. */
    NOT_A_FILE("model.notFile"),
    /** The file is not a zip archive, or its end is missing. */
    NOT_A_ZIP("model.notZip"),
    /** A zip archive without mnist-dl4j's metadata entry, such as any other DL4J model. */
    FOREIGN("model.foreign"),
    /** Written in a model format version that this release does not read. */
    FORMAT_VERSION("model.formatVersion"),
    /** Trained on another digit pair than the caller asked for. */
    PAIR_MISMATCH("model.pairMismatch"),
    /** The metadata or the network inside the archive is invalid. */
    DAMAGED("model.damaged"),
    /** Reading the file failed with an I/O error. */
    UNREADABLE("model.unreadable");

    private final String key;

    Problem(String key) {
      this.key = key;
    }
  }

  private final Problem problem;
  private final Object[] arguments;

  /** Creates the exception; the first argument of every message is the model file. */
  public ModelFileException(Problem problem, Object... arguments) {
    this(null, problem, arguments);
  }

  /** Creates the exception, keeping the low-level cause. */
  public ModelFileException(Throwable cause, Problem problem, Object... arguments) {
    super(Localizable.format(BUNDLE, problem.key, Locale.ENGLISH, arguments), cause);
    this.problem = problem;
    this.arguments = arguments.clone();
  }

  /** Returns which of the documented cases this is. */
  public Problem problem() {
    return problem;
  }

  @Override
  public String bundleName() {
    return BUNDLE;
  }

  @Override
  public String messageKey() {
    return problem.key;
  }

  @Override
  public Object[] messageArguments() {
    return arguments.clone();
  }
}
