package io.github.mnistdl4j.model.approx;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Prints training seconds and errors of the {@code sin} fit for each data type and workspace
 * mode, one line per combination and width. Not a test: run it by hand, once per value of
 * {@code OMP_NUM_THREADS}, with the test class path.
 *
 * <p>Arguments: steps (default 5000) and a comma-separated width list (default 1,8,64).
 */
public final class ApproximationBenchmark {

  private ApproximationBenchmark() {}

  /** CPU time of all threads of this JVM, which a busy machine inflates less than wall time. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  public static void main(String[] args) {
    int steps = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    List<Integer> widths = ApproximationSettings.parseHiddenWidths(
        args.length > 1 ? args[1] : "1,8,64");
    var settings = new ApproximationSettings(widths, HiddenActivation.SIGMOID, steps,
        ApproximationSettings.DEFAULT_LEARNING_RATE, ApproximationSettings.DEFAULT_SEED,
        ApproximationSettings.DEFAULT_POINTS);

    // A first run loads the natives and warms up the JIT, so it is not reported.
    new Approximator().approximate(BuiltInTarget.SIN, settings.withHiddenWidths(List.of(4)));

    System.out.printf("OMP_NUM_THREADS=%s, maxphysicalbytes=%s, %d steps, %d points%n",
        System.getenv("OMP_NUM_THREADS"),
        System.getProperty("org.bytedeco.javacpp.maxphysicalbytes", "(default)"), steps,
        settings.points());
    for (DataType dataType : List.of(DataType.FLOAT, DataType.DOUBLE)) {
      for (WorkspaceMode mode : List.of(WorkspaceMode.ENABLED, WorkspaceMode.NONE)) {
        var approximator = new Approximator(dataType, mode);
        for (int width : widths) {
          long cpuStart = processCpuNanos();
          WidthFit fit = approximator.approximate(BuiltInTarget.SIN,
              settings.withHiddenWidths(List.of(width))).fits().get(0);
          double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
          System.out.printf("%-6s %-8s H=%-3d wall %6.2f s (%6.1f us/step)  process CPU %6.2f s"
                  + "  max %.4f  mean %.4f%n",
              dataType, mode, fit.hidden(), fit.seconds(), fit.seconds() / steps * 1e6,
              cpuSeconds, fit.maxAbsError(), fit.meanAbsError());
        }
      }
    }
  }
}
