package io.github.mnistdl4j.app.approx;

import io.github.mnistdl4j.app.Console;
import io.github.mnistdl4j.app.ExitCodes;
import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.model.approx.ApproximationResult;
import io.github.mnistdl4j.model.approx.ApproximationSettings;
import io.github.mnistdl4j.model.approx.Approximator;
import io.github.mnistdl4j.model.approx.HiddenActivation;
import io.github.mnistdl4j.model.approx.InvalidApproximationSettingException;
import io.github.mnistdl4j.model.approx.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Fits networks {@code inputs -> H -> 1} of growing hidden width H to a continuous function and
 * prints how close each comes, to show the universal approximation theorem at work.
 */
@Command(
    name = "approximate",
    resourceBundle = "io.github.mnistdl4j.app.i18n.approx",
    mixinStandardHelpOptions = true,
    sortOptions = false)
public final class ApproximateCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(ApproximateCommand.class);
  private static final Text TEXT = new Text("approx");

  @Option(names = "--target", descriptionKey = "target", paramLabel = "NAME|FILE.csv")
  String target = "sin";

  @Option(names = "--hidden", descriptionKey = "hidden", paramLabel = "LIST")
  String hidden = "1,2,4,8,16,32,64";

  @Option(names = "--activation", descriptionKey = "activation", paramLabel = "sigmoid|relu")
  String activation = "sigmoid";

  @Option(names = "--steps", descriptionKey = "steps", paramLabel = "N")
  int steps = ApproximationSettings.DEFAULT_STEPS;

  @Option(names = "--lr", descriptionKey = "lr", paramLabel = "RATE")
  double learningRate = ApproximationSettings.DEFAULT_LEARNING_RATE;

  @Option(names = "--seed", descriptionKey = "seed", paramLabel = "N")
  long seed = ApproximationSettings.DEFAULT_SEED;

  @Option(names = "--points", descriptionKey = "points", paramLabel = "N")
  int points = ApproximationSettings.DEFAULT_POINTS;

  @Option(names = "--json", descriptionKey = "json", paramLabel = "FILE")
  Path json;

  @Option(names = "--report", descriptionKey = "report", paramLabel = "DIR")
  Path report;

  @Spec
  CommandSpec spec;

  /** Outcome of one run of the command: the target, the fits and the files written. */
  public record Outcome(Target target, ApproximationResult result, List<Path> files) {}

  @Override
  public Integer call() {
    Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    Outcome outcome = approximate(console);
    for (String line : new ApproximationTable(TEXT).render(outcome.target(), outcome.result())) {
      console.println(line);
    }
    return ExitCodes.OK;
  }

  /**
   * Validates the options, fits every width with progress on standard error, and writes the JSON
   * file and charts if requested.
   *
   * @throws ParameterException for an invalid option value, so that it is reported like any
   *     other invalid command line
   * @throws io.github.mnistdl4j.model.approx.InvalidTargetException for a missing or invalid
   *     target file
   */
  public Outcome approximate(Console console) {
    ApproximationSettings settings = validateSettings();
    checkOutputPaths();
    Target resolved = Target.resolve(target);
    useOneNativeThread();

    console.status(TEXT.get("progress.start", resolved.displayName(),
        Integer.toString(settings.hiddenWidths().size()), Integer.toString(settings.steps())));
    ApproximationResult result = new Approximator().approximate(resolved, settings,
        fit -> console.status(TEXT.get("progress.fit", Integer.toString(fit.hidden()),
            ApproximationTable.error(fit.maxAbsError()),
            String.format(Locale.ROOT, "%.1f", fit.seconds()))));

    List<Path> files = new ArrayList<>();
    if (json != null) {
      ApproximationJson.write(result, json);
      files.add(json);
      console.status(TEXT.get("written.json", json));
    }
    if (report != null) {
      List<Path> charts = new ApproximationCharts(TEXT).write(resolved, result, report);
      files.addAll(charts);
      console.status(TEXT.get("written.report", Integer.toString(charts.size()), report));
    }
    return new Outcome(resolved, result, files);
  }

  private ApproximationSettings validateSettings() {
    try {
      return new ApproximationSettings(ApproximationSettings.parseHiddenWidths(hidden),
          HiddenActivation.parse(activation), steps, learningRate, seed, points);
    } catch (InvalidApproximationSettingException e) {
      throw new ParameterException(spec.commandLine(), e.localizedMessage(Locale.getDefault()), e);
    }
  }

  /** Rejects unusable output paths before training, so that a long run does not fail at its end. */
  private void checkOutputPaths() {
    if (json != null && Files.isDirectory(json)) {
      throw new ParameterException(spec.commandLine(), TEXT.get("json.isFolder", json));
    }
    if (report != null && Files.exists(report) && !Files.isDirectory(report)) {
      throw new ParameterException(spec.commandLine(), TEXT.get("report.notFolder", report));
    }
  }

  /**
   * Limits ND4J to one thread unless {@code OMP_NUM_THREADS} sets another number. The arrays here
   * hold a few hundred values, and a second thread made each training step several times slower
   * on a 2-core machine, measured with {@code ApproximationBenchmark}.
   */
  private static void useOneNativeThread() {
    if (System.getenv("OMP_NUM_THREADS") != null) {
      log.info("Native threads: OMP_NUM_THREADS={}", System.getenv("OMP_NUM_THREADS"));
      return;
    }
    Nd4j.getEnvironment().setMaxMasterThreads(1);
    Nd4j.factory().blas().setMaxThreads(1);
    log.info("Native threads: 1 (set OMP_NUM_THREADS to choose another number)");
  }
}
