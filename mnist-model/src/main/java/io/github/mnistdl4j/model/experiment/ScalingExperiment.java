package io.github.mnistdl4j.model.experiment;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.InvalidSettingException;
import io.github.mnistdl4j.data.PairData;
import io.github.mnistdl4j.data.PairLoader;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.data.Split;
import io.github.mnistdl4j.model.NetworkFactory;
import io.github.mnistdl4j.model.NetworkSettings;
import io.github.mnistdl4j.model.PreactivationInspector;
import io.github.mnistdl4j.model.PreactivationSummary;
import io.github.mnistdl4j.model.init.InitialWeights;
import java.nio.file.Path;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * {@code u2 = l2(a1(l1(x)))} of the untrained 0-vs-1 network for one observation with raw and with
 * /255 pixels, then the same comparison over all observations: dividing by 255 shrinks u2 by
 * about that factor and keeps the sigmoid away from exactly 0 and 1.
 */
public final class ScalingExperiment {

  /**
   * What the experiment shows.
   *
   * @param index the chosen observation, 0-based in file order
   * @param file the chosen observation's image file
   * @param label its label
   * @param u2Raw u2 with raw pixels
   * @param u2Unit u2 with pixels divided by 255
   * @param yhatRaw float32 sigmoid of {@code u2Raw}
   * @param yhatUnit float32 sigmoid of {@code u2Unit}
   * @param raw summary over all observations with raw pixels
   * @param unit summary over all observations with pixels divided by 255
   * @param data the 0-vs-1 training split with raw pixels
   * @param network the probed, untrained network; not thread-safe
   */
  public record Result(int index, Path file, int label, float u2Raw, float u2Unit, float yhatRaw,
      float yhatUnit, PreactivationSummary raw, PreactivationSummary unit, PairData data,
      MultiLayerNetwork network) {}

  private ScalingExperiment() {}

  /**
   * Runs the comparison on 0-vs-1 training pixels.
   *
   * @param initialWeights weights to probe instead of the seeded ones, or null
   * @param index the observation to show, 0-based
   */
  public static Result run(Path root, NetworkSettings settings, InitialWeights initialWeights,
      int index) {
    PairData raw = PairLoader.open(root).load(Split.TRAINING, DigitPair.HOMEWORK, PixelScale.RAW);
    if (index < 0 || index >= raw.size()) {
      throw new InvalidSettingException("index.outOfRange", index, raw.size() - 1);
    }
    PairData unit = raw.withScale(PixelScale.UNIT);
    MultiLayerNetwork network = NetworkFactory.build(settings);
    if (initialWeights != null) {
      initialWeights.apply(network);
    }

    INDArray u2Raw = PreactivationInspector.outputPreactivation(network, raw.features());
    INDArray u2Unit = PreactivationInspector.outputPreactivation(network, unit.features());
    return new Result(index, raw.files().get(index), (int) raw.labels().getFloat(index, 0),
        u2Raw.getFloat(index, 0), u2Unit.getFloat(index, 0),
        Transforms.sigmoid(u2Raw, true).getFloat(index, 0),
        Transforms.sigmoid(u2Unit, true).getFloat(index, 0),
        PreactivationInspector.summarize(network, raw.features(), raw.labels()),
        PreactivationInspector.summarize(network, unit.features(), raw.labels()), raw, network);
  }
}
