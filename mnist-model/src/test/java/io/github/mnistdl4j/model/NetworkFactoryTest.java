package io.github.mnistdl4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.data.InvalidSettingException;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;

class NetworkFactoryTest {

  private static final NetworkSettings LECTURE = new NetworkSettings(30, 0.001, 43052);

  @Test
  void lectureShape() {
    MultiLayerNetwork network = NetworkFactory.build(LECTURE);

    assertEquals(2, network.getnLayers());
    assertArrayEquals(new long[] {784, 30}, network.getLayer(0).getParam("W").shape());
    assertArrayEquals(new long[] {30, 1}, network.getLayer(1).getParam("W").shape());
    assertEquals(784 * 30 + 30 + 30 + 1, network.numParams());
    assertEquals(DataType.FLOAT, network.params().dataType());
  }

  @Test
  void activationsLossAndUpdater() {
    MultiLayerNetwork network = NetworkFactory.build(LECTURE);

    DenseLayer hidden = assertInstanceOf(DenseLayer.class, network.getLayer(0).conf().getLayer());
    OutputLayer output = assertInstanceOf(OutputLayer.class,
        network.getLayer(1).conf().getLayer());
    assertInstanceOf(ActivationReLU.class, hidden.getActivationFn());
    assertInstanceOf(ActivationSigmoid.class, output.getActivationFn());
    assertInstanceOf(LossBinaryXENT.class, output.getLossFn());
    Adam adam = assertInstanceOf(Adam.class, ((BaseLayer) output).getIUpdater());
    assertEquals(0.001, adam.getLearningRate());
  }

  @Test
  void initialWeightsFollowTorchBounds() {
    MultiLayerNetwork network = NetworkFactory.build(LECTURE);

    double hiddenBound = 1 / Math.sqrt(784);
    double outputBound = 1 / Math.sqrt(30);
    assertTrue(network.getLayer(0).getParam("W").amaxNumber().doubleValue() <= hiddenBound);
    assertTrue(network.getLayer(0).getParam("b").amaxNumber().doubleValue() <= hiddenBound);
    assertTrue(network.getLayer(1).getParam("W").amaxNumber().doubleValue() <= outputBound);
    assertTrue(network.getLayer(0).getParam("W").amaxNumber().doubleValue() > hiddenBound * 0.9,
        "weights should spread over the whole interval");
  }

  @Test
  void sameSeedSameWeights() {
    assertEquals(NetworkFactory.build(LECTURE).params(), NetworkFactory.build(LECTURE).params());
    assertNotEquals(NetworkFactory.build(LECTURE).params(),
        NetworkFactory.build(new NetworkSettings(30, 0.001, 43053)).params());
  }

  @Test
  void invalidSettingsFail() {
    assertEquals("hidden.invalid", assertThrows(InvalidSettingException.class,
        () -> new NetworkSettings(0, 0.001, 1)).messageKey());
    assertEquals("learningRate.invalid", assertThrows(InvalidSettingException.class,
        () -> new NetworkSettings(4, -1, 1)).messageKey());
    assertEquals("learningRate.invalid", assertThrows(InvalidSettingException.class,
        () -> new NetworkSettings(4, Double.NaN, 1)).messageKey());
    assertEquals("seed.zero", assertThrows(InvalidSettingException.class,
        () -> new NetworkSettings(4, 0.1, 0)).messageKey());
  }
}
