package io.github.mnistdl4j.model.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/** Checks that a network with each loss survives DL4J's JSON configuration and model files. */
class LossSerializationTest {

  @TempDir
  Path folder;

  private static MultiLayerConfiguration configuration(LossKind kind) {
    return new NeuralNetConfiguration.Builder()
        .seed(7)
        .updater(new Adam(0.001))
        .list()
        .layer(new DenseLayer.Builder().nIn(5).nOut(3).activation(Activation.RELU).build())
        .layer(new OutputLayer.Builder().nIn(3).nOut(1).activation(Activation.SIGMOID)
            .lossFunction(kind.lossFunction()).build())
        .build();
  }

  private static ILossFunction lossOf(MultiLayerNetwork net) {
    return ((OutputLayer) net.getLayerWiseConfigurations().getConf(1).getLayer()).getLossFn();
  }

  @ParameterizedTest
  @EnumSource(LossKind.class)
  void configurationJsonRoundTrip(LossKind kind) {
    MultiLayerConfiguration conf = configuration(kind);
    String json = conf.toJson();
    MultiLayerConfiguration restored = MultiLayerConfiguration.fromJson(json);

    assertTrue(json.contains(kind.lossFunction().getClass().getName()),
        "the JSON names the loss class: " + json);
    assertEquals(conf, restored);
    ILossFunction loss = ((OutputLayer) restored.getConf(1).getLayer()).getLossFn();
    assertEquals(kind.lossFunction(), loss);
  }

  @ParameterizedTest
  @EnumSource(LossKind.class)
  void modelFileRoundTrip(LossKind kind) throws IOException {
    MultiLayerNetwork net = new MultiLayerNetwork(configuration(kind));
    net.init();
    Nd4j.getRandom().setSeed(3);
    INDArray input = Nd4j.rand(DataType.FLOAT, 4, 5);
    INDArray labels = Nd4j.createFromArray(0f, 1f, 1f, 0f).reshape(4, 1);
    net.fit(input, labels);

    File file = folder.resolve(kind.optionValue() + ".zip").toFile();
    ModelSerializer.writeModel(net, file, true);
    MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(file, true);

    assertEquals(kind.lossFunction(), lossOf(restored));
    assertEquals(net.params(), restored.params());
    assertEquals(net.output(input), restored.output(input));
    assertEquals(net.score(new org.nd4j.linalg.dataset.DataSet(input, labels)),
        restored.score(new org.nd4j.linalg.dataset.DataSet(input, labels)), 0.0);
  }
}
