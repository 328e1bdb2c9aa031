package io.github.mnistdl4j.model;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * Outcome of one training loop: the loss of each epoch that ran, and where it stopped.
 *
 * @param lossPerEpoch the full-batch loss computed in each epoch's forward pass, before that
 *     epoch's update (what PyTorch code records as {@code loss.item()} before {@code step()});
 *     as long as the number of epochs that ran
 * @param epochsPlanned epochs requested
 * @param nonFiniteEpoch 1-based epoch whose loss was NaN or infinite, where training stopped;
 *     empty when every loss was finite
 * @param seconds wall time of the loop
 */
public record TrainingResult(double[] lossPerEpoch, int epochsPlanned, OptionalInt nonFiniteEpoch,
    double seconds) {

  /** Copies the array so the record stays unchanged. */
  public TrainingResult {
    lossPerEpoch = lossPerEpoch.clone();
  }

  @Override
  public double[] lossPerEpoch() {
    return lossPerEpoch.clone();
  }

  /** Whether every planned epoch ran with a finite loss. */
  public boolean completed() {
    return nonFiniteEpoch.isEmpty() && lossPerEpoch.length == epochsPlanned;
  }

  /** Loss of the last epoch that ran; NaN when none ran. */
  public double finalLoss() {
    return lossPerEpoch.length == 0 ? Double.NaN : lossPerEpoch[lossPerEpoch.length - 1];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TrainingResult that
        && Arrays.equals(lossPerEpoch, that.lossPerEpoch)
        && epochsPlanned == that.epochsPlanned
        && nonFiniteEpoch.equals(that.nonFiniteEpoch)
        && seconds == that.seconds;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(lossPerEpoch) + Integer.hashCode(epochsPlanned);
  }

  @Override
  public String toString() {
    return "TrainingResult[epochs=" + lossPerEpoch.length + "/" + epochsPlanned + ", finalLoss="
        + finalLoss() + ", nonFiniteEpoch=" + nonFiniteEpoch + ", seconds=" + seconds + "]";
  }
}
