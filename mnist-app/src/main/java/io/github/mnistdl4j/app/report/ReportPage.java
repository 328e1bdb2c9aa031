package io.github.mnistdl4j.app.report;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.Split;
import java.util.List;
import java.util.Locale;

/**
 * The HTML of {@code report.html}: one self-contained page with inline CSS, no script and no
 * external URL. Images are referenced by file name, relative to the page.
 */
final class ReportPage {

  /**
   * An image of the page.
   *
   * @param file file name next to the page
   * @param size the image's size in pixels, so the browser reserves space before it loads
   * @param alt text that replaces the image for screen readers
   */
  record Figure(String file, ChartSize size, String alt) {}

  /**
   * Images of the page by section; a null or empty entry leaves the image out.
   *
   * @param loss the loss chart, or null
   * @param predictions the y and yhat chart, or null
   * @param preActivations the side-by-side histograms, or null
   * @param digits the digit heat maps in display order
   */
  record Figures(Figure loss, Figure predictions, Figure preActivations, List<Figure> digits) {}

  private static final String STYLE = """
      :root { color-scheme: light; --ink: #222; --muted: #5f6368; --line: #dadce0;
        --soft: #f6f8fa; --good: #e6f4ea; --bad: #fce8e6; --accent: #1f77b4; }
      * { box-sizing: border-box; }
      body { margin: 0; color: var(--ink); background: #fff; line-height: 1.55;
        font-family: system-ui, -apple-system, "Segoe UI", "Apple SD Gothic Neo",
          "Malgun Gothic", "Noto Sans KR", "NanumGothic", Roboto, sans-serif; }
      main { max-width: 1040px; margin: 0 auto; padding: 16px; }
      header { border-bottom: 3px solid var(--accent); margin-bottom: 8px; }
      h1 { font-size: 1.6rem; margin: 8px 0 4px; }
      h2 { font-size: 1.25rem; margin: 32px 0 8px; border-bottom: 1px solid var(--line);
        padding-bottom: 4px; }
      h3 { font-size: 1.05rem; margin: 20px 0 6px; }
      p { margin: 6px 0; }
      .meta, .caption { color: var(--muted); }
      .caption { font-size: 0.95rem; max-width: 70ch; }
      .table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; }
      table { border-collapse: collapse; margin: 8px 0; font-variant-numeric: tabular-nums; }
      th, td { border: 1px solid var(--line); padding: 6px 12px; text-align: right; }
      th { background: var(--soft); font-weight: 600; }
      th:first-child, td:first-child { text-align: left; }
      td.correct { background: var(--good); }
      td.wrong { background: var(--bad); }
      code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
        font-size: 0.92em; }
      figure { margin: 12px 0; }
      img { display: block; max-width: 100%; height: auto; border: 1px solid var(--line); }
      .accuracy { font-size: 1.15rem; font-weight: 600; }
      .splits { display: grid; gap: 8px 32px;
        grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); }
      .gallery { display: grid; gap: 12px;
        grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); }
      .gallery figure { margin: 0; }
      @media (max-width: 600px) {
        main { padding: 10px; }
        h1 { font-size: 1.3rem; }
        th, td { padding: 4px 8px; }
      }
      """;

  private final RunReport report;
  private final ReportText text;
  private final StringBuilder html = new StringBuilder(16_384);

  private ReportPage(RunReport report, ReportText text) {
    this.report = report;
    this.text = text;
  }

  /** Renders the whole page. */
  static String render(RunReport report, ReportText text, Figures figures) {
    return new ReportPage(report, text).renderPage(figures);
  }

  private String renderPage(Figures figures) {
    DigitPair digits = report.digits();
    String title = text.get("page.title", digits.first(), digits.second());
    html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(text.get("page.lang")))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    html.append("<header>\n<h1>").append(escape(title)).append("</h1>\n")
        .append("<p class=\"meta\">").append(escape(text.get("page.command")))
        .append(" <code>").append(escape(report.command())).append("</code></p>\n")
        .append("<p class=\"meta\">")
        .append(escape(text.get("page.labels", digits.first(), digits.second())))
        .append("</p>\n<p class=\"meta\">").append(escape(text.get("page.zoom")))
        .append("</p>\n</header>\n");

