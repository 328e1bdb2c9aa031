package io.github.mnistdl4j.app.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.model.approx.ApproximationResult;
import io.github.mnistdl4j.model.approx.ApproximationSettings;
import io.github.mnistdl4j.model.approx.Approximator;
import io.github.mnistdl4j.model.approx.BuiltInTarget;
import io.github.mnistdl4j.model.approx.HiddenActivation;
import io.github.mnistdl4j.model.approx.Target;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Draws charts of short real fits; a few training steps are enough to give curves to draw. */
class ApproximationChartsTest {

  private static final ApproximationSettings SHORT = new ApproximationSettings(List.of(1, 8),
      HiddenActivation.SIGMOID, 30, 0.01, 1, 50);

  private final Locale originalLocale = Locale.getDefault();

  @TempDir
  Path folder;

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(originalLocale);
  }

  @Test
  void oneInputChartsAreDrawn() throws IOException {
    List<Path> files = draw(BuiltInTarget.SIN);

    assertEquals(List.of(folder.resolve("fit-h1.png"), folder.resolve("fit-h8.png"),
        folder.resolve("fits.png"), folder.resolve("errors.png")), files);
    for (Path file : files) {
      assertDrawn(file);
    }
  }

  @Test
  void twoInputChartsAreDrawn() throws IOException {
    List<Path> files = draw(BuiltInTarget.SADDLE);

    assertEquals(List.of(folder.resolve("fit-h1.png"), folder.resolve("fit-h8.png"),
        folder.resolve("errors.png")), files);
    for (Path file : files) {
      assertDrawn(file);
    }
  }

  @Test
  void koreanChartsAreDrawn() throws IOException {
    Locale.setDefault(Locale.KOREAN);

    for (Path file : draw(BuiltInTarget.ABS)) {
      assertDrawn(file);
    }
  }

  private List<Path> draw(Target target) {
    ApproximationResult result = new Approximator().approximate(target, SHORT);
    return new ApproximationCharts(new Text("approx")).write(target, result, folder);
  }

  /** Checks that the file is a PNG of the chart size with lines and text, not one flat color. */
  private static void assertDrawn(Path file) throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    assertNotNull(image, file + " is not a readable image");
    assertEquals(ApproximationCharts.SIZE.width(), image.getWidth(), file.toString());
    assertEquals(ApproximationCharts.SIZE.height(), image.getHeight(), file.toString());
    Set<Integer> colors = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colors.add(image.getRGB(x, y));
      }
    }
    // A blank chart has the background, the plot area and the grid: a handful of colors. Series
    // and anti-aliased text add many more.
    assertTrue(colors.size() > 20, file + " has only " + colors.size() + " colors");
  }
}
