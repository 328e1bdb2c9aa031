package io.github.mnistdl4j.app.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The look shared by every chart of the project: white background, light grid, one palette and
 * fonts that cover Hangul, so a chart in Korean shows text instead of empty boxes.
 */
public final class ChartStyle {

  /**
   * Series colours in order, from matplotlib's default cycle, so the charts look like the
   * lecture's notebook: blue, orange, green, red, purple, brown.
   */
  public static final List<Color> PALETTE = List.of(
      new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
      new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b));

  /** Text colour of titles, labels and tick labels. */
  public static final Color TEXT = new Color(0x222222);

  /**
   * Fonts with Hangul, tried in order; the first installed one is used. Debian's
   * {@code fonts-nanum} package brings NanumGothic, Windows has Malgun Gothic and macOS Apple SD
   * Gothic Neo. Without any of them Java's logical sans-serif font is used, which shows Hangul
   * only if the system maps it to some Korean font.
   */
  static final List<String> PREFERRED_FAMILIES = List.of(
      "NanumGothic", "NanumBarunGothic", "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic",
      "Apple SD Gothic Neo", "UnDotum");

  static {
    ensureHeadless();
  }

  private static final String FAMILY = chooseFamily();

  private ChartStyle() {}

  /** Font family that the charts use: the first installed of {@link #PREFERRED_FAMILIES}. */
  public static String fontFamily() {
    return FAMILY;
  }

  /** Returns a chart font of a style ({@link Font#PLAIN}, {@link Font#BOLD}) and point size. */
  public static Font font(int style, int size) {
    return new Font(FAMILY, style, size);
  }

  /** Applies the shared colours and fonts to a chart's styler; call it before adding series. */
  public static void apply(Styler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setChartFontColor(TEXT);
    styler.setChartTitleFont(font(Font.BOLD, 17));
    styler.setChartTitleBoxVisible(false);
    styler.setChartPadding(12);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderColor(new Color(0x999999));
    styler.setLegendFont(font(Font.PLAIN, 13));
    styler.setLegendBorderColor(new Color(0xcccccc));
    styler.setLegendBackgroundColor(new Color(255, 255, 255, 230));
    styler.setSeriesColors(PALETTE.toArray(Color[]::new));
    styler.setAntiAlias(true);
    if (styler instanceof AxesChartStyler axes) {
      axes.setAxisTitleFont(font(Font.PLAIN, 14));
      axes.setAxisTickLabelsFont(font(Font.PLAIN, 12));
      axes.setAxisTickLabelsColor(TEXT);
      axes.setAxisTickMarksColor(new Color(0x999999));
      axes.setPlotGridLinesColor(new Color(0xe5e5e5));
      axes.setPlotGridLinesStroke(new BasicStroke(1f));
      axes.setAxisTitlePadding(8);
      // Tick labels look the same in every language: 0.5, not 0,5.
      axes.setLocale(Locale.ROOT);
    }
  }

  /**
   * Turns on headless AWT unless the JVM was started with {@code java.awt.headless} set.
   * Rendering into an image needs no display, and headless mode keeps AWT from connecting to
   * one when the app runs on a desktop. It takes effect only before AWT first starts.
   */
  static void ensureHeadless() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private static String chooseFamily() {
    List<String> installed = Arrays.asList(
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    return PREFERRED_FAMILIES.stream().filter(installed::contains).findFirst()
        .orElse(Font.SANS_SERIF);
  }
}
