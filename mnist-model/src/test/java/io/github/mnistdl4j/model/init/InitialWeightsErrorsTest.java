package io.github.mnistdl4j.model.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.model.TorchReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** One malformed file or mismatched network per test, each with its one-line message. */
class InitialWeightsErrorsTest {

  /** A 2-3-1 network's weights; the tests break one part of it at a time. */
  private static final String TINY = """
      {"meta": {"note": "ignored"},
       "cases": [
        {"name": "other", "initial_weights": {}},
        {"name": "tiny",
         "initial_weights": {
           "W1": [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]],
           "b1": [0.01, 0.02, 0.03],
           "W2": [[0.7, 0.8, 0.9]],
           "b2": [0.05]}}]}
      """;

  @TempDir
  Path folder;

  private Path write(String content) throws IOException {
    Path file = folder.resolve("weights.json");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private InvalidInitialWeightsException loadFails(String content, String caseName)
      throws IOException {
    Path file = write(content);
    return assertThrows(InvalidInitialWeightsException.class,
        () -> InitialWeights.load(file, caseName));
  }

  private static void assertOneLine(String message) {
    assertFalse(message.contains("\n"), "one line: " + message);
  }

  @Test
  void tinyCaseLoadsAndApplies() throws IOException {
    MultiLayerNetwork net = TestNetworks.dense(2, 3, 1, DataType.FLOAT);
    InitialWeights.load(write(TINY), "tiny").apply(net);

    assertEquals(0.3f, net.getLayer(0).getParam("W").getFloat(0, 1), 0.0f, "W1[1][0]");
    assertEquals(0.2f, net.getLayer(0).getParam("W").getFloat(1, 0), 0.0f, "W1[0][1]");
    assertEquals(0.9f, net.getLayer(1).getParam("W").getFloat(2, 0), 0.0f, "W2[0][2]");
  }

  @Test
  void missingFile() {
    Path file = folder.resolve("absent.json");
    InvalidInitialWeightsException e = assertThrows(InvalidInitialWeightsException.class,
        () -> InitialWeights.load(file, "tiny"));

    assertEquals("file.missing", e.messageKey());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("--init"), e.getMessage());
  }

  @Test
  void folderInsteadOfFile() {
    InvalidInitialWeightsException e = assertThrows(InvalidInitialWeightsException.class,
        () -> InitialWeights.load(folder, "tiny"));
    assertEquals("file.notFile", e.messageKey());
  }

  @Test
  void emptyFile() throws IOException {
    InvalidInitialWeightsException e = loadFails("", "tiny");
    assertEquals("file.empty", e.messageKey());
  }

  @Test
  void notJson() throws IOException {
    InvalidInitialWeightsException e = loadFails("{\"cases\": [\n  {name: 1}]}", "tiny");

    assertEquals("file.notJson", e.messageKey());
    assertTrue(e.getMessage().contains("line 2, column 4"), e.getMessage());
    assertOneLine(e.getMessage());
  }

  @Test
  void trailingGarbageIsNotJson() throws IOException {
    InvalidInitialWeightsException e = loadFails(TINY + "}", "tiny");
    assertEquals("file.notJson", e.messageKey());
  }

  @Test
  void noCasesArray() throws IOException {
    assertEquals("file.noCases", loadFails("{\"meta\": {}}", "tiny").messageKey());
    assertEquals("file.noCases", loadFails("[1, 2]", "tiny").messageKey());
    assertEquals("file.noCases", loadFails("{\"cases\": {}}", "tiny").messageKey());
  }

  @Test
  void noNamedCase() throws IOException {
    assertEquals("case.none", loadFails("{\"cases\": []}", "tiny").messageKey());
  }

  @Test
  void unknownCaseListsAvailableNames() {
    Path reference = TorchReference.file();
    InvalidInitialWeightsException e = assertThrows(InvalidInitialWeightsException.class,
        () -> InitialWeights.load(reference, "lecture_3v8"));

    assertEquals("case.unknown", e.messageKey());
    assertEquals("Case \"lecture_3v8\" not found in " + reference + ". Available cases:"
        + " lecture_3v7, homework2_0v1_raw, homework3_0v1_raw_naive,"
        + " homework4_0v1_scaled_naive, saturation_0v1_seed9.", e.getMessage());
  }

  @Test
  void caseWithoutWeights() throws IOException {
    InvalidInitialWeightsException e = loadFails(TINY, "other");
    assertEquals("field.missing", e.messageKey());
    assertTrue(e.getMessage().contains("initial_weights"), e.getMessage());
  }

  @Test
  void missingBias() throws IOException {
    InvalidInitialWeightsException e = loadFails(TINY.replace("\"b2\": [0.05]", "\"c2\": [0.05]"),
        "tiny");
    assertEquals("field.missing", e.messageKey());
    assertTrue(e.getMessage().contains("initial_weights.b2"), e.getMessage());
  }

  @Test
  void nonNumericValues() throws IOException {
    String[][] replacements = {
        {"0.3, 0.4", "\"nan\", 0.4", "initial_weights.W1[1][0]", "\"nan\""},
        {"0.3, 0.4", "NaN, 0.4", "initial_weights.W1[1][0]", "NaN"},
        {"0.3, 0.4", "0.3, -Infinity", "initial_weights.W1[1][1]", "-Infinity"},
        {"0.3, 0.4", "0.3, 1e39", "initial_weights.W1[1][1]", "1.0E39"},
        {"0.01, 0.02", "0.01, null", "initial_weights.b1[1]", "null"},
        {"[0.05]", "[true]", "initial_weights.b2[0]", "true"},
        {"[0.05]", "[[0.05]]", "initial_weights.b2[0]", "[0.05]"},
    };
    for (String[] replacement : replacements) {
      InvalidInitialWeightsException e = loadFails(TINY.replace(replacement[0], replacement[1]),
          "tiny");
      assertEquals("value.notNumber", e.messageKey(), replacement[1]);
      assertTrue(e.getMessage().contains(replacement[2] + " in "), e.getMessage());
      assertTrue(e.getMessage().endsWith("found " + replacement[3] + "."), e.getMessage());
    }
  }

