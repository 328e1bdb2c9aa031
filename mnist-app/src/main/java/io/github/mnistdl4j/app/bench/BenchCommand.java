package io.github.mnistdl4j.app.bench;

import io.github.mnistdl4j.app.Console;
import io.github.mnistdl4j.app.Converters;
import io.github.mnistdl4j.app.ExitCodes;
import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.app.data.DataOptions;
import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.model.LectureDefaults;
import io.github.mnistdl4j.model.NativeBackend;
import io.github.mnistdl4j.model.NetworkFactory.TrainingPath;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Times loading and training of the lecture network and prints one JSON line on standard output,
 * to compare with the lecture's PyTorch script on the same machine (docs/benchmarks.md).
 */
@Command(name = "bench", resourceBundle = "io.github.mnistdl4j.app.i18n.bench",
    mixinStandardHelpOptions = true, sortOptions = false)
public final class BenchCommand implements Callable<Integer> {

  private static final Text TEXT = new Text("bench");

  @Mixin
  DataOptions dataOptions;

  @Option(names = "--digits", paramLabel = "A,B", descriptionKey = "digits",
      converter = Converters.Digits.class, defaultValue = "3,7")
  DigitPair digits;

  @Option(names = "--epochs", paramLabel = "N", descriptionKey = "epochs",
      defaultValue = "" + LectureDefaults.EPOCHS)
  int epochs;

  @Option(names = "--scale", paramLabel = "raw|unit", descriptionKey = "scale",
      converter = Converters.Scale.class, defaultValue = "raw")
  PixelScale scale;

  @Option(names = "--threads", paramLabel = "N", descriptionKey = "threads")
  Integer threads;

  @Option(names = "--path", paramLabel = "optimized|standard", descriptionKey = "path",
      converter = PathConverter.class, defaultValue = "optimized")
  TrainingPath path;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    if (threads != null && (threads < 1 || threads > NativeBackend.MAX_THREADS)) {
      throw new ParameterException(spec.commandLine(), TEXT.get("error.threads",
          String.valueOf(threads), String.valueOf(NativeBackend.MAX_THREADS)));
    }
    BenchSettings settings = new BenchSettings(digits, epochs, scale,
        threads == null ? OptionalInt.empty() : OptionalInt.of(threads), path);
    Path tree = dataOptions.resolveTree(console);

    BenchResult result = Benchmark.run(tree, settings);

    console.println(BenchJson.toLine(result));
    console.status(TEXT.get("summary", result.examples(),
        String.format(Locale.ROOT, "%.3f", result.loadSeconds()), settings.epochs(),
        String.format(Locale.ROOT, "%.3f", result.trainSeconds()),
        String.format(Locale.ROOT, "%.2f", result.millisecondsPerEpoch()),
        result.backend().threads(), result.backend().matrixThreads()));
    return ExitCodes.OK;
  }

  /** Parses {@code --path optimized|standard}. */
  static final class PathConverter implements picocli.CommandLine.ITypeConverter<TrainingPath> {
    @Override
    public TrainingPath convert(String value) {
      for (TrainingPath candidate : TrainingPath.values()) {
        if (candidate.name().equalsIgnoreCase(value.trim())) {
          return candidate;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(TEXT.get("error.path", value));
    }
  }
}
