package io.github.mnistdl4j.app;

import io.github.mnistdl4j.model.init.InitialWeights;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --init FILE --init-case NAME}: start from initial weights saved by PyTorch. */
public final class InitOptions {

  private static final Text TEXT = new Text("app");

  @Option(names = "--init", paramLabel = "FILE", descriptionKey = "init")
  Path file;

  @Option(names = "--init-case", paramLabel = "NAME", descriptionKey = "initCase")
  String caseName;

  @Spec(Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec spec;

  /**
   * Loads the chosen case, or returns null when neither option is given.
   *
   * @throws ParameterException if only one of the two options is given
   */
  public InitialWeights load() {
    if (file == null && caseName == null) {
      return null;
    }
    if (file == null || caseName == null) {
      throw new ParameterException(spec.commandLine(), TEXT.get("error.initPair"));
    }
    return InitialWeights.load(file, caseName);
  }
}
