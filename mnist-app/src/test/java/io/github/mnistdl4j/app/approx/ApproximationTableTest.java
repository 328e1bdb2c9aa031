package io.github.mnistdl4j.app.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.app.TextTable;
import io.github.mnistdl4j.model.approx.ApproximationResult;
import io.github.mnistdl4j.model.approx.ApproximationSettings;
import io.github.mnistdl4j.model.approx.BuiltInTarget;
import io.github.mnistdl4j.model.approx.HiddenActivation;
import io.github.mnistdl4j.model.approx.Samples;
import io.github.mnistdl4j.model.approx.WidthFit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApproximationTableTest {

  private final Locale originalLocale = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(originalLocale);
  }

  @Test
  void englishTableLinesUpAndNamesTheBest() {
    Locale.setDefault(Locale.ENGLISH);

    List<String> lines = new ApproximationTable(new Text("approx"))
        .render(BuiltInTarget.SIN, result());

    assertEquals("Target sin: sin(2\u03c0x) on [0, 1]", lines.get(0));
    assertEquals("Trained on 200 grid points; errors measured on 3 points between them.",
        lines.get(1));
    assertEquals("Hidden layer sigmoid, identity output, mean squared error, 5000 full-batch "
        + "Adam steps, learning rate 0.01, seed 1.", lines.get(2));
    assertEquals("H   activation  max |error|  mean |error|  training max |error|  seconds",
        lines.get(4));
    assertEquals("1      sigmoid       0.7277        0.1918                0.7309     12.3",
        lines.get(5));
    assertEquals("16     sigmoid       0.0077        0.0035                0.0077      9.9",
        lines.get(6));
    assertEquals("Smallest max |error|: H = 16 (0.0077).", lines.get(lines.size() - 1));
    assertColumnsEnd(lines.subList(4, 7));
  }

  @Test
  void koreanTableLinesUpInTerminalColumns() {
    Locale.setDefault(Locale.KOREAN);

    List<String> lines = new ApproximationTable(new Text("approx"))
        .render(BuiltInTarget.SIN, result());

    assertEquals("목표 함수 sin: [0, 1]에서 sin(2\u03c0x)", lines.get(0));
    assertTrue(lines.get(4).startsWith("H   활성화 함수  최대 |오차|"), lines.get(4));
    assertColumnsEnd(lines.subList(4, 7));
    assertEquals("최대 |오차|가 가장 작은 너비: H = 16 (0.0077).", lines.get(lines.size() - 1));
  }

  /** Checks that all table lines have one terminal width, so right-aligned columns end together. */
  private static void assertColumnsEnd(List<String> tableLines) {
    int width = TextTable.displayWidth(tableLines.get(0));
    for (String line : tableLines) {
      assertEquals(width, TextTable.displayWidth(line), "line \"" + line + "\"");
    }
  }

  private static ApproximationResult result() {
    Samples evaluation = new Samples(new double[][] {{0.1}, {0.5}, {0.9}},
        new double[] {0.59, 0, -0.59});
    var settings = ApproximationSettings.defaults().withHiddenWidths(List.of(1, 16));
    return new ApproximationResult("sin", 1, settings, 200, false, evaluation, List.of(
        new WidthFit(1, HiddenActivation.SIGMOID, 0.7277, 0.1918, 0.7309, 12.34,
            new double[] {0, 0, 0}),
        new WidthFit(16, HiddenActivation.SIGMOID, 0.0077, 0.0035, 0.0077, 9.87,
            new double[] {0.59, 0, -0.59})));
  }
}
