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
   * best level this CPU offers, whether oneDNN kernels are present, and the thread count.
   *
   * @param blasVendor BLAS library behind ND4J, for example {@code OPENBLAS}
   * @param buildLevel instruction level of the loaded native build, for example {@code Generic x86}
   * @param cpuLevel best instruction level of this CPU that ND4J knows, for example {@code AVX512};
   *     oneDNN's kernels use it whatever the build level
   * @param onednn whether the loaded build has oneDNN and may use it
   * @param threads OpenMP threads for computations started from the describing thread
   */
  public record Description(String blasVendor, String buildLevel, String cpuLevel,
      boolean onednn, int threads) {}

  private NativeBackend() {}

  /**
   * The default thread count for a machine with {@code processors} processors: one on two or
   * fewer, where a second OpenMP thread waits for a core that the JVM and the system also need
   * (measured in docs/benchmarks.md); otherwise ND4J's own default, {@code fallback}.
   */
  public static int defaultThreads(int processors, int fallback) {
    return processors <= 2 ? 1 : fallback;
  }

  /**
   * Sets the thread count of ND4J's native loops, of oneDNN (through OpenMP) and of OpenBLAS for
   * computations started from the calling thread. OpenMP keeps the setting per thread, so call
   * this from the thread that trains.
   *
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public static void useThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    // ND4J's own Environment.setMaxThreads has no effect in this release; OpenMP's setting does.
    nativeOps().setOmpNumThreads(threads);
    Nd4j.factory().blas().setMaxThreads(threads);
    log.debug("Native threads set to {}", threads);
  }

  /**
   * Applies {@link #defaultThreads} unless the user chose a count with {@value #THREADS_VARIABLE},
   * and returns the count in use.
   */
  public static int useDefaultThreads() {
    String chosen = System.getenv(THREADS_VARIABLE);
    if (chosen != null && !chosen.isBlank()) {
      return threads();
    }
    int threads = defaultThreads(Runtime.getRuntime().availableProcessors(), threads());
    useThreads(threads);
    return threads;
  }

  /** The OpenMP thread count for computations started from the calling thread. */
  public static int threads() {
    return nativeOps().ompGetMaxThreads();
  }

  /** Describes the loaded backend. */
  public static Description describe() {
    NativeOps ops = nativeOps();
    Properties environment = Nd4j.getExecutioner().getEnvironmentInformation();
    boolean onednn = ops.buildInfo().contains("HAVE_ONEDNN")
        && Nd4j.getEnvironment().helpersAllowed();
    return new Description(String.valueOf(environment.get("blas.vendor")),
        levelName(ops.binaryLevel()), levelName(ops.optimalLevel()), onednn, threads());
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
