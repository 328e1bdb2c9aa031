package io.github.mnistdl4j.app.experiment;

import io.github.mnistdl4j.app.Console;
import io.github.mnistdl4j.app.EpochProgress;
import io.github.mnistdl4j.app.ExitCodes;
import io.github.mnistdl4j.app.InitOptions;
import io.github.mnistdl4j.app.OutputPaths;
import io.github.mnistdl4j.app.ReportOptions;
import io.github.mnistdl4j.app.report.RunReports;
import io.github.mnistdl4j.app.Json;
import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.app.data.DataOptions;
import io.github.mnistdl4j.model.LectureDefaults;
import io.github.mnistdl4j.model.NativeBackend;
import io.github.mnistdl4j.model.experiment.HomeworkExperiment;
import io.github.mnistdl4j.model.experiment.LectureExperiment;
import io.github.mnistdl4j.model.experiment.SaturationExperiment;
import io.github.mnistdl4j.model.experiment.ScalingExperiment;
import io.github.mnistdl4j.model.init.InitialWeights;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** Runs one of the lecture's named experiments on real MNIST. */
@Command(name = "experiment", resourceBundle = "io.github.mnistdl4j.app.i18n.experiment",
    mixinStandardHelpOptions = true, sortOptions = false)
public final class ExperimentCommand implements Callable<Integer> {

  private static final Text TEXT = new Text("experiment");

  @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "name",
      converter = NameConverter.class, completionCandidates = Names.class)
  ExperimentName name;

  @Mixin
  DataOptions dataOptions;

  @Mixin
  InitOptions initOptions;

  @Option(names = "--rows", paramLabel = "K", descriptionKey = "rows", defaultValue = "10")
  int rows;

  @Option(names = "--index", paramLabel = "I", descriptionKey = "index", defaultValue = "0")
  int index;

  @Option(names = "--json", paramLabel = "FILE", descriptionKey = "json")
  Path json;

  @Mixin
  ReportOptions reportOptions;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    OutputPaths.checkFile(spec, "--json", json);
    reportOptions.check(spec);
    InitialWeights initialWeights = initOptions.load();
    Path tree = dataOptions.resolveTree(console);
    NativeBackend.useDefaultThreads();
    ExperimentRenderer renderer = new ExperimentRenderer(TEXT, console);

    Map<String, Object> document;
    boolean failed = false;
    switch (name) {
      case LECTURE_3V7 -> {
        LectureExperiment.Result result = LectureExperiment.run(tree, initialWeights,
            progress(console, LectureDefaults.EPOCHS, name.optionValue()));
        renderer.lecture(result);
        document = ExperimentJson.lecture(result);
        reportOptions.write(() -> RunReports.fromTrainRun(name.optionValue(), result.run(),
            Map.of()), null, console);
        failed = !result.run().result().completed();
      }
      case HOMEWORK_0V1 -> {
        HomeworkExperiment.Result result = HomeworkExperiment.run(tree, initialWeights,
            step -> progress(console, LectureDefaults.EPOCHS, TEXT.get("step", step)));
        renderer.homework(result);
        document = ExperimentJson.homework(result);
        for (HomeworkExperiment.Step step : result.steps()) {
          reportOptions.write(() -> RunReports.fromTrainRun(
              name.optionValue() + " " + TEXT.get("step", step.id()), step.run(), Map.of()),
              "step-" + step.id(), console);
        }
      }
      case LOSS_SATURATION -> {
        SaturationExperiment.Result result = SaturationExperiment.run(tree,
            SaturationExperiment.network(), initialWeights, checkRows(rows));
        renderer.saturation(result);
        document = ExperimentJson.saturation(result);
        reportOptions.write(() -> RunReports.fromProbe(name.optionValue(), result.data(),
            result.network(), Map.of()), null, console);
      }
      case SCALING -> {
        ScalingExperiment.Result result = ScalingExperiment.run(tree,
            SaturationExperiment.network(), initialWeights, index);
        renderer.scaling(result);
        document = ExperimentJson.scaling(result);
        reportOptions.write(() -> RunReports.fromProbe(name.optionValue(), result.data(),
            result.network(), Map.of()), null, console);
      }
      default -> throw new IllegalStateException("No experiment " + name);
    }
    document.put("initial_weights", initialWeights == null ? "seeded"
        : initialWeights.file().toAbsolutePath() + "#" + initialWeights.caseName());
    if (json != null) {
      Json.write(json, document);
      console.println(TEXT.get("json.written", json.toAbsolutePath()));
    }
    return failed ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  private static EpochProgress progress(Console console, int epochs, String label) {
    return new EpochProgress(console.err(), epochs, label);
  }

  private int checkRows(int value) {
    if (value < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          TEXT.get("error.rows", value));
    }
    return value;
  }

  /** Parses NAME with a message that lists the experiments. */
  static final class NameConverter implements ITypeConverter<ExperimentName> {
    @Override
    public ExperimentName convert(String value) {
      ExperimentName name = ExperimentName.fromOptionValue(value);
      if (name == null) {
        throw new TypeConversionException(TEXT.get("error.unknown", value,
            String.join(", ", new Names())));
      }
      return name;
    }
  }

  /** The experiment names, for help and shell completion. */
  static final class Names extends java.util.ArrayList<String> {
    Names() {
      for (ExperimentName name : ExperimentName.values()) {
        add(name.optionValue());
      }
    }
  }
}
