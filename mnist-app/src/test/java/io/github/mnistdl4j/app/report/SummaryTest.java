package io.github.mnistdl4j.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SummaryTest {

  @Test
  void statisticsOfKnownValues() {
    Summary summary = Summary.of(new float[] {-12, -2, 0, 2, 20});

    assertEquals(5, summary.count());
    assertEquals(-12, summary.min());
    assertEquals(20, summary.max());
    assertEquals(8 / 5.0, summary.mean(), 1e-12);
    assertEquals(36 / 5.0, summary.meanAbs(), 1e-12);
    assertEquals(20, summary.maxAbs());
    // Squared deviations from 1.6: 184.96 + 12.96 + 2.56 + 0.16 + 338.56 = 539.2.
    assertEquals(Math.sqrt(539.2 / 5), summary.standardDeviation(), 1e-12);
    // -12 and 20 lie beyond |u2| = 10.
    assertEquals(0.4, summary.saturatedShare(), 1e-12);
  }

  @Test
  void valueAtThresholdIsNotSaturated() {
    assertEquals(0, Summary.of(new float[] {10, -10}).saturatedShare());
  }
}
