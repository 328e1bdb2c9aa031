package io.github.mnistdl4j.app.bench;

import io.github.mnistdl4j.data.PairData;
import io.github.mnistdl4j.data.PairLoader;
import io.github.mnistdl4j.data.Split;
import io.github.mnistdl4j.model.Evaluator;
import io.github.mnistdl4j.model.NativeBackend;
import io.github.mnistdl4j.model.NetworkFactory;
import io.github.mnistdl4j.model.TrainSettings;
import io.github.mnistdl4j.model.Trainer;
import io.github.mnistdl4j.model.TrainingResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times the lecture's run as the lecture's PyTorch script times it: loading the training split of
 * a digit pair, then full-batch training of the lecture network (784-30-1, Adam, seed 43052),
 * each between two readings of a clock.
 * Like the script, which imports its libraries before it starts the clock, the natives of ND4J
 * and of the image decoder are loaded before timing; their cost is reported as start-up time.
 */
public final class Benchmark {

  private static final Logger log = LoggerFactory.getLogger(Benchmark.class);

  private Benchmark() {}

  /**
   * Runs the benchmark on the MNIST tree at {@code tree}. Sets the process's native thread count
   * as {@code settings.threads()} says.
   *
   * @throws io.github.mnistdl4j.data.InvalidDataException if the tree or an image is bad
   */
  public static BenchResult run(Path tree, BenchSettings settings) {
    if (settings.threads().isPresent()) {
      NativeBackend.useThreads(settings.threads().getAsInt());
    } else {
      NativeBackend.useDefaultThreads();
    }
    NativeBackend.Description backend = NativeBackend.describe();
    PairLoader.loadDecoder();
    double startupSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
    log.info("Backend {}; start-up took {} s", backend, startupSeconds);

    long loadStart = System.nanoTime();
    PairData data = PairLoader.open(tree).load(Split.TRAINING, settings.pair(), settings.scale());
    double loadSeconds = secondsSince(loadStart);

    TrainSettings lecture = TrainSettings.lecture();
    MultiLayerNetwork network = NetworkFactory.build(lecture.network(),
        lecture.loss().lossFunction(), settings.path());
    long trainStart = System.nanoTime();
    TrainingResult result = Trainer.train(network, data.toDataSet(), settings.epochs(),
        Trainer.EpochListener.NONE);
    double trainSeconds = secondsSince(trainStart);

    double accuracy = Evaluator.evaluate(network, data.features(), data.labels()).accuracy();
    return new BenchResult(settings, backend, startupSeconds, loadSeconds, trainSeconds,
        data.size(), result.finalLoss(), accuracy, peakRssMegabytes());
  }

  /** Peak resident memory of this process from {@code /proc/self/status}, or -1. */
  static long peakRssMegabytes() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/self/status"));
      for (String line : lines) {
        if (line.startsWith("VmHWM:")) {
          long kilobytes = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return Math.round(kilobytes / 1024.0);
        }
      }
    } catch (IOException | NumberFormatException e) {
      log.debug("No peak memory from /proc/self/status", e);
    }
    return -1;
  }

  private static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
