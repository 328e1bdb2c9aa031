package io.github.mnistdl4j.app.report;

/**
 * Size of a chart image in pixels. Every chart of the report has a fixed size, so the same run
 * gives images of the same size on every machine.
 *
 * @param width image width in pixels, at least 100
 * @param height image height in pixels, at least 100
 */
public record ChartSize(int width, int height) {

  /** Size of a single chart with axes: 800 x 450. */
  public static final ChartSize STANDARD = new ChartSize(800, 450);

  /** Size of two charts side by side: 1000 x 420. */
  public static final ChartSize WIDE = new ChartSize(1000, 420);

  /** Size of a 28 x 28 digit heat map with its colour bar: 460 x 400. */
  public static final ChartSize DIGIT = new ChartSize(460, 400);

  /** Smallest width and height that leaves room for a title, axes and a plot. */
  public static final int MIN_SIDE = 100;

  /** Largest width and height, so that a typo cannot allocate gigabytes for one image. */
  public static final int MAX_SIDE = 4000;

  /** Validates that both sides are in {@value #MIN_SIDE}..{@value #MAX_SIDE}. */
  public ChartSize {
    checkSide("width", width);
    checkSide("height", height);
  }

  private static void checkSide(String name, int value) {
    if (value < MIN_SIDE || value > MAX_SIDE) {
      throw new IllegalArgumentException("chart " + name + " must be " + MIN_SIDE + ".."
          + MAX_SIDE + " pixels, was " + value);
    }
  }
}
