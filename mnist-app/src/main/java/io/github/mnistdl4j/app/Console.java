package io.github.mnistdl4j.app;

import java.io.PrintWriter;

/**
 * Where a command writes what the user reads: results on standard output, progress and errors on
 * standard error. Commands take it from picocli's {@code CommandLine} so tests can capture both.
 */
public record Console(PrintWriter out, PrintWriter err) {

  /** Prints one line of results. */
  public void println(String line) {
    out.println(line);
    out.flush();
  }

  /** Prints one line of progress or a warning. */
  public void status(String line) {
    err.println(line);
    err.flush();
  }
}
