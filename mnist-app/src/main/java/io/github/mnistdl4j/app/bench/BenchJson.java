package io.github.mnistdl4j.app.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.mnistdl4j.app.Json;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's JSON line. Its first keys are those of the lecture's PyTorch script
 * ({@code bench/lecture_pytorch.py}), so that the two lines compare key by key.
 */
public final class BenchJson {

  private BenchJson() {}

  /** Builds the document as an ordered map. */
  public static Map<String, Object> toJson(BenchResult result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("framework", "dl4j " + dl4jVersion());
    root.put("threads", result.backend().threads());
    root.put("matrix_threads", result.backend().matrixThreads());
    root.put("examples", result.examples());
    root.put("epochs", result.settings().epochs());
    root.put("load_seconds", round(result.loadSeconds(), 3));
    root.put("train_seconds", round(result.trainSeconds(), 3));
    root.put("ms_per_epoch", round(result.millisecondsPerEpoch(), 2));
    root.put("train_accuracy", Json.number(round(result.trainAccuracy(), 5)));
    root.put("final_loss", Json.number(result.finalLoss()));
    root.put("startup_seconds", round(result.startupSeconds(), 3));
    root.put("digits", result.settings().pair().digits());
    root.put("scale", result.settings().scale().optionValue());
    root.put("path", result.settings().path().name().toLowerCase(Locale.ROOT));
    root.put("blas_vendor", result.backend().blasVendor());
    root.put("native_build", result.backend().buildLevel());
    root.put("cpu_level", result.backend().cpuLevel());
    root.put("onednn", result.backend().onednn());
    root.put("peak_rss_mb", result.peakRssMegabytes());
    return root;
  }

  /** The document on one line. */
  public static String toLine(BenchResult result) {
    try {
      return Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(toJson(result));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the benchmark result as JSON", e);
    }
  }

  private static double round(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return value;
    }
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  private static String dl4jVersion() {
    Package dl4j = org.deeplearning4j.nn.multilayer.MultiLayerNetwork.class.getPackage();
    String version = dl4j == null ? null : dl4j.getImplementationVersion();
    return version == null ? "1.0.0-M2.1" : version;
  }
}
