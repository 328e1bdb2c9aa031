package io.github.mnistdl4j.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import picocli.CommandLine;

/** Runs the app in-process with captured output, restoring the default locale afterwards. */
public final class AppRunner {

  /** Exit code and the text written to standard output and standard error. */
  public record Result(int exitCode, String out, String err) {}

  private AppRunner() {}

  /** Runs {@code mnist-dl4j ARGS} and captures what it prints. */
  public static Result run(String... args) {
    Locale before = Locale.getDefault();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try {
      CommandLine commandLine = new CommandLine(new MnistApp());
      commandLine.setOut(new PrintWriter(out, true));
      commandLine.setErr(new PrintWriter(err, true));
      int exitCode = MnistApp.run(commandLine, args);
      return new Result(exitCode, out.toString(), err.toString());
    } finally {
      Locale.setDefault(before);
    }
  }
}
