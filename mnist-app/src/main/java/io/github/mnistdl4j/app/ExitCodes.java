package io.github.mnistdl4j.app;

/** Process exit codes of the app. */
public final class ExitCodes {

  /** The command did what was asked. */
  public static final int OK = 0;

  /** The command failed: bad data, an I/O error or a training run that diverged. */
  public static final int FAILURE = 1;

  /** The command line itself was invalid: an unknown option or an invalid value. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
