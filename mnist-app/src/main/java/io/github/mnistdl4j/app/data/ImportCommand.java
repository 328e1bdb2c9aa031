package io.github.mnistdl4j.app.data;

import io.github.mnistdl4j.app.Console;
import io.github.mnistdl4j.app.ExitCodes;
import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.data.store.ImportResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code data import ARCHIVE}: extracts a mnist_png.tgz into the data home, safely. */
@Command(name = "import", resourceBundle = "io.github.mnistdl4j.app.i18n.data")
final class ImportCommand implements Callable<Integer> {

  private static final Text TEXT = new Text("data");

  @Parameters(index = "0", paramLabel = "ARCHIVE", descriptionKey = "import.archive")
  Path archive;

  @Option(names = "--data-home", paramLabel = "DIR", descriptionKey = "option.dataHome")
  Path dataHome;

  @Option(names = "--force", descriptionKey = "import.force")
  boolean force;

  @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
  boolean help;

  @Spec
  CommandSpec spec;

  Map<String, String> environment = System.getenv();

  @Override
  public Integer call() {
    Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    render(importArchive(console), console);
    return ExitCodes.OK;
  }

  /**
   * Imports the archive. Without --force, an archive imported before (same SHA-256) is not
   * extracted again.
   */
  ImportResult importArchive(Console console) {
    return DataOptions.newStore(dataHome, true, List.of(), environment, console)
        .importArchive(archive, force);
  }

  private static void render(ImportResult result, Console console) {
    if (result.alreadyPresent()) {
      console.println(TEXT.get("import.already", result.archive(), result.tree()));
    } else {
      console.println(TEXT.get("import.done", result.archive(), result.tree(), result.files()));
      if (result.skippedEntries() > 0) {
        console.println(TEXT.get("import.skipped", result.skippedEntries()));
      }
    }
    console.println(TEXT.get("import.sha256", result.sha256()));
  }
}
