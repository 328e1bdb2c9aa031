package io.github.mnistdl4j.model;

import java.util.OptionalInt;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full-batch training: each epoch is one forward pass over all examples, one backward pass and
 * one Adam step, as in the lecture's loop.
 */
public final class Trainer {

  private static final Logger log = LoggerFactory.getLogger(Trainer.class);

  /** Receives the loss of each epoch, for progress bars and logs. */
  @FunctionalInterface
  public interface EpochListener {

    /** Called after epoch {@code epoch} (1-based) with the loss computed before its update. */
    void onEpoch(int epoch, double loss);

    /** A listener that does nothing. */
    EpochListener NONE = (epoch, loss) -> {};
  }

  private Trainer() {}

  /**
   * Trains for {@code epochs} epochs on the whole data set and stops early at the first epoch
   * whose loss is NaN or infinite, because every later update would only spread the NaN.
   * The features of {@code data} must not change until this returns, which lets a network from
   * {@link NetworkFactory} prepare them once. Not thread-safe for the same network.
   */
  public static TrainingResult train(MultiLayerNetwork network, DataSet data, int epochs,
      EpochListener listener) {
    long start = System.nanoTime();
    double[] losses = new double[epochs];
    try (OptimizedNetwork.FixedInputScope fixed = OptimizedNetwork.fixInput(network,
        data.getFeatures())) {
      for (int epoch = 1; epoch <= epochs; epoch++) {
        network.fit(data);
        double loss = network.score();
        losses[epoch - 1] = loss;
        listener.onEpoch(epoch, loss);
        log.debug("epoch {} loss {}", epoch, loss);
        if (!Double.isFinite(loss)) {
          // INFO, not WARN: the caller reports the failed run to the user in its own words.
          log.info("Loss is {} at epoch {}; training stopped", loss, epoch);
          return new TrainingResult(java.util.Arrays.copyOf(losses, epoch), epochs,
              OptionalInt.of(epoch), seconds(start));
        }
      }
    }
    TrainingResult result = new TrainingResult(losses, epochs, OptionalInt.empty(), seconds(start));
    log.info("Trained {} epochs in {} s; final loss {}", epochs, result.seconds(),
        result.finalLoss());
    return result;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
