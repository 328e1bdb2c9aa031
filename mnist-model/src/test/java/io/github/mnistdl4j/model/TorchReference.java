package io.github.mnistdl4j.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The copy of PyTorch's reference numbers in the test resources: initial weights, losses and
 * output pre-activations that PyTorch 1.13 computed for the lecture's cases on real MNIST.
 * Non-finite numbers are stored as the strings {@code "nan"} and {@code "inf"}.
 */
public final class TorchReference {

  private TorchReference() {}

  /** Returns the path of the reference file in the test classes folder. */
  public static Path file() {
    try {
      return Path.of(TorchReference.class.getResource("/torch_reference.json").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the case named {@code name}, failing if the file has none. */
  public static JsonNode testCase(String name) {
    try {
      for (JsonNode candidate : new ObjectMapper().readTree(file().toFile()).get("cases")) {
        if (candidate.get("name").asText().equals(name)) {
          return candidate;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException("No case " + name + " in " + file());
  }

  /** Returns a number of the reference, reading {@code "nan"} and {@code "inf"} as doubles. */
  public static double number(JsonNode node) {
    if (node.isNumber()) {
      return node.doubleValue();
    }
    return switch (node.asText()) {
      case "nan" -> Double.NaN;
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      default -> throw new IllegalArgumentException("Not a reference number: " + node);
    };
  }
}
