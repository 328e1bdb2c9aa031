package io.github.mnistdl4j.model.init;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** Networks of the lecture's form, inputs-hidden(ReLU)-outputs(sigmoid), built for the tests. */
final class TestNetworks {

  private TestNetworks() {}

  static MultiLayerNetwork dense(int inputs, int hidden, int outputs, DataType type) {
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
        .seed(1)
        .dataType(type)
        .updater(new Adam(0.001))
        .list()
        .layer(new DenseLayer.Builder().nIn(inputs).nOut(hidden).activation(Activation.RELU)
            .build())
        .layer(new OutputLayer.Builder().nIn(hidden).nOut(outputs)
            .activation(Activation.SIGMOID).lossFunction(LossFunction.XENT).build())
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }
}
