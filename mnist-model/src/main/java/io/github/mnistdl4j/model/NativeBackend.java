package io.github.mnistdl4j.model;

import java.util.Properties;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ND4J's native CPU backend as this product uses it: which build runs, which BLAS, and how many
 * threads its OpenMP loops, oneDNN kernels and OpenBLAS may use.
 *
 * <p>Every method loads ND4J's natives on first use (about a second). Thread settings are
 * process-wide; change them before training, not while a network trains.
 */
public final class NativeBackend {

  private static final Logger log = LoggerFactory.getLogger(NativeBackend.class);

  /**
   * Environment variable read by ND4J and by OpenMP when the natives load; when the user set it,
   * the product keeps it.
   */
  public static final String THREADS_VARIABLE = "OMP_NUM_THREADS";

  /**
   * What runs: the BLAS library, the instruction level the native build was compiled for, the
   * best level this CPU offers, whether oneDNN kernels are present, and the thread counts.
   *
   * @param blasVendor BLAS library behind ND4J, for example {@code OPENBLAS}
   * @param buildLevel instruction level of the loaded native build, for example {@code Generic x86}
   * @param cpuLevel best instruction level of this CPU that ND4J knows, for example {@code AVX512};
   *     oneDNN's kernels use it whatever the build level
   * @param onednn whether the loaded build has oneDNN and may use it
   * @param threads OpenMP threads for computations started from the describing thread
   * @param matrixThreads OpenMP threads for the first layer's two large matrix products
   */
  public record Description(String blasVendor, String buildLevel, String cpuLevel,
      boolean onednn, int threads, int matrixThreads) {}

  /**
   * The largest thread count this product sets or accepts from {@value #THREADS_VARIABLE}, chosen
   * well above the core counts of today's CPUs. Counts far beyond the machine make the OpenMP
   * runtime fail: 100,000 threads crashed the JVM on a 2-core VM.
   */
  public static final int MAX_THREADS = 1024;

  /** Threads for the large matrix products, or 0 to use the caller's count. */
  private static volatile int matrixThreads;

  private NativeBackend() {}

  /**
   * The default thread count for a machine with {@code processors} processors: one on two or
   * fewer, where a second OpenMP thread costs more than it saves on the many small operations of
   * a training step (measured in docs/benchmarks.md); otherwise ND4J's own default,
   * {@code fallback}.
   */
  public static int defaultThreads(int processors, int fallback) {
    return processors <= 2 ? 1 : fallback;
  }

  /**
   * Sets the thread count of ND4J's native loops, of oneDNN (through OpenMP) and of OpenBLAS for
   * computations started from the calling thread, the large matrix products included. OpenMP
   * keeps the setting per thread, so call this from the thread that trains.
   *
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public static void useThreads(int threads) {
    useThreads(threads, threads);
  }

  /**
   * Like {@link #useThreads(int)}, with {@code matrix} threads for the first layer's two large
   * matrix products ({@code x W} and {@code x^T delta} over the whole batch), which run on
   * oneDNN and gain from every core, and {@code threads} for everything else. OpenBLAS keeps
   * {@code threads}: its own threads would compete with oneDNN's for the same cores.
   *
   * @throws IllegalArgumentException if a count is less than 1
   */
  public static void useThreads(int threads, int matrix) {
    if (threads < 1 || matrix < 1 || threads > MAX_THREADS || matrix > MAX_THREADS) {
      throw new IllegalArgumentException("thread counts must be from 1 to " + MAX_THREADS
          + ", were " + threads + " and " + matrix);
    }
    // ND4J's own Environment.setMaxThreads has no effect in this release; OpenMP's setting does.
    nativeOps().setOmpNumThreads(threads);
    Nd4j.factory().blas().setMaxThreads(threads);
    matrixThreads = matrix;
    log.debug("Native threads set to {}, {} for large matrix products", threads, matrix);
  }

  /**
   * Applies {@link #defaultThreads} to everything but the large matrix products, which get one
   * thread per processor, unless the user chose a count with {@value #THREADS_VARIABLE}; returns
   * the count in use for everything else.
   */
  public static int useDefaultThreads() {
    String chosen = System.getenv(THREADS_VARIABLE);
    if (chosen != null && !chosen.isBlank()) {
      matrixThreads = 0;
      return threads();
    }
    int processors = Runtime.getRuntime().availableProcessors();
    int threads = defaultThreads(processors, threads());
    useThreads(threads, Math.max(threads, processors));
    return threads;
  }

  /**
   * Checks a value of {@value #THREADS_VARIABLE} before ND4J loads: a whole number from 1 to
   * {@link #MAX_THREADS}, or null or blank when the variable is unset. OpenMP only warns about
   * other values, and with 0 ND4J trained to wrong results without an error.
   */
  public static boolean isValidThreadsVariable(String value) {
    if (value == null || value.isBlank()) {
      return true;
    }
    try {
      int threads = Integer.parseInt(value.strip());
      return threads >= 1 && threads <= MAX_THREADS;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The OpenMP thread count for computations started from the calling thread. */
  public static int threads() {
    return nativeOps().ompGetMaxThreads();
  }

  /** Returns the thread count of large matrix products started from the calling thread. */
  public static int matrixThreads() {
    int matrix = matrixThreads;
    return matrix > 0 ? matrix : threads();
  }

  /**
   * Runs a large matrix product with {@link #matrixThreads()} OpenMP threads and restores the
   * calling thread's count afterwards.
   */
  static void runMatrixProduct(Runnable product) {
    int matrix = matrixThreads;
    if (matrix <= 0) {
      product.run();
      return;
    }
    NativeOps ops = nativeOps();
    int before = ops.ompGetMaxThreads();
    if (before == matrix) {
      product.run();
      return;
    }
    ops.setOmpNumThreads(matrix);
    try {
      product.run();
    } finally {
      ops.setOmpNumThreads(before);
    }
  }

  /** Describes the loaded backend. */
  public static Description describe() {
    NativeOps ops = nativeOps();
    Properties environment = Nd4j.getExecutioner().getEnvironmentInformation();
    boolean onednn = ops.buildInfo().contains("HAVE_ONEDNN")
        && Nd4j.getEnvironment().helpersAllowed();
    return new Description(String.valueOf(environment.get("blas.vendor")),
        levelName(ops.binaryLevel()), levelName(ops.optimalLevel()), onednn, threads(),
        matrixThreads());
  }

  /** ND4J's native operations; loading the backend first, which NativeOpsHolder needs. */
  private static NativeOps nativeOps() {
    Nd4j.getExecutioner();
    return NativeOpsHolder.getInstance().getDeviceNativeOps();
  }

  /** ND4J's names for its instruction levels, as it logs them at start-up. */
  private static String levelName(int level) {
    return switch (level) {
      case 3 -> "AVX512";
      case 2 -> "AVX/AVX2";
      default -> "Generic x86";
    };
  }
}
