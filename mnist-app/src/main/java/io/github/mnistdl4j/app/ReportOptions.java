package io.github.mnistdl4j.app;

import io.github.mnistdl4j.app.report.ReportWriter;
import io.github.mnistdl4j.app.report.RunReport;
import io.github.mnistdl4j.app.report.WrittenReport;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** {@code --report DIR}: write the run's charts and {@code report.html} into a folder. */
public final class ReportOptions {

  private static final Text TEXT = new Text("app");

  @Option(names = "--report", paramLabel = "DIR", descriptionKey = "report")
  Path folder;

  /** Rejects a {@code --report} path that is an existing file, before any work starts. */
  public void check(picocli.CommandLine.Model.CommandSpec spec) {
    OutputPaths.checkFolder(spec, "--report", folder);
  }

  /** Whether {@code --report} was given. */
  public boolean requested() {
    return folder != null;
  }

  /**
   * Writes the report built by {@code report} into {@code --report DIR}, or into its sub-folder
   * {@code subfolder} when that is not null, and prints where it is. Does nothing when
   * the option was not given, so the report is only built when asked for.
   */
  public void write(Supplier<RunReport> report, String subfolder, Console console) {
    if (folder == null) {
      return;
    }
    Path target = subfolder == null ? folder : folder.resolve(subfolder);
    WrittenReport written = ReportWriter.write(target, report.get());
    console.println(TEXT.get("report.written", written.html().toAbsolutePath()));
  }
}
