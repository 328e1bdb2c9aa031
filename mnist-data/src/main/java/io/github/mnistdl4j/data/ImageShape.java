package io.github.mnistdl4j.data;

/** The shape of one MNIST image, named once; the network's input size derives from it. */
public final class ImageShape {

  /** Image height in pixels. */
  public static final int HEIGHT = 28;

  /** Image width in pixels. */
  public static final int WIDTH = 28;

  /** Colour channels: MNIST is 8-bit grayscale. */
  public static final int CHANNELS = 1;

  /** Values per image, and so the network's input size: 784. */
  public static final int PIXELS = HEIGHT * WIDTH * CHANNELS;

  /** Largest raw pixel value of an 8-bit image; scaling divides by it. */
  public static final float MAX_PIXEL = 255f;

  private ImageShape() {}
}
