package io.github.mnistdl4j.model;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.bytedeco.javacpp.FloatPointer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scatter.ScatterAdd;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A full-batch input that stays the same for many training steps of the first layer, prepared
 * once: its columns that are non-zero in at least one example, followed by a column of ones.
 *
 * <p>A column that is zero in every example (MNIST's border pixels: 144 of 784 for the digits 3
 * and 7) adds exactly zero to {@code x W} and gets a weight gradient of exactly zero, so Adam
 * leaves its weights unchanged; leaving it out changes no result beyond float rounding. The
 * column of ones turns {@code x W + b} into one product with the bias appended to the weights,
 * and its row of {@code x^T delta} is the bias gradient.
 *
 * <p>The copy costs {@code n x (k + 1)} floats while it is held. Not thread-safe: it keeps
 * buffers for the gradient between calls, like the layer that owns it. It is only valid while
 * no caller changes the source array, which is why only {@link Trainer} fixes an input, for the
 * duration of its loop.
 */
final class FixedInput {

  private final INDArray source;
  private final int[] active;
  private final INDArray activeColumns;
  private final INDArray compact;
  private float[] stackedRows;
  private float[] fullGradient;

  private FixedInput(INDArray source, int[] active, INDArray compact) {
    this.source = source;
    this.active = active;
    this.activeColumns = Nd4j.createFromArray(active);
    this.compact = compact;
  }

  /**
   * Prepares {@code features}, a {@code [n, inputs]} matrix in the network's data type. A column
   * containing NaN counts as non-zero, so NaN reaches the output as it would without the copy.
   */
  static FixedInput of(INDArray features, DataType dataType) {
    INDArray source = features.castTo(dataType);
    int[] active = nonZeroColumns(source);
    INDArray compact = Nd4j.createUninitializedDetached(dataType, source.rows(),
        active.length + 1);
    if (active.length > 0) {
      compact.get(NDArrayIndex.all(), NDArrayIndex.interval(0, active.length))
          .assign(source.getColumns(active));
    }
    compact.getColumn(active.length).assign(1);
    return new FixedInput(features, active, compact);
  }

  /**
   * Returns the columns with at least one value that is not zero (NaN is not zero, -0.0 is).
   * Exact on purpose: a column of tiny values still moves its weights, because Adam scales the
   * step by the gradient's own magnitude.
   */
  private static int[] nonZeroColumns(INDArray matrix) {
    INDArray rowMajor = matrix.ordering() == 'c' && matrix.elementWiseStride() == 1
        && matrix.offset() == 0 ? matrix : matrix.dup('c');
    INDArray asFloat = rowMajor.castTo(DataType.FLOAT);
    FloatBuffer values = asFloat.data().asNioFloat();
    int columns = (int) matrix.columns();
    boolean[] nonZero = new boolean[columns];
    for (int i = 0, end = (int) asFloat.length(); i < end; i++) {
      if (values.get(i) != 0f) {
        nonZero[i % columns] = true;
      }
    }
    return IntStream.range(0, columns).filter(column -> nonZero[column]).toArray();
  }

  /** Whether {@code input} is the very array this was prepared from. */
  boolean isFor(INDArray input) {
    return input == source;
  }

  /** Columns of the source that are not zero everywhere. */
  int activeColumnCount() {
    return active.length;
  }

  /**
   * Returns {@code x W + b} as a new row-major {@code [n, outputs]} array of the workspace's
   * activation type.
   */
  INDArray preOutput(INDArray weights, INDArray bias, LayerWorkspaceMgr workspaceMgr) {
    INDArray weightsAndBias = workspaceMgr.createUninitialized(ArrayType.FF_WORKING_MEM,
        weights.dataType(), new long[] {active.length + 1, weights.columns()}, 'c');
    if (active.length > 0) {
      Nd4j.pullRows(weights, weightsAndBias.get(NDArrayIndex.interval(0, active.length),
          NDArrayIndex.all()), 1, active);
    }
    weightsAndBias.getRow(active.length).assign(bias.reshape(bias.length()));
    INDArray z = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, weights.dataType(),
        new long[] {compact.rows(), weights.columns()}, 'c');
    NativeBackend.runMatrixProduct(
        () -> Nd4j.gemm(compact, weightsAndBias, z, false, false, 1.0, 0.0));
    return z;
  }

  /**
   * Writes the weight gradient {@code x^T delta} and the bias gradient (the column sums of
   * {@code delta}) into DL4J's gradient views, with zero rows for the columns left out.
   */
  void gradients(INDArray delta, INDArray weightGradient, INDArray biasGradient,
      LayerWorkspaceMgr workspaceMgr) {
    INDArray stacked = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM,
        weightGradient.dataType(), new long[] {active.length + 1, delta.columns()}, 'c');
    NativeBackend.runMatrixProduct(
        () -> Nd4j.gemm(compact, delta, stacked, true, false, 1.0, 0.0));
    if (isDenseFloat(stacked, 'c') && isDenseFloat(weightGradient, 'f')
        && isDenseFloat(biasGradient, biasGradient.ordering())) {
      scatterRows(stacked, weightGradient, biasGradient);
      return;
    }
    biasGradient.assign(stacked.getRow(active.length).reshape(biasGradient.shape()));
    INDArray zeros = workspaceMgr.create(ArrayType.BP_WORKING_MEM, weightGradient.dataType(),
        weightGradient.shape(), 'c');
    if (active.length == 0) {
      weightGradient.assign(zeros);
      return;
    }
    // scatter_add writes a new array: zeros with the active rows added.
    INDArray full = Nd4j.exec(new ScatterAdd(zeros, activeColumns,
        stacked.get(NDArrayIndex.interval(0, active.length), NDArrayIndex.all())))[0];
    weightGradient.assign(full);
  }

  /**
   * Copies the rows of {@code stacked} to the active rows of the column-major weight gradient and
   * its last row to the bias gradient, through Java arrays: for a {@code 785 x 30} gradient this
   * takes microseconds, where ND4J's scatter and assign operations took about a millisecond.
   */
  private void scatterRows(INDArray stacked, INDArray weightGradient, INDArray biasGradient) {
    int outputs = (int) stacked.columns();
    int inputs = (int) weightGradient.rows();
    if (stackedRows == null || stackedRows.length != stacked.length()) {
      stackedRows = new float[(int) stacked.length()];
    }
    if (fullGradient == null || fullGradient.length != weightGradient.length()) {
      fullGradient = new float[(int) weightGradient.length()];
    }
    floats(stacked).get(stackedRows, 0, stackedRows.length);
    Arrays.fill(fullGradient, 0f);
    for (int row = 0; row < active.length; row++) {
      int input = active[row];
      for (int output = 0; output < outputs; output++) {
        fullGradient[input + output * inputs] = stackedRows[row * outputs + output];
      }
    }
    floats(weightGradient).put(fullGradient, 0, fullGradient.length);
    floats(biasGradient).put(stackedRows, active.length * outputs, outputs);
  }

  /** Checks that {@code array} is float32 with its values one after another in {@code order}. */
  private static boolean isDenseFloat(INDArray array, char order) {
    return array.dataType() == DataType.FLOAT && array.ordering() == order
        && array.elementWiseStride() == 1;
  }

  /**
   * Creates a pointer to the first value of {@code array}, of this call's own. The buffer's
   * address already includes the offset of the buffer's view, so only the difference is added.
   */
  private static FloatPointer floats(INDArray array) {
    return new FloatPointer(array.data().addressPointer())
        .position(array.offset() - array.data().offset());
  }
}
