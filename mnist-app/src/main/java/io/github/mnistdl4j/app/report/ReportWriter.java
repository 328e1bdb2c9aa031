package io.github.mnistdl4j.app.report;

import io.github.mnistdl4j.app.AtomicFiles;
import io.github.mnistdl4j.data.Split;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a run's report into a folder: one PNG per chart and {@code report.html}, which shows
 * them by relative file name, so the folder can be moved or zipped as a whole.
 *
 * <p>File names are fixed ({@code loss.png}, {@code predictions.png},
 * {@code pre-activations.png}, {@code digit-SPLIT-DIGIT-INDEX.png}); writing again into the same
 * folder replaces them and leaves other files alone. Each file is written to a temporary file
 * first and then moved into place, and the page comes last, so an interrupted write never leaves
 * a page that points to a missing or half-written image.
 */
public final class ReportWriter {

  /** File name of the page. */
  public static final String HTML_FILE = "report.html";

  /** File name of the loss chart. */
  public static final String LOSS_FILE = "loss.png";

  /** File name of the y and yhat chart. */
  public static final String PREDICTIONS_FILE = "predictions.png";

  /** File name of the pre-activation histograms. */
  public static final String PRE_ACTIVATIONS_FILE = "pre-activations.png";

  private static final Logger log = LoggerFactory.getLogger(ReportWriter.class);

  private ReportWriter() {}

  /**
   * Writes the report in the language of the JVM's default locale, which the app sets from
   * {@code --lang}; see {@link #write(Path, RunReport, Locale)}.
   */
  public static WrittenReport write(Path dir, RunReport report) {
    return write(dir, report, Locale.getDefault());
  }

  /**
   * Writes the report's charts and page into {@code dir}, creating the folder if needed.
   *
   * @param dir the report folder
   * @param report what to show
   * @param locale language of the page and the charts: Korean for {@code ko}, else English
   * @return the files written
   * @throws IllegalArgumentException if {@code dir} exists and is not a folder
   * @throws UncheckedIOException if the folder cannot be created or a file cannot be written
   */
  public static WrittenReport write(Path dir, RunReport report, Locale locale) {
    createFolder(dir);
    ReportText text = new ReportText(locale);
    ReportCharts charts = new ReportCharts(locale);
    List<Path> images = new ArrayList<>();

    ReportPage.Figure loss = null;
    if (report.lossPerEpoch().length > 0) {
      loss = new ReportPage.Figure(LOSS_FILE, ReportCharts.LOSS_SIZE,
          text.get(report.logScaleLoss() ? "chart.loss.titleLog" : "chart.loss.title"));
      ChartImages.writePng(charts.loss(report.lossPerEpoch(), report.logScaleLoss()),
          dir.resolve(LOSS_FILE));
      images.add(dir.resolve(LOSS_FILE));
    }

    ReportPage.Figure predictions = null;
    if (report.predictions() != null) {
      predictions = new ReportPage.Figure(PREDICTIONS_FILE, ReportCharts.PREDICTIONS_SIZE,
          text.get("chart.predictions.title", text.split(report.predictions().split())));
      ChartImages.writePng(charts.predictions(report.predictions()),
          dir.resolve(PREDICTIONS_FILE));
      images.add(dir.resolve(PREDICTIONS_FILE));
    }

    ReportPage.Figure preActivations = null;
    if (report.preActivations() != null) {
      preActivations = new ReportPage.Figure(PRE_ACTIVATIONS_FILE,
          ReportCharts.HISTOGRAMS_SIZE, text.get("section.preActivations"));
      ChartImages.writePng(charts.preActivationHistograms(report.preActivations()),
          dir.resolve(PRE_ACTIVATIONS_FILE));
      images.add(dir.resolve(PRE_ACTIVATIONS_FILE));
    }

    List<ReportPage.Figure> digits = new ArrayList<>();
    for (RunReport.DigitImage image : report.digitImages()) {
      String file = digitFileName(image.split(), image.digit(), image.index());
      digits.add(new ReportPage.Figure(file, ReportCharts.DIGIT_SIZE,
          text.get("digits.alt", image.digit(), text.split(image.split()), image.index())));
      ChartImages.writePng(charts.digit(image), dir.resolve(file));
      images.add(dir.resolve(file));
    }

    String html = ReportPage.render(report, text,
        new ReportPage.Figures(loss, predictions, preActivations, digits));
    Path page = dir.resolve(HTML_FILE);
    try {
      AtomicFiles.write(page, html.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report page " + page, e);
    }
    log.info("Wrote the report {} with {} charts", page.toAbsolutePath(), images.size());
    return new WrittenReport(page, images);
  }

  /** File name of a digit image, e.g. {@code digit-training-7-0.png}. */
  public static String digitFileName(Split split, int digit, int index) {
    return "digit-" + split.folderName() + "-" + digit + "-" + index + ".png";
  }

  private static void createFolder(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("The report folder " + dir
          + " is a file; name a folder that does not exist yet or an existing folder");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the report folder " + dir, e);
    }
  }
}
