package io.github.mnistdl4j.model.predict;

import io.github.mnistdl4j.data.InvalidDataException;
import io.github.mnistdl4j.data.Localizable;
import java.util.Locale;

/**
 * Thrown when an image cannot be classified: a missing or undecodable file, an image that is not
 * 28x28 or not 8-bit grayscale, a pixel array of the wrong length or with values outside 0..255,
 * or a folder without PNG images. Messages about a file name the file.
 */
public class InvalidImageException extends RuntimeException implements Localizable {

  private final String bundle;
  private final String key;
  private final Object[] arguments;

  /** Creates the exception from a key of the predict package's message bundle. */
  public InvalidImageException(String key, Object... arguments) {
    this(null, key, arguments);
  }

  /** Creates the exception from a message key, keeping the low-level cause. */
  public InvalidImageException(Throwable cause, String key, Object... arguments) {
    super(Localizable.format(ModelFileException.BUNDLE, key, Locale.ENGLISH, arguments), cause);
    this.bundle = ModelFileException.BUNDLE;
    this.key = key;
    this.arguments = arguments.clone();
  }

  /**
   * Wraps the data module's PNG header check (an empty file, not a PNG, a header cut off), keeping
   * its message and its bundle so the wording stays the same as when training reads the file.
   */
  InvalidImageException(InvalidDataException cause) {
    super(cause.getMessage(), cause);
    this.bundle = cause.bundleName();
    this.key = cause.messageKey();
    this.arguments = cause.messageArguments();
  }

  @Override
  public String bundleName() {
    return bundle;
  }

  @Override
  public String messageKey() {
    return key;
  }

  @Override
  public Object[] messageArguments() {
    return arguments.clone();
  }
}
