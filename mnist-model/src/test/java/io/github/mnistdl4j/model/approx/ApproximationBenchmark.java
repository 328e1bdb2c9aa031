package io.github.mnistdl4j.model.approx;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Prints the time per training step of the {@code sin} fit for each data type and workspace mode.
 * Not a test: run it by hand with the test class path, once per value of {@code OMP_NUM_THREADS}
 * and of {@code -Dorg.bytedeco.javacpp.maxphysicalbytes}.
 *
 * <p>The combinations take turns, {@code rounds} times, so that a change in machine load affects
 * all of them alike; the median over the rounds is printed. Process CPU time (all threads of the
 * JVM) is printed beside wall time because a shared machine inflates wall time more.
 *
 * <p>Arguments: steps per fit (default 2000), hidden width (default 16), rounds (default 3).
 */
public final class ApproximationBenchmark {

  private record Combination(DataType dataType, WorkspaceMode workspaceMode) {}

  private ApproximationBenchmark() {}

  public static void main(String[] args) {
    int steps = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int hidden = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    var settings = new ApproximationSettings(List.of(hidden), HiddenActivation.SIGMOID, steps,
        ApproximationSettings.DEFAULT_LEARNING_RATE, ApproximationSettings.DEFAULT_SEED,
        ApproximationSettings.DEFAULT_POINTS);
    List<Combination> combinations = new ArrayList<>();
    for (DataType dataType : List.of(DataType.FLOAT, DataType.DOUBLE)) {
      for (WorkspaceMode mode : List.of(WorkspaceMode.ENABLED, WorkspaceMode.NONE)) {
        combinations.add(new Combination(dataType, mode));
      }
    }

    // A first fit loads the natives and warms up the JIT, so it is not reported.
    new Approximator().approximate(BuiltInTarget.SIN, settings);

    double[][] wallMicros = new double[combinations.size()][rounds];
    double[][] cpuMicros = new double[combinations.size()][rounds];
    double[] maxErrors = new double[combinations.size()];
    for (int round = 0; round < rounds; round++) {
      for (int index = 0; index < combinations.size(); index++) {
        Combination combination = combinations.get(index);
        var approximator = new Approximator(combination.dataType(), combination.workspaceMode());
        long cpuStart = processCpuNanos();
        WidthFit fit = approximator.approximate(BuiltInTarget.SIN, settings).fits().get(0);
        cpuMicros[index][round] = (processCpuNanos() - cpuStart) / 1e3 / steps;
        wallMicros[index][round] = fit.seconds() * 1e6 / steps;
        maxErrors[index] = fit.maxAbsError();
      }
    }

    System.out.printf("OMP_NUM_THREADS=%s, maxphysicalbytes=%s, H=%d, %d steps, %d points, "
            + "median of %d rounds%n",
        System.getenv("OMP_NUM_THREADS"),
        System.getProperty("org.bytedeco.javacpp.maxphysicalbytes", "(default)"), hidden, steps,
        settings.points(), rounds);
    for (int index = 0; index < combinations.size(); index++) {
      Combination combination = combinations.get(index);
      System.out.printf("%-6s workspaces %-8s wall %7.1f us/step  process CPU %7.1f us/step"
              + "  max |error| %.4f%n",
          combination.dataType(), combination.workspaceMode(), median(wallMicros[index]),
          median(cpuMicros[index]), maxErrors[index]);
    }
  }

  /** CPU time of all threads of this JVM. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
