package io.github.mnistdl4j.model.predict;

/**
 * The classifier's result for one image.
 *
 * @param digit the predicted digit: the pair's second digit when {@code probability} is above the
 *     model's threshold (0.5), else the first digit, also for a NaN probability
 * @param probability the network's sigmoid output, the probability that the image shows the
 *     pair's second digit (label 1). It is in 0..1 and keeps the float32 value of the network.
 */
public record Prediction(int digit, double probability) {}
