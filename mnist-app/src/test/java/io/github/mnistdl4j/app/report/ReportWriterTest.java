package io.github.mnistdl4j.app.report;

import static io.github.mnistdl4j.app.report.PngAssertions.assertChartPng;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.Split;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  private static final Pattern SOURCE = Pattern.compile("(src|href)=\"([^\"]*)\"");

  @TempDir
  Path dir;

  @Test
  void everyChartIsWrittenAtItsSize() throws IOException {
    RunReport report = SyntheticReports.complete(3, false);
    WrittenReport written = ReportWriter.write(dir, report, Locale.ENGLISH);

    assertEquals(dir.resolve(ReportWriter.HTML_FILE), written.html());
    assertEquals(3 + report.digitImages().size(), written.images().size());
    assertChartPng(dir.resolve(ReportWriter.LOSS_FILE), ReportCharts.LOSS_SIZE);
    assertChartPng(dir.resolve(ReportWriter.PREDICTIONS_FILE), ReportCharts.PREDICTIONS_SIZE);
    assertChartPng(dir.resolve(ReportWriter.PRE_ACTIVATIONS_FILE),
        ReportCharts.HISTOGRAMS_SIZE);
    for (RunReport.DigitImage image : report.digitImages()) {
      assertChartPng(dir.resolve(ReportWriter.digitFileName(image.split(), image.digit(),
          image.index())), ReportCharts.DIGIT_SIZE);
    }
  }

  @Test
  void pageReferencesOnlyWrittenLocalFiles() throws IOException {
    WrittenReport written =
        ReportWriter.write(dir, SyntheticReports.complete(3, true), Locale.ENGLISH);
    String html = Files.readString(written.html(), StandardCharsets.UTF_8);

    Matcher matcher = SOURCE.matcher(html);
    int images = 0;
    while (matcher.find()) {
      String target = matcher.group(2);
      assertFalse(target.contains(":") || target.startsWith("/") || target.contains(".."),
          "page refers to a non-local target: " + target);
      assertTrue(Files.isRegularFile(dir.resolve(target)), "page refers to missing " + target);
      images += matcher.group(1).equals("src") ? 1 : 0;
    }
    assertEquals(written.images().size(), images, "images on the page");
    assertFalse(html.contains("http://") || html.contains("https://"),
        "page contains a URL");
  }

  @Test
  void pageShowsTheRunsNumbers() throws IOException {
    RunReport report = SyntheticReports.complete(3, false);
    String html = Files.readString(ReportWriter.write(dir, report, Locale.ENGLISH).html());

    assertTrue(html.contains("<html lang=\"en\">"), "language attribute");
    assertTrue(html.contains("MNIST 3 vs 7"), "title");
    assertTrue(html.contains("<code>--hidden</code></td><td>30</td>"), "settings table");
    assertTrue(html.contains("<td>6,131</td>"), "class count of 3 in training");
    assertTrue(html.contains("<th>12,396</th>"), "training total");
    // Testing split: (1012 + 1001) / 2038 = 98.77 %.
    assertTrue(html.contains("Accuracy on the test data: 98.77%"), "testing accuracy");
    assertTrue(html.contains("<td class=\"correct\">1,001</td>"), "true negatives");
    assertTrue(html.contains("<td class=\"wrong\">16</td>"), "false negatives");
    assertTrue(html.contains("Share with |u2| &gt; 10</td>"), "saturation row");
    assertTrue(html.contains("For |u2| &gt; 10 the sigmoid is below 0.00005"), "saturation note");
  }

  @Test
  void koreanLocaleWritesKoreanPage() throws IOException {
    String html = Files.readString(
        ReportWriter.write(dir, SyntheticReports.complete(3, false), Locale.KOREAN).html());
    assertTrue(html.contains("<html lang=\"ko\">"), "language attribute");
    assertTrue(html.contains("정확도"), "accuracy in Korean");
    assertTrue(html.contains("에폭별 손실함수 값"), "loss section in Korean");
    assertFalse(html.contains("Accuracy on"), "English text left in the Korean page");
  }

  @Test
  void textFromSettingsIsEscaped() throws IOException {
    RunReport report = new RunReport("train <b>", DigitPair.HOMEWORK,
        Map.of("--note", "<script>alert(1)</script>"), List.of(), new double[0], false,
        List.of(), null, null, List.of());
    String html = Files.readString(ReportWriter.write(dir, report, Locale.ENGLISH).html());
    assertFalse(html.contains("<script>"), "unescaped setting value");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped value");
    assertTrue(html.contains("train &lt;b&gt;"), "escaped command");
  }

  @Test
  void missingSectionsAreLeftOut() throws IOException {
    RunReport report = new RunReport("experiment", DigitPair.HOMEWORK, Map.of(), List.of(),
        new double[0], false, List.of(new RunReport.Confusion(Split.TESTING, 5, 0, 5, 0)),
        null, null, List.of());
    WrittenReport written = ReportWriter.write(dir, report, Locale.ENGLISH);
    String html = Files.readString(written.html());

    assertEquals(List.of(), written.images());
    assertTrue(html.contains("id=\"accuracy\""), "accuracy section");
    assertFalse(html.contains("<img"), "images without data");
    assertFalse(html.contains("id=\"loss\""), "loss section without loss");
    assertFalse(html.contains("id=\"settings\""), "settings section without settings");
  }

  @Test
  void writingAgainReplacesFilesAndKeepsOthers() throws IOException {
    Path other = Files.writeString(dir.resolve("notes.txt"), "mine");
    ReportWriter.write(dir, SyntheticReports.complete(3, false), Locale.ENGLISH);
    WrittenReport second =
        ReportWriter.write(dir, SyntheticReports.complete(4, true), Locale.KOREAN);

    assertTrue(Files.readString(second.html()).contains("lang=\"ko\""), "page replaced");
    assertEquals("mine", Files.readString(other));
    try (Stream<Path> files = Files.list(dir)) {
      List<String> leftovers = files.map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(".tmp")).toList();
      assertEquals(List.of(), leftovers, "temporary files left behind");
    }
  }

  @Test
  void missingFolderIsCreated() throws IOException {
    Path nested = dir.resolve("a/b/report");
    WrittenReport written =
        ReportWriter.write(nested, SyntheticReports.complete(3, false), Locale.ENGLISH);
    assertTrue(Files.isRegularFile(written.html()));
  }

  @Test
  void fileInPlaceOfFolderIsRejected() throws IOException {
    Path file = Files.writeString(dir.resolve("report"), "not a folder");
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ReportWriter.write(file, SyntheticReports.complete(3, false), Locale.ENGLISH));
    assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
    assertEquals("not a folder", Files.readString(file));
  }
}
