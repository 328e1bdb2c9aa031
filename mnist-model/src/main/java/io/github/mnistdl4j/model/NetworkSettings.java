package io.github.mnistdl4j.model;

import io.github.mnistdl4j.data.InvalidSettingException;

/**
 * Shape and optimiser settings of the 784 -> hidden (ReLU) -> 1 (sigmoid) network.
 *
 * @param hidden units in the hidden layer, at least 1
 * @param learningRate Adam's learning rate, positive and finite
 * @param seed seed of the initial weights; must not be 0, which some DL4J paths read as
 *     "unseeded"
 */
public record NetworkSettings(int hidden, double learningRate, long seed) {

  /** Validates the settings. */
  public NetworkSettings {
    if (hidden < 1) {
      throw new InvalidSettingException("hidden.invalid", hidden);
    }
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new InvalidSettingException("learningRate.invalid", String.valueOf(learningRate));
    }
    if (seed == 0) {
      throw new InvalidSettingException("seed.zero");
    }
  }
}
