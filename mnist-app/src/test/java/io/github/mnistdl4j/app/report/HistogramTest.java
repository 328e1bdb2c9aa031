package io.github.mnistdl4j.app.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HistogramTest {

  @Test
  void valuesFallIntoEqualBins() {
    Histogram histogram = Histogram.of(new float[] {0, 1, 1.5f, 2, 3.9f, 4}, 4);
    assertArrayEquals(new double[] {0, 1, 2, 3, 4}, histogram.edges(), 1e-12);
    // The maximum 4 belongs to the last bin, which includes its upper edge.
    assertArrayEquals(new long[] {1, 2, 1, 2}, histogram.counts());
  }

  @Test
  void countsAddUpToTheNumberOfValues() {
    float[] values = new float[1000];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) Math.sin(i) * 300;
    }
    Histogram histogram = Histogram.of(values, 40);
    assertEquals(1000, Arrays.stream(histogram.counts()).sum());
  }

  @Test
  void singleValueGetsABinOfWidthOne() {
    Histogram histogram = Histogram.of(new float[] {2, 2, 2}, 1);
    assertArrayEquals(new double[] {1.5, 2.5}, histogram.edges(), 1e-12);
    assertArrayEquals(new long[] {3}, histogram.counts());
  }

  @Test
  void stepOutlineClosesAtZero() {
    Histogram histogram = Histogram.of(new float[] {0, 1, 1, 2}, 2);
    assertArrayEquals(new double[] {0, 1, 2, 2}, histogram.stepX(), 1e-12);
    assertArrayEquals(new double[] {1, 3, 3, 0}, histogram.stepY(), 1e-12);
  }

  @Test
  void emptyValuesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Histogram.of(new float[0], 10));
  }
}