    appendSettings();
    appendCounts();
    appendLoss(figures.loss());
    appendAccuracy();
    appendPredictions(figures.predictions());
    appendPreActivations(figures.preActivations());
    appendDigits(figures.digits());

    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private void appendSettings() {
    if (report.settings().isEmpty()) {
      return;
    }
    openSection("settings", "section.settings");
    html.append("<div class=\"table-wrap\"><table>\n<thead><tr><th>")
        .append(escape(text.get("settings.name"))).append("</th><th>")
        .append(escape(text.get("settings.value"))).append("</th></tr></thead>\n<tbody>\n");
    report.settings().forEach((name, value) -> html.append("<tr><td><code>")
        .append(escape(name)).append("</code></td><td>").append(escape(value))
        .append("</td></tr>\n"));
    html.append("</tbody></table></div>\n</section>\n");
  }

  private void appendCounts() {
    if (report.classCounts().isEmpty()) {
      return;
    }
    List<Split> splits = report.classCounts().stream().map(RunReport.ClassCount::split)
        .distinct().sorted().toList();
    openSection("counts", "section.counts");
    html.append("<div class=\"table-wrap\"><table>\n<thead><tr><th>")
        .append(escape(text.get("counts.digit"))).append("</th>");
    for (Split split : splits) {
      html.append("<th>").append(escape(text.split(split))).append("</th>");
    }
    html.append("<th>").append(escape(text.get("counts.total"))).append("</th></tr></thead>\n")
        .append("<tbody>\n");

    for (int label = 0; label <= 1; label++) {
      appendCountRow(report.digits().digitOf(label), label, splits);
    }
    appendCountTotals(splits);
    html.append("</tbody></table></div>\n</section>\n");
  }

  private void appendCountRow(int digit, int label, List<Split> splits) {
    html.append("<tr><td>").append(escape(text.get("counts.label", digit, label)))
        .append("</td>");
    long rowTotal = 0;
    for (Split split : splits) {
      Long count = countOf(split, digit);
      html.append("<td>").append(count == null ? "&ndash;" : formatCount(count)).append("</td>");
      rowTotal += count == null ? 0 : count;
    }
    html.append("<td>").append(formatCount(rowTotal)).append("</td></tr>\n");
  }

  private void appendCountTotals(List<Split> splits) {
    html.append("<tr><th>").append(escape(text.get("counts.total"))).append("</th>");
    long total = 0;
    for (Split split : splits) {
      long splitTotal = report.classCounts().stream().filter(count -> count.split() == split)
          .mapToLong(RunReport.ClassCount::count).sum();
      total += splitTotal;
      html.append("<th>").append(formatCount(splitTotal)).append("</th>");
    }
    html.append("<th>").append(formatCount(total)).append("</th></tr>\n");
  }

  private Long countOf(Split split, int digit) {
    return report.classCounts().stream()
        .filter(count -> count.split() == split && count.digit() == digit)
        .map(RunReport.ClassCount::count).findFirst().orElse(null);
  }

  private void appendLoss(Figure figure) {
    if (figure == null) {
      return;
    }
    openSection("loss", "section.loss");
    caption(report.logScaleLoss() ? "loss.captionLog" : "loss.caption");
    appendFigure(figure);
    html.append("</section>\n");
  }

  private void appendAccuracy() {
    if (report.confusions().isEmpty()) {
      return;
    }
    openSection("accuracy", "section.accuracy");
    html.append("<div class=\"splits\">\n");
    for (RunReport.Confusion confusion : report.confusions()) {
      appendConfusion(confusion);
    }
    html.append("</div>\n</section>\n");
  }

  private void appendConfusion(RunReport.Confusion confusion) {
    String split = text.split(confusion.split());
    int first = report.digits().first();
    int second = report.digits().second();
    html.append("<div class=\"split\" id=\"accuracy-").append(confusion.split().folderName())
        .append("\">\n<p class=\"accuracy\">")
        .append(escape(text.get("accuracy.split", split, formatPercent(confusion.accuracy()))))
        .append("</p>\n<p class=\"caption\">")
        .append(escape(text.get("accuracy.examples", confusion.total(),
            confusion.truePositives() + confusion.trueNegatives())))
        .append("</p>\n<div class=\"table-wrap\"><table>\n<caption class=\"caption\">")
        .append(escape(text.get("confusion.caption", split))).append("</caption>\n")
        .append("<thead><tr><th>").append(escape(text.get("confusion.corner"))).append("</th>")
        .append("<th>").append(first).append("</th><th>").append(second).append("</th></tr>")
        .append("</thead>\n<tbody>\n");
    appendConfusionRow(text.get("counts.label", first, 0), confusion.trueNegatives(),
        confusion.falsePositives(), true);
    appendConfusionRow(text.get("counts.label", second, 1), confusion.falseNegatives(),
        confusion.truePositives(), false);
    html.append("</tbody></table></div>\n</div>\n");
  }

