package io.github.mnistdl4j.app.train;

import io.github.mnistdl4j.app.Console;
import io.github.mnistdl4j.app.Converters;
import io.github.mnistdl4j.app.EpochProgress;
import io.github.mnistdl4j.app.ExitCodes;
import io.github.mnistdl4j.app.InitOptions;
import io.github.mnistdl4j.app.OutputPaths;
import io.github.mnistdl4j.app.ReportOptions;
import io.github.mnistdl4j.app.report.RunReports;
import java.util.LinkedHashMap;
import java.util.Map;
import io.github.mnistdl4j.app.Json;
import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.app.data.DataOptions;
import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.model.LectureDefaults;
import io.github.mnistdl4j.model.NetworkSettings;
import io.github.mnistdl4j.model.NativeBackend;
import io.github.mnistdl4j.model.PairTraining;
import io.github.mnistdl4j.model.TrainRun;
import io.github.mnistdl4j.model.TrainSettings;
import io.github.mnistdl4j.model.init.InitialWeights;
import io.github.mnistdl4j.model.loss.LossKind;
import io.github.mnistdl4j.model.predict.ModelFile;
import io.github.mnistdl4j.model.predict.ModelInfo;
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

  @Option(names = "--loss", paramLabel = "library|clamped|naive", descriptionKey = "loss",
      converter = Converters.Loss.class, defaultValue = "library")
  LossKind loss;

  @Mixin
  InitOptions initOptions;

  @Option(names = "--json", paramLabel = "FILE", descriptionKey = "json")
  Path json;

  @Mixin
  ReportOptions reportOptions;

  @Option(names = "--save-model", paramLabel = "FILE", descriptionKey = "saveModel")
  Path saveModel;

  @Spec
  CommandSpec spec;

  private Map<String, String> reportSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("--digits", digits.toString());
    settings.put("--hidden", Integer.toString(hidden));
    settings.put("--epochs", Integer.toString(epochs));
    settings.put("--lr", Double.toString(learningRate));
    settings.put("--seed", Long.toString(seed));
    settings.put("--scale", scale.optionValue());
    settings.put("--loss", loss.optionValue());
    return settings;
  }

  @Override
  public Integer call() throws IOException {
    Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    OutputPaths.checkFile(spec, "--json", json);
    OutputPaths.checkFile(spec, "--save-model", saveModel);
    reportOptions.check(spec);
    TrainSettings settings = new TrainSettings(digits,
        new NetworkSettings(hidden, learningRate, seed), epochs, scale, loss);
    InitialWeights initialWeights = initOptions.load();
    Path tree = dataOptions.resolveTree(console);
    NativeBackend.useDefaultThreads();

    TrainRun run = PairTraining.run(tree, settings, initialWeights,
        new EpochProgress(console.err(), epochs, TEXT.get("progress.label")));

    new TrainRenderer(TEXT).render(run, console);
    if (json != null) {
      Json.write(json, TrainJson.toJson(run));
      console.println(TEXT.get("json.written", json.toAbsolutePath()));
    }
    reportOptions.write(() -> RunReports.fromTrainRun("train", run, reportSettings()), null,
        console);
    if (saveModel != null && run.result().completed()) {
      ModelFile.save(run.network(), ModelInfo.forTraining(settings), saveModel);
      console.println(TEXT.get("model.written", saveModel.toAbsolutePath()));
    }
    if (run.result().nonFiniteEpoch().isPresent()) {
      if (saveModel != null) {
        console.status(TEXT.get("model.notSaved", saveModel.toAbsolutePath()));
      }
      console.status(TEXT.get("error.nonFinite", run.result().nonFiniteEpoch().getAsInt(),
          String.valueOf(run.result().finalLoss())));
      return ExitCodes.FAILURE;
    }
    return ExitCodes.OK;
  }
}
