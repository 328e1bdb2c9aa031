package io.github.mnistdl4j.model.loss;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;

/**
 * Compares each loss's analytic gradient with central differences on a 4-3-1 network in
 * float64, with DL4J's {@link GradientCheckUtil}.
 *
 * <p>The hidden layer uses tanh rather than the product's ReLU, because a ReLU kink within the
 * finite-difference step would fail the check for reasons unrelated to the loss. Outputs stay
 * well inside (0, 1), where the clamped loss and its PyTorch gradient agree exactly.
 */
class LossGradientCheckTest {

  private static final int EXAMPLES = 10;
  private static DataType savedDataType;
  private static DataType savedFloatingPointType;

  @BeforeAll
  static void useDoublePrecision() {
    savedDataType = Nd4j.dataType();
    savedFloatingPointType = Nd4j.defaultFloatingPointType();
    // GradientCheckUtil throws unless the global default data type is float64.
    Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
  }

  @AfterAll
  static void restorePrecision() {
    Nd4j.setDefaultDataTypes(savedDataType, savedFloatingPointType);
  }

  private static MultiLayerNetwork network(LossKind kind) {
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
        .seed(12345)
        .dataType(DataType.DOUBLE)
        .updater(new NoOp())
        .weightInit(WeightInit.XAVIER)
        .list()
        .layer(new DenseLayer.Builder().nIn(4).nOut(3).activation(Activation.TANH).build())
        .layer(new OutputLayer.Builder().nIn(3).nOut(1).activation(Activation.SIGMOID)
            .lossFunction(kind.lossFunction()).build())
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }

  private static INDArray labels() {
    return Nd4j.createFromArray(0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0, 1.0, 1.0, 0.0)
        .reshape(EXAMPLES, 1);
  }

  private static GradientCheckUtil.MLNConfig check(LossKind kind) {
    Nd4j.getRandom().setSeed(42);
    INDArray input = Nd4j.rand(DataType.DOUBLE, EXAMPLES, 4).subi(0.5).muli(4);
    return new GradientCheckUtil.MLNConfig()
        .net(network(kind))
        .input(input)
        .labels(labels())
        .epsilon(1e-6)
        .maxRelError(1e-5)
        .minAbsoluteError(1e-9)
        .print(GradientCheckUtil.PrintMode.FAILURES_ONLY)
        .exitOnFirstError(false);
  }

  @ParameterizedTest
  @EnumSource(LossKind.class)
  void gradientMatchesFiniteDifferences(LossKind kind) {
    assertTrue(GradientCheckUtil.checkGradients(check(kind)),
        kind + ": analytic and numeric gradients differ; the failing parameters are logged");
  }

  @ParameterizedTest
  @EnumSource(LossKind.class)
  void gradientMatchesWithLabelMask(LossKind kind) {
    INDArray mask = Nd4j.createFromArray(1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0, 1.0, 0.0, 1.0)
        .reshape(EXAMPLES, 1);
    assertTrue(GradientCheckUtil.checkGradients(check(kind).labelMask(mask)),
        kind + " with a per-example mask: analytic and numeric gradients differ");
  }
}
