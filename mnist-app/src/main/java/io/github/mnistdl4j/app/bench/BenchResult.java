package io.github.mnistdl4j.app.bench;

import io.github.mnistdl4j.model.NativeBackend;

/**
 * The numbers of one benchmark run. Times are wall-clock seconds.
 *
 * @param settings what was run
 * @param backend the native backend that ran it, with the thread count in use
 * @param startupSeconds from JVM start until the natives were loaded and the timed part began
 * @param loadSeconds listing and decoding the training images into one array
 * @param trainSeconds all epochs of full-batch training
 * @param examples training images loaded
 * @param finalLoss loss of the last epoch
 * @param trainAccuracy accuracy on the training images after training
 * @param peakRssMegabytes the process's peak resident memory (VmHWM), or -1 where the system
 *     does not report it
 */
public record BenchResult(BenchSettings settings, NativeBackend.Description backend,
    double startupSeconds, double loadSeconds, double trainSeconds, int examples,
    double finalLoss, double trainAccuracy, long peakRssMegabytes) {

  /** Training time per epoch in milliseconds. */
  public double millisecondsPerEpoch() {
    return trainSeconds * 1000 / settings.epochs();
  }
}
