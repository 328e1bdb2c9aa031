package io.github.mnistdl4j.model;

import io.github.mnistdl4j.data.PairData;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * The outcome of one training run on a digit pair: the trained network, the data it saw and every
 * number the lecture reports about it.
 *
 * @param settings the run's settings
 * @param training training split, scaled by {@code settings.scale()}
 * @param testing testing split, scaled the same way
 * @param result loss per epoch and timing
 * @param trainEvaluation accuracy and confusion counts on the training split
 * @param testEvaluation accuracy and confusion counts on the testing split
 * @param preactivationRaw u2 of the trained network on raw 0..255 training pixels
 * @param preactivationUnit u2 of the trained network on the same pixels divided by 255
 * @param loadSeconds time spent reading both splits
 * @param network the trained network; not thread-safe
 */
public record TrainRun(
    TrainSettings settings,
    PairData training,
    PairData testing,
    TrainingResult result,
    BinaryEvaluation trainEvaluation,
    BinaryEvaluation testEvaluation,
    PreactivationSummary preactivationRaw,
    PreactivationSummary preactivationUnit,
    double loadSeconds,
    MultiLayerNetwork network) {}
