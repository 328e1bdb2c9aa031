package io.github.mnistdl4j.data;


/**
 * Thrown when the MNIST tree or one of its files is not what the reader needs: a missing folder,
 * an empty digit folder, a file that cannot be decoded or an image of the wrong size or depth.
 * The message names the path and says what was expected and what was found.
 */
public class InvalidDataException extends LocalizedException {

  static final String BUNDLE = "io.github.mnistdl4j.data.messages";

  /** Creates the exception from a key of the data module's message bundle. */
  public InvalidDataException(String key, Object... arguments) {
    this(null, key, arguments);
  }

  /** Creates the exception from a message key, keeping the low-level cause. */
  public InvalidDataException(Throwable cause, String key, Object... arguments) {
    super(BUNDLE, cause, key, arguments);
  }
}
