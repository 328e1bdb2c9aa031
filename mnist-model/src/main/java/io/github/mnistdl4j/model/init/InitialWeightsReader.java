package io.github.mnistdl4j.model.init;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one case of an initial-weights JSON file and validates every value and shape on the
 * way, so that {@link InitialWeights} only ever contains finite numbers in consistent shapes.
 */
final class InitialWeightsReader {

  static final String CASES = "cases";
  static final String NAME = "name";
  static final String WEIGHTS = "initial_weights";

  private static final int MAX_SHOWN_VALUE_LENGTH = 40;

  // NaN and Infinity tokens are read so that the error can name them as non-finite values
  // rather than report a syntax error at their position.
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private final Path file;
  private final String caseName;

  private InitialWeightsReader(Path file, String caseName) {
    this.file = file;
    this.caseName = caseName;
  }

  /** Reads the case {@code caseName} of {@code file}. */
  static InitialWeights read(Path file, String caseName) {
    InitialWeightsReader reader = new InitialWeightsReader(file, caseName);
    JsonNode weights = reader.findCase(reader.parse()).get(WEIGHTS);
    if (weights == null || !weights.isObject()) {
      throw reader.invalid("field.missing", WEIGHTS);
    }

    double[][] hiddenWeights = reader.matrix(weights, "W1");
    double[] hiddenBias = reader.vector(weights, "b1");
    double[][] outputWeights = reader.matrix(weights, "W2");
    double[] outputBias = reader.vector(weights, "b2");
    reader.checkConsistentShapes(hiddenWeights, hiddenBias, outputWeights, outputBias);
    return new InitialWeights(file, caseName, hiddenWeights, hiddenBias, outputWeights,
        outputBias);
  }

  private JsonNode parse() {
    if (!Files.exists(file)) {
      throw new InvalidInitialWeightsException("file.missing", file);
    }
    if (!Files.isRegularFile(file)) {
      throw new InvalidInitialWeightsException("file.notFile", file);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      long line = location == null ? 0 : location.getLineNr();
      long column = location == null ? 0 : location.getColumnNr();
      // Strings, so that MessageFormat does not group the digits of a line number.
      throw new InvalidInitialWeightsException(e, "file.notJson", file, String.valueOf(line),
          String.valueOf(column), e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidInitialWeightsException(e, "file.unreadable", file, String.valueOf(e));
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidInitialWeightsException("file.empty", file);
    }
    return root;
  }

  private JsonNode findCase(JsonNode root) {
    JsonNode cases = root.get(CASES);
    if (!root.isObject() || cases == null || !cases.isArray()) {
      throw new InvalidInitialWeightsException("file.noCases", file);
    }
    List<String> names = new ArrayList<>();
    for (JsonNode candidate : cases) {
      JsonNode name = candidate.get(NAME);
      if (name != null && name.isTextual()) {
        if (name.textValue().equals(caseName)) {
          return candidate;
        }
        names.add(name.textValue());
      }
    }
    if (names.isEmpty()) {
      throw new InvalidInitialWeightsException("case.none", file, caseName);
    }
    throw new InvalidInitialWeightsException("case.unknown", file, caseName,
        String.join(", ", names));
  }

  private double[][] matrix(JsonNode weights, String key) {
    JsonNode node = weights.get(key);
    String path = WEIGHTS + "." + key;
    if (node == null) {
      throw invalid("field.missing", path);
    }
    if (!node.isArray() || node.isEmpty()) {
      throw invalid("value.notMatrix", path, describe(node));
    }
    double[][] rows = new double[node.size()][];
    for (int row = 0; row < rows.length; row++) {
      JsonNode rowNode = node.get(row);
      if (!rowNode.isArray()) {
        throw invalid("value.notVector", path + "[" + row + "]", describe(rowNode));
      }
      if (rowNode.size() != node.get(0).size()) {
        throw invalid("shape.ragged", path, row, rowNode.size(), node.get(0).size());
      }
      rows[row] = numbers(rowNode, path + "[" + row + "]");
    }
    return rows;
  }

  private double[] vector(JsonNode weights, String key) {
    JsonNode node = weights.get(key);
    String path = WEIGHTS + "." + key;
    if (node == null) {
      throw invalid("field.missing", path);
    }
    if (!node.isArray() || node.isEmpty()) {
      throw invalid("value.notVector", path, describe(node));
    }
    return numbers(node, path);
  }

  private double[] numbers(JsonNode array, String path) {
    if (array.isEmpty()) {
      throw invalid("value.notVector", path, describe(array));
    }
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode value = array.get(i);
      // The weights are float32 in PyTorch and the network is usually float32 too, so a value
      // outside the float32 range would turn into inf when it is set.
      if (!value.isNumber() || !Double.isFinite(value.doubleValue())
          || Math.abs(value.doubleValue()) > Float.MAX_VALUE) {
        throw invalid("value.notNumber", path + "[" + i + "]", describe(value));
      }
      values[i] = value.doubleValue();
    }
    return values;
  }

  private void checkConsistentShapes(double[][] hiddenWeights, double[] hiddenBias,
      double[][] outputWeights, double[] outputBias) {
    int hidden = hiddenWeights.length;
    boolean consistent = hiddenBias.length == hidden
        && outputWeights[0].length == hidden
        && outputBias.length == outputWeights.length;
    if (!consistent) {
      throw invalid("shape.inconsistent", shape(hiddenWeights), shape(hiddenBias),
          shape(outputWeights), shape(outputBias));
    }
  }

  /** Formats the PyTorch-style shape of a matrix, such as {@code [30][784]}. */
  static String shape(double[][] matrix) {
    return "[" + matrix.length + "][" + matrix[0].length + "]";
  }

  static String shape(double[] vector) {
    return "[" + vector.length + "]";
  }

  /** Returns the JSON text of a value, cut after a few dozen characters. */
  private static String describe(JsonNode node) {
    // Jackson writes NaN and Infinity as quoted strings, which would hide that they were numbers.
    String text = node.isNumber() ? String.valueOf(node.doubleValue()) : node.toString();
    return text.length() <= MAX_SHOWN_VALUE_LENGTH
        ? text : text.substring(0, MAX_SHOWN_VALUE_LENGTH) + "...";
  }

  /** Creates an exception whose first two message arguments are the file and the case. */
  private InvalidInitialWeightsException invalid(String key, Object... details) {
    Object[] arguments = new Object[details.length + 2];
    arguments[0] = file;
    arguments[1] = caseName;
    System.arraycopy(details, 0, arguments, 2, details.length);
    return new InvalidInitialWeightsException(key, arguments);
  }
}
