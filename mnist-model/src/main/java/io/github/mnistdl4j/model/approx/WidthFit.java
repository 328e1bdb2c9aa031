package io.github.mnistdl4j.model.approx;

/**
 * The outcome of fitting one network of hidden width H. Errors are absolute differences between
 * the network's output and the target, in the target's own units.
 *
 * @param hidden the hidden width H
 * @param activation the hidden layer's activation
 * @param maxAbsError largest absolute error over the evaluation points
 * @param meanAbsError mean absolute error over the evaluation points
 * @param trainingMaxAbsError largest absolute error over the training points
 * @param seconds wall-clock time of the training steps alone, without building the network and
 *     without evaluation
 * @param predictions the network's output at each evaluation point, in the order of
 *     {@link ApproximationResult#evaluation()}; not copied, callers must not change it
 */
public record WidthFit(
    int hidden,
    HiddenActivation activation,
    double maxAbsError,
    double meanAbsError,
    double trainingMaxAbsError,
    double seconds,
    double[] predictions) {}
