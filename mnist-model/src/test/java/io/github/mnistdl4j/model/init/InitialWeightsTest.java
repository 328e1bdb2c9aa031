package io.github.mnistdl4j.model.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mnistdl4j.model.TorchReference;
import java.nio.file.Path;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Loads case {@code lecture_3v7} of a copy of the PyTorch reference file and checks the network's
 * parameters and output against values read from the same JSON with plain Jackson.
 */
class InitialWeightsTest {

  static final String LECTURE_CASE = "lecture_3v7";

  private static Path referenceFile;
  private static JsonNode lectureWeights;

  @BeforeAll
  static void readReference() {
    referenceFile = TorchReference.file();
    lectureWeights = TorchReference.testCase(LECTURE_CASE).get("initial_weights");
  }

  private static float json(String key, int row, int column) {
    return lectureWeights.get(key).get(row).get(column).floatValue();
  }

  private static float json(String key, int index) {
    return lectureWeights.get(key).get(index).floatValue();
  }

  @Test
  void lectureCaseSizes() {
    InitialWeights weights = InitialWeights.load(referenceFile, LECTURE_CASE);

    assertEquals(784, weights.inputSize());
    assertEquals(30, weights.hiddenSize());
    assertEquals(1, weights.outputSize());
    assertEquals(LECTURE_CASE, weights.caseName());
    assertEquals(referenceFile, weights.file());
  }

  @Test
  void lectureWeightsTransposedIntoNetwork() {
    MultiLayerNetwork net = TestNetworks.dense(784, 30, 1, DataType.FLOAT);
    InitialWeights.load(referenceFile, LECTURE_CASE).apply(net);

    INDArray w = net.getLayer(0).getParam("W");
    assertArrayEquals(new long[] {784, 30}, w.shape());
    int[][] positions = {{0, 0}, {300, 5}, {783, 29}, {100, 17}, {29, 3}};
    for (int[] position : positions) {
      int input = position[0];
      int hidden = position[1];
      assertEquals(json("W1", hidden, input), w.getFloat(input, hidden), 0.0f,
          "DL4J W[" + input + ", " + hidden + "] is PyTorch W1[" + hidden + "][" + input + "]");
    }
    assertNotEquals(json("W1", 3, 29), w.getFloat(3, 29), "W is transposed, not copied as is");

    INDArray b = net.getLayer(0).getParam("b");
    assertArrayEquals(new long[] {30}, b.shape());
    assertEquals(json("b1", 0), b.getFloat(0), 0.0f);
    assertEquals(json("b1", 29), b.getFloat(29), 0.0f);

    INDArray outputW = net.getLayer(1).getParam("W");
    assertArrayEquals(new long[] {30, 1}, outputW.shape());
    assertEquals(json("W2", 0, 0), outputW.getFloat(0, 0), 0.0f);
    assertEquals(json("W2", 0, 17), outputW.getFloat(17, 0), 0.0f);
    assertEquals(json("b2", 0), net.getLayer(1).getParam("b").getFloat(0), 0.0f);
  }

  @Test
  void flattenedParametersFollow() {
    MultiLayerNetwork net = TestNetworks.dense(784, 30, 1, DataType.FLOAT);
    InitialWeights.load(referenceFile, LECTURE_CASE).apply(net);

    double expectedSum = 0;
    for (String key : new String[] {"W1", "b1", "W2", "b2"}) {
      for (JsonNode rowOrValue : lectureWeights.get(key)) {
        if (rowOrValue.isArray()) {
          for (JsonNode value : rowOrValue) {
            expectedSum += value.floatValue();
          }
        } else {
          expectedSum += rowOrValue.floatValue();
        }
      }
    }
    double actualSum = net.params().castTo(DataType.DOUBLE).sumNumber().doubleValue();
    assertEquals(expectedSum, actualSum, 1e-6, "sum of net.params() after apply");
  }

  @Test
  void outputMatchesForwardPassInJava() {
    MultiLayerNetwork net = TestNetworks.dense(784, 30, 1, DataType.FLOAT);
    InitialWeights.load(referenceFile, LECTURE_CASE).apply(net);
    float[] pixels = new float[784];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (i * 37 % 256) / 255f;
    }

    double u2 = json("b2", 0);
    for (int hidden = 0; hidden < 30; hidden++) {
      double u1 = json("b1", hidden);
      for (int input = 0; input < 784; input++) {
        u1 += (double) json("W1", hidden, input) * pixels[input];
      }
      u2 += json("W2", 0, hidden) * Math.max(0.0, u1);
    }
    double expected = 1.0 / (1.0 + Math.exp(-u2));

    double actual = net.output(Nd4j.create(pixels, new long[] {1, 784}, 'c')).getDouble(0, 0);
    assertEquals(expected, actual, 1e-5, "sigmoid(W2 relu(W1 x + b1) + b2), u2 = " + u2);
  }

  @Test
  void float64NetworkGetsExactValues() {
    MultiLayerNetwork net = TestNetworks.dense(784, 30, 1, DataType.DOUBLE);
    InitialWeights.load(referenceFile, LECTURE_CASE).apply(net);

    INDArray w = net.getLayer(0).getParam("W");
    assertEquals(DataType.DOUBLE, w.dataType());
    assertEquals(lectureWeights.get("W1").get(5).get(300).doubleValue(), w.getDouble(300, 5), 0.0);
  }

  @Test
  void everyReferenceCaseLoads() {
    String[] cases = {"lecture_3v7", "homework2_0v1_raw", "homework3_0v1_raw_naive",
        "homework4_0v1_scaled_naive", "saturation_0v1_seed9"};
    int[] hiddenSizes = {30, 64, 64, 64, 64};
    for (int i = 0; i < cases.length; i++) {
      InitialWeights weights = InitialWeights.load(referenceFile, cases[i]);
      assertEquals(hiddenSizes[i], weights.hiddenSize(), cases[i]);
      assertEquals(784, weights.inputSize(), cases[i]);
    }
  }
}
