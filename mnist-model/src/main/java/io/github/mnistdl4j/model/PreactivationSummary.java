package io.github.mnistdl4j.model;

/**
 * How large the output layer's pre-activation {@code u2 = v1 W2 + b2} is over a set of examples,
 * and what that does to the sigmoid and the textbook cross-entropy.
 *
 * @param examples number of examples
 * @param meanAbs mean of |u2|
 * @param maxAbs maximum of |u2|
 * @param saturatedFraction fraction of examples whose float32 sigmoid(u2) is exactly 1.0 or 0.0
 * @param naiveLossNonFinite examples whose per-example loss by the textbook formula
 *     {@code -(y log yhat + (1 - y) log(1 - yhat))} is infinite or NaN
 */
public record PreactivationSummary(long examples, double meanAbs, double maxAbs,
    double saturatedFraction, long naiveLossNonFinite) {}
