package io.github.mnistdl4j.app;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks output options before a command starts its work, so that a path that can never be
 * written fails in one line at once instead of after minutes of training.
 */
public final class OutputPaths {

  private static final Text TEXT = new Text("app");

  private OutputPaths() {}

  /** Rejects a file option (such as {@code --json}) that names an existing folder. */
  public static void checkFile(CommandSpec spec, String option, Path file) {
    if (file != null && Files.isDirectory(file)) {
      throw new ParameterException(spec.commandLine(),
          TEXT.get("error.outputIsFolder", option, file.toAbsolutePath()));
    }
    Path parent = file == null ? null : file.toAbsolutePath().getParent();
    if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
      throw new ParameterException(spec.commandLine(),
          TEXT.get("error.parentIsFile", option, parent));
    }
  }

  /** Rejects a folder option (such as {@code --report}) that names an existing file. */
  public static void checkFolder(CommandSpec spec, String option, Path folder) {
    if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new ParameterException(spec.commandLine(),
          TEXT.get("error.outputIsFile", option, folder.toAbsolutePath()));
    }
  }
}