  @Test
  void matrixThatIsNotAnArrayOfRows() throws IOException {
    InvalidInitialWeightsException notArray = loadFails(
        TINY.replace("[[0.7, 0.8, 0.9]]", "\"weights\""), "tiny");
    assertEquals("value.notMatrix", notArray.messageKey());
    assertTrue(notArray.getMessage().contains("found \"weights\""), notArray.getMessage());

    InvalidInitialWeightsException flat = loadFails(
        TINY.replace("[[0.7, 0.8, 0.9]]", "[0.7, 0.8, 0.9]"), "tiny");
    assertEquals("value.notVector", flat.messageKey());
    assertTrue(flat.getMessage().contains("initial_weights.W2[0] in"), flat.getMessage());

    InvalidInitialWeightsException empty = loadFails(
        TINY.replace("[[0.7, 0.8, 0.9]]", "[[]]"), "tiny");
    assertEquals("value.notVector", empty.messageKey());
  }

  @Test
  void raggedRows() throws IOException {
    InvalidInitialWeightsException e = loadFails(TINY.replace("[0.5, 0.6]", "[0.5]"), "tiny");

    assertEquals("shape.ragged", e.messageKey());
    assertTrue(e.getMessage().contains("row 2 has 1 values, but row 0 has 2"), e.getMessage());
  }

  @Test
  void inconsistentShapes() throws IOException {
    InvalidInitialWeightsException e = loadFails(
        TINY.replace("[0.01, 0.02, 0.03]", "[0.01, 0.02]"), "tiny");

    assertEquals("shape.inconsistent", e.messageKey());
    assertTrue(e.getMessage().contains("W1 [3][2], b1 [2], W2 [1][3], b2 [1]"), e.getMessage());
  }

  @Test
  void hiddenSizeMismatchNamesShapes() {
    MultiLayerNetwork net = TestNetworks.dense(784, 64, 1, DataType.FLOAT);
    InitialWeights weights = InitialWeights.load(TorchReference.file(),
        InitialWeightsTest.LECTURE_CASE);
    InvalidInitialWeightsException e = assertThrows(InvalidInitialWeightsException.class,
        () -> weights.apply(net));

    assertEquals("network.shape", e.messageKey());
    assertTrue(e.getMessage().contains("case \"lecture_3v7\""), e.getMessage());
    assertTrue(e.getMessage().contains("W1 is [30][784] in the file, which is [784, 30] in DL4J's"
        + " layout, but parameter W of layer 0 is [784, 64]"), e.getMessage());
    assertTrue(e.getMessage().endsWith("784-30-1 network: set --hidden 30 or choose another"
        + " case."), e.getMessage());
  }

  @Test
  void failedApplyLeavesNetworkUnchanged() throws IOException {
    MultiLayerNetwork net = TestNetworks.dense(2, 3, 2, DataType.FLOAT);
    INDArray before = net.params().dup();
    InitialWeights weights = InitialWeights.load(write(TINY), "tiny");
    InvalidInitialWeightsException e = assertThrows(InvalidInitialWeightsException.class,
        () -> weights.apply(net));

    assertTrue(e.getMessage().contains("parameter W of layer 1 is [3, 2]"), e.getMessage());
    assertEquals(before, net.params(), "layer 0 fits, but nothing may be set");
  }

  @Test
  void networkWithThreeLayers() throws IOException {
    MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
        .list()
        .layer(new DenseLayer.Builder().nIn(2).nOut(3).activation(Activation.RELU).build())
        .layer(new DenseLayer.Builder().nIn(3).nOut(3).activation(Activation.RELU).build())
        .layer(new OutputLayer.Builder().nIn(3).nOut(1).activation(Activation.SIGMOID)
            .lossFunction(LossFunction.XENT).build())
        .build());
    net.init();
    InitialWeights weights = InitialWeights.load(write(TINY), "tiny");

    InvalidInitialWeightsException e = assertThrows(InvalidInitialWeightsException.class,
        () -> weights.apply(net));
    assertEquals("network.layers", e.messageKey());
    assertTrue(e.getMessage().endsWith("but the network has 3 layers."), e.getMessage());
  }

  @Test
  void uninitializedNetwork() throws IOException {
    MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
        .list()
        .layer(new DenseLayer.Builder().nIn(2).nOut(3).build())
        .layer(new OutputLayer.Builder().nIn(3).nOut(1).activation(Activation.SIGMOID)
            .lossFunction(LossFunction.XENT).build())
        .build());
    InitialWeights weights = InitialWeights.load(write(TINY), "tiny");

    assertThrows(IllegalArgumentException.class, () -> weights.apply(net));
  }

  @Test
  void koreanMessage() throws IOException {
    InvalidInitialWeightsException e = loadFails(TINY, "tiny2");
    String korean = e.localizedMessage(Locale.KOREAN);

    assertTrue(korean.contains("케이스 \"tiny2\"을(를) 찾을 수 없습니다"), korean);
    assertTrue(korean.contains("other, tiny"), korean);
  }

  @Test
  void bundlesHaveTheSameKeys() throws IOException {
    Properties english = bundle("messages.properties");
    Properties korean = bundle("messages_ko.properties");
    assertEquals(english.keySet(), korean.keySet());
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = InvalidInitialWeightsException.class.getResourceAsStream(name)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
