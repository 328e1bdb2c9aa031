package io.github.mnistdl4j.model.predict;

/**
 * The classifier's answer for one image.
 *
 * @param digit the predicted digit: the pair's second digit when {@code probability} is above the
 *     model's threshold (0.5), else the first digit, also for a NaN probability
 * @param probability the network's sigmoid output, the probability that the image shows the
 *     pair's second digit (label 1); in 0..1, held as the float32 value the network computed
 */
public record Prediction(int digit, double probability) {}
