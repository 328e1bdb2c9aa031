package io.github.mnistdl4j.app.data;

import io.github.mnistdl4j.app.Console;
import io.github.mnistdl4j.data.store.DataHome;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options that say where a command finds the MNIST tree. */
public final class DataOptions {

  @Option(names = "--data", paramLabel = "PATH", descriptionKey = "data")
  Path data;

  @Option(names = "--data-home", paramLabel = "DIR", descriptionKey = "dataHome")
  Path dataHome;

  /** Returns the root of the MNIST tree: {@code --data} if given, else the data home's tree. */
  public Path resolveTree(Console console) {
    if (data != null) {
      return data;
    }
    return DataHome.treeIn(DataHome.resolve(Optional.ofNullable(dataHome)));
  }
}
