package io.github.mnistdl4j.app.data;

import io.github.mnistdl4j.app.Console;
import io.github.mnistdl4j.app.ExitCodes;
import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.data.store.FetchResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code data fetch}: downloads, checks and imports mnist_png.tgz into the data home. */
@Command(name = "fetch", resourceBundle = "io.github.mnistdl4j.app.i18n.data")
final class FetchCommand implements Callable<Integer> {

  private static final Text TEXT = new Text("data");

  @Option(names = "--data-home", paramLabel = "DIR", descriptionKey = "option.dataHome")
  Path dataHome;

  @Option(names = "--offline", descriptionKey = "option.offline")
  boolean offline;

  @Option(names = "--url", paramLabel = "URL", descriptionKey = "option.url")
  List<String> urls = new ArrayList<>();

  @Option(names = "--force", descriptionKey = "fetch.force")
  boolean force;

  @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
  boolean help;

  @Spec
  CommandSpec spec;

  Map<String, String> environment = System.getenv();

  @Override
  public Integer call() {
    Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    render(fetch(console), console);
    return ExitCodes.OK;
  }

  /** Downloads and imports the archive, unless the data home contains a tree and --force is off. */
  FetchResult fetch(Console console) {
    return DataOptions.newStore(dataHome, offline, urls, environment, console).fetch(force);
  }

  private static void render(FetchResult result, Console console) {
    if (result.url().isEmpty()) {
      console.println(TEXT.get("fetch.already", result.imported().tree()));
      return;
    }
    console.println(TEXT.get("fetch.done", result.url().get(), result.bytes(),
        result.imported().tree(), result.imported().files()));
    console.println(TEXT.get("fetch.kept", result.imported().archive()));
    console.println(TEXT.get("import.sha256", result.imported().sha256()));
  }
}
