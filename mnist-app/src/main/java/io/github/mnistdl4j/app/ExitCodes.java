package io.github.mnistdl4j.app;

/** Process exit codes of the app. */
public final class ExitCodes {

  /** The command did what was asked. */
  public static final int OK = 0;

  /**
   * The command failed: bad data, an I/O error, a training run that diverged, or a setting that
   * parsed but was rejected while the command ran (such as an image index past the last image).
   */
  public static final int FAILURE = 1;

  /**
   * The command line could not be parsed: an unknown option, a missing value, or a value that
   * its option's converter rejects (such as {@code --digits 3,3}).
   */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
