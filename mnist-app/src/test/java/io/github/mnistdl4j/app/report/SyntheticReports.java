package io.github.mnistdl4j.app.report;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.ImageShape;
import io.github.mnistdl4j.data.Split;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic run reports for tests, shaped like a 3-vs-7 run: class counts of real MNIST,
 * a falling loss, outputs that cluster near their labels and digits drawn with a font.
 */
final class SyntheticReports {

  private SyntheticReports() {}

  /** Builds a report with every section filled, from a fixed seed. */
  static RunReport complete(long seed, boolean logScaleLoss) {
    Random random = new Random(seed);
    DigitPair digits = DigitPair.LECTURE;

    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("--digits", "3,7");
    settings.put("--hidden", "30");
    settings.put("--epochs", "10");
    settings.put("--learning-rate", "0.001");
    settings.put("--batch-size", "64");
    settings.put("--scale", "unit");
    settings.put("--seed", String.valueOf(seed));

    List<RunReport.ClassCount> counts = List.of(
        new RunReport.ClassCount(Split.TRAINING, 3, 6131),
        new RunReport.ClassCount(Split.TRAINING, 7, 6265),
        new RunReport.ClassCount(Split.TESTING, 3, 1010),
        new RunReport.ClassCount(Split.TESTING, 7, 1028));

    double[] loss = new double[10];
    for (int epoch = 0; epoch < loss.length; epoch++) {
      loss[epoch] = 0.6 * Math.exp(-0.6 * epoch) + 0.02 + 0.005 * random.nextDouble();
    }

    List<RunReport.Confusion> confusions = List.of(
        new RunReport.Confusion(Split.TRAINING, 6230, 40, 6091, 35),
        new RunReport.Confusion(Split.TESTING, 1012, 9, 1001, 16));

    return new RunReport("train", digits, settings, counts, loss, logScaleLoss, confusions,
        predictions(random, 1010, 1028), preActivations(random, 2038),
        List.of(digitImage(Split.TRAINING, 3, 0), digitImage(Split.TRAINING, 7, 0),
            digitImage(Split.TESTING, 3, 12), digitImage(Split.TESTING, 7, 5)));
  }

  /** Outputs near 0 for the first digit and near 1 for the second, a few on the wrong side. */
  static RunReport.Predictions predictions(Random random, int firstCount, int secondCount) {
    int n = firstCount + secondCount;
    float[] labels = new float[n];
    float[] outputs = new float[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i < firstCount ? 0f : 1f;
      double center = labels[i] == 0f ? -5 : 5;
      outputs[i] = (float) sigmoid(center + 2.5 * random.nextGaussian());
    }
    return new RunReport.Predictions(Split.TESTING, labels, outputs);
  }

  /** u2 with unit pixels around +-5; with raw pixels the same spread times a few hundred. */
  static RunReport.PreActivations preActivations(Random random, int n) {
    float[] raw = new float[n];
    float[] unit = new float[n];
    for (int i = 0; i < n; i++) {
      double center = i < n / 2 ? -5 : 5;
      unit[i] = (float) (center + 2.5 * random.nextGaussian());
      raw[i] = (float) (255 * (center + 4 * random.nextGaussian()));
    }
    return new RunReport.PreActivations(Split.TESTING, raw, unit);
  }

  /** A 28 x 28 image of the digit drawn in a bold font, with values 0..255. */
  static RunReport.DigitImage digitImage(Split split, int digit, int index) {
    BufferedImage image = new BufferedImage(ImageShape.WIDTH, ImageShape.HEIGHT,
        BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24 - index % 4));
    g.drawString(String.valueOf(digit), 7 + index % 3, 23);
    g.dispose();
    float[] pixels = new float[ImageShape.PIXELS];
    for (int row = 0; row < ImageShape.HEIGHT; row++) {
      for (int column = 0; column < ImageShape.WIDTH; column++) {
        pixels[row * ImageShape.WIDTH + column] = image.getRaster().getSample(column, row, 0);
      }
    }
    return new RunReport.DigitImage(split, digit, index, pixels);
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
