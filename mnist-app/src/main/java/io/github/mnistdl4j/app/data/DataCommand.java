package io.github.mnistdl4j.app.data;

import io.github.mnistdl4j.app.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code data} command: gets MNIST onto the machine and checks it. */
@Command(
    name = "data",
    resourceBundle = "io.github.mnistdl4j.app.i18n.data",
    subcommands = {ImportCommand.class, FetchCommand.class, VerifyCommand.class})
public final class DataCommand implements Callable<Integer> {

  @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
  boolean help;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }
}
