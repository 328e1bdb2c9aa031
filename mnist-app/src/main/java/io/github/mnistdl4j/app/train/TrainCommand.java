package io.github.mnistdl4j.app.train;

import io.github.mnistdl4j.app.Console;
import io.github.mnistdl4j.app.Converters;
import io.github.mnistdl4j.app.EpochProgress;
import io.github.mnistdl4j.app.ExitCodes;
import io.github.mnistdl4j.app.Json;
import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.app.data.DataOptions;
import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.model.LectureDefaults;
import io.github.mnistdl4j.model.NetworkSettings;
import io.github.mnistdl4j.model.PairTraining;
import io.github.mnistdl4j.model.TrainRun;
import io.github.mnistdl4j.model.TrainSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains the classifier on a digit pair and reports loss, accuracy and the output's u2. */
@Command(name = "train", resourceBundle = "io.github.mnistdl4j.app.i18n.train",
    mixinStandardHelpOptions = true, sortOptions = false)
public final class TrainCommand implements Callable<Integer> {

  private static final Text TEXT = new Text("train");

  @Mixin
  DataOptions dataOptions;

  @Option(names = "--digits", paramLabel = "A,B", descriptionKey = "digits",
      converter = Converters.Digits.class, defaultValue = "3,7")
  DigitPair digits;

  @Option(names = "--hidden", paramLabel = "UNITS", descriptionKey = "hidden",
      defaultValue = "" + LectureDefaults.HIDDEN)
  int hidden;

  @Option(names = "--epochs", paramLabel = "N", descriptionKey = "epochs",
      defaultValue = "" + LectureDefaults.EPOCHS)
  int epochs;

  @Option(names = "--lr", paramLabel = "RATE", descriptionKey = "lr",
      defaultValue = "" + LectureDefaults.LEARNING_RATE)
  double learningRate;

  @Option(names = "--seed", paramLabel = "SEED", descriptionKey = "seed",
      defaultValue = "" + LectureDefaults.SEED)
  long seed;

  @Option(names = "--scale", paramLabel = "raw|unit", descriptionKey = "scale",
      converter = Converters.Scale.class, defaultValue = "raw")
  PixelScale scale;

  @Option(names = "--json", paramLabel = "FILE", descriptionKey = "json")
  Path json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    TrainSettings settings = new TrainSettings(digits,
        new NetworkSettings(hidden, learningRate, seed), epochs, scale);
    Path tree = dataOptions.resolveTree(console);

    TrainRun run = PairTraining.run(tree, settings,
        new EpochProgress(console.err(), epochs, TEXT.get("progress.label")));

    new TrainRenderer(TEXT).render(run, console);
    if (json != null) {
      Json.write(json, TrainJson.toJson(run));
      console.println(TEXT.get("json.written", json.toAbsolutePath()));
    }
    if (run.result().nonFiniteEpoch().isPresent()) {
      console.status(TEXT.get("error.nonFinite", run.result().nonFiniteEpoch().getAsInt(),
          String.valueOf(run.result().finalLoss())));
      return ExitCodes.FAILURE;
    }
    return ExitCodes.OK;
  }
}
