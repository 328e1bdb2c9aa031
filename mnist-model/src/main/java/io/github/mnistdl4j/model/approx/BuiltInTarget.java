package io.github.mnistdl4j.model.approx;

import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The functions that the lecture fits, each on a closed interval or square.
 *
 * <p>Training points form a regular grid that includes the interval's ends. Evaluation points are
 * the midpoints of a finer grid of cells ({@value #MIN_EVALUATION_POINTS} cells or five times the
 * training points per axis, whichever is more), so no evaluation point is a training point.
 */
public enum BuiltInTarget implements Target {

  /** sin(2 pi x) on [0, 1]: one full period. */
  SIN(0, 1, 1, x -> Math.sin(2 * Math.PI * x[0])),

  /** |x| on [-1, 1]: one kink at 0. */
  ABS(-1, 1, 1, x -> Math.abs(x[0])),

  /**
   * A broken line with three knots on [-1, 1]: 0 up to -0.5, rising to 0.5 at 0, falling to 0 at
   * 0.5, then 0. It equals relu(x + 0.5) - 2 relu(x) + relu(x - 0.5).
   */
  BENT(-1, 1, 1, x -> Math.max(0, 0.5 - Math.abs(x[0]))),

  /** The steep logistic 1 / (1 + e^(-50 x)) on [-1, 1]: a near-jump from 0 to 1 at 0. */
  STEP(-1, 1, 1, x -> 1 / (1 + Math.exp(-BuiltInTarget.STEP_STEEPNESS * x[0]))),

  /** x1 * x2 on the square [-1, 1]^2, a function of two inputs. */
  SADDLE(-1, 1, 2, x -> x[0] * x[1]);

  /** Minimum number of evaluation points per axis of a two-input target. */
  public static final int MIN_EVALUATION_POINTS_PER_AXIS = 100;

  /** Minimum number of evaluation points of a one-input target. */
  public static final int MIN_EVALUATION_POINTS = 1000;

  /** Slope factor of {@link #STEP}: the rise from 0.1 to 0.9 takes about 0.09 in x. */
  static final double STEP_STEEPNESS = 50;

  private final double low;
  private final double high;
  private final int inputCount;
  private final ToDoubleFunction<double[]> function;

  BuiltInTarget(double low, double high, int inputCount, ToDoubleFunction<double[]> function) {
    this.low = low;
    this.high = high;
    this.inputCount = inputCount;
    this.function = function;
  }

  /** Returns the name users type: sin, abs, bent, step or saddle. */
  @Override
  public String displayName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Lower end of the interval, the same for every input. */
  public double low() {
    return low;
  }

  /** Upper end of the interval, the same for every input. */
  public double high() {
    return high;
  }

  @Override
  public int inputCount() {
    return inputCount;
  }

  /** Computes the function's value at {@code x}, which contains {@link #inputCount()} values. */
  public double valueAt(double... x) {
    return function.applyAsDouble(x);
  }

  @Override
  public Samples trainingSamples(int points) {
    double[] axis = endpointGrid(trainingPointsPerAxis(points));
    return sample(axis);
  }

  @Override
  public Samples evaluationSamples(int points) {
    int perAxis = trainingPointsPerAxis(points);
    int minimum = inputCount == 1 ? MIN_EVALUATION_POINTS : MIN_EVALUATION_POINTS_PER_AXIS;
    return sample(midpointGrid(Math.max(minimum, 5 * perAxis)));
  }

  @Override
  public boolean evaluatedOnTrainingPoints() {
    return false;
  }

  @Override
  public boolean rescaled() {
    return false;
  }

  /** Training points per axis: {@code points} for one input, ceil(sqrt(points)) for two. */
  public int trainingPointsPerAxis(int points) {
    return inputCount == 1 ? points : (int) Math.ceil(Math.sqrt(points));
  }

  /**
   * Finds the built-in target with this name, ignoring case and surrounding spaces.
   *
   * @return empty when no built-in target has the name
   */
  public static Optional<BuiltInTarget> find(String name) {
    for (BuiltInTarget target : values()) {
      if (target.displayName().equalsIgnoreCase(name.strip())) {
        return Optional.of(target);
      }
    }
    return Optional.empty();
  }

  /** Returns {@code count} evenly spaced values from low to high, both ends included. */
  private double[] endpointGrid(int count) {
    double[] axis = new double[count];
    for (int i = 0; i < count; i++) {
      axis[i] = low + (high - low) * i / (count - 1);
    }
    return axis;
  }

  /** Returns the midpoints of {@code count} equal cells between low and high. */
  private double[] midpointGrid(int count) {
    double[] axis = new double[count];
    for (int i = 0; i < count; i++) {
      axis[i] = low + (high - low) * (i + 0.5) / count;
    }
    return axis;
  }

  /** Samples the function on the grid {@code axis}, or on {@code axis x axis} for two inputs. */
  private Samples sample(double[] axis) {
    int size = inputCount == 1 ? axis.length : axis.length * axis.length;
    double[][] inputs = new double[size][];
    double[] outputs = new double[size];
    for (int i = 0; i < size; i++) {
      inputs[i] = inputCount == 1
          ? new double[] {axis[i]}
          : new double[] {axis[i / axis.length], axis[i % axis.length]};
      outputs[i] = function.applyAsDouble(inputs[i]);
    }
    return new Samples(inputs, outputs);
  }
}