  private void appendConfusionRow(String actual, long predictedFirst, long predictedSecond,
      boolean actualIsFirst) {
    html.append("<tr><th>").append(escape(actual)).append("</th>")
        .append("<td class=\"").append(actualIsFirst ? "correct" : "wrong").append("\">")
        .append(formatCount(predictedFirst)).append("</td>")
        .append("<td class=\"").append(actualIsFirst ? "wrong" : "correct").append("\">")
        .append(formatCount(predictedSecond)).append("</td></tr>\n");
  }

  private void appendPredictions(Figure figure) {
    if (figure == null) {
      return;
    }
    openSection("predictions", "section.predictions");
    caption("predictions.caption", report.digits().first(), report.digits().second());
    appendFigure(figure);
    html.append("</section>\n");
  }

  private void appendPreActivations(Figure figure) {
    RunReport.PreActivations preActivations = report.preActivations();
    if (preActivations == null) {
      return;
    }
    Summary raw = Summary.of(preActivations.raw());
    Summary unit = Summary.of(preActivations.unit());
    openSection("pre-activations", "section.preActivations");
    caption("preActivations.caption", Summary.SATURATION);
    html.append("<div class=\"table-wrap\"><table>\n<thead><tr><th>")
        .append(escape(text.get("preActivations.input"))).append("</th><th>")
        .append(escape(text.get("preActivations.raw"))).append("</th><th>")
        .append(escape(text.get("preActivations.unit"))).append("</th></tr></thead>\n")
        .append("<tbody>\n");
    statisticRow("preActivations.count", formatCount(raw.count()), formatCount(unit.count()));
    statisticRow("preActivations.min", formatValue(raw.min()), formatValue(unit.min()));
    statisticRow("preActivations.max", formatValue(raw.max()), formatValue(unit.max()));
    statisticRow("preActivations.mean", formatValue(raw.mean()), formatValue(unit.mean()));
    statisticRow("preActivations.meanAbs", formatValue(raw.meanAbs()),
        formatValue(unit.meanAbs()));
    statisticRow("preActivations.maxAbs", formatValue(raw.maxAbs()), formatValue(unit.maxAbs()));
    statisticRow("preActivations.std", formatValue(raw.standardDeviation()),
        formatValue(unit.standardDeviation()));
    html.append("<tr><td>")
        .append(escape(text.get("preActivations.saturated", Summary.SATURATION)))
        .append("</td><td>").append(formatPercent(raw.saturatedShare())).append("</td><td>")
        .append(formatPercent(unit.saturatedShare())).append("</td></tr>\n")
        .append("</tbody></table></div>\n");
    if (figure != null) {
      appendFigure(figure);
    }
    html.append("</section>\n");
  }

  private void statisticRow(String key, String raw, String unit) {
    html.append("<tr><td>").append(escape(text.get(key))).append("</td><td>").append(raw)
        .append("</td><td>").append(unit).append("</td></tr>\n");
  }

  private void appendDigits(List<Figure> digits) {
    if (digits.isEmpty()) {
      return;
    }
    openSection("digits", "section.digits");
    caption("digits.caption");
    html.append("<div class=\"gallery\">\n");
    for (Figure figure : digits) {
      appendFigure(figure);
    }
    html.append("</div>\n</section>\n");
  }

  private void openSection(String id, String titleKey) {
    html.append("<section id=\"").append(id).append("\">\n<h2>")
        .append(escape(text.get(titleKey))).append("</h2>\n");
  }

  private void caption(String key, Object... arguments) {
    html.append("<p class=\"caption\">").append(escape(text.get(key, arguments)))
        .append("</p>\n");
  }

  /** Appends an image that links to itself, so a phone user can open it at full size. */
  private void appendFigure(Figure figure) {
    String file = escape(figure.file());
    html.append("<figure><a href=\"").append(file).append("\"><img src=\"").append(file)
        .append("\" width=\"").append(figure.size().width()).append("\" height=\"")
        .append(figure.size().height()).append("\" alt=\"").append(escape(figure.alt()))
        .append("\"></a></figure>\n");
  }

  private String formatCount(long count) {
    return String.format(text.locale(), "%,d", count);
  }

  private String formatPercent(double share) {
    return String.format(text.locale(), "%.2f%%", 100 * share);
  }

  /** Formats a value with 3 decimals and thousands separators, the same in every language. */
  private static String formatValue(double value) {
    return String.format(Locale.ROOT, "%,.3f", value);
  }

  /** Escapes text for an HTML element or a double-quoted attribute. */
  static String escape(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
