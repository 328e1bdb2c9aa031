package io.github.mnistdl4j.app.train;

import io.github.mnistdl4j.app.Console;
import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.app.TextTable;
import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.model.BinaryEvaluation;
import io.github.mnistdl4j.model.PreactivationSummary;
import io.github.mnistdl4j.model.TrainRun;
import java.util.Locale;

/** Renders a training run for the screen, in the current language. */
public final class TrainRenderer {

  private final Text text;

  /** Creates a renderer that reads its words from {@code text}. */
  public TrainRenderer(Text text) {
    this.text = text;
  }

  /** Prints the label map, counts, loss, accuracy, confusion counts and the u2 table. */
  public void render(TrainRun run, Console console) {
    DigitPair pair = run.settings().pair();
    console.println(text.get("labelMap", pair.first(), pair.second()));
    TextTable counts = new TextTable()
        .row(text.get("split"), text.get("digit", pair.first()), text.get("digit", pair.second()))
        .row(text.get("split.training"), run.training().countByDigit().get(pair.first()),
            run.training().countByDigit().get(pair.second()))
        .row(text.get("split.testing"), run.testing().countByDigit().get(pair.first()),
            run.testing().countByDigit().get(pair.second()));
    counts.render().forEach(console::println);
    console.println("");

    console.println(text.get("finalLoss", format(run.result().finalLoss()),
        run.result().lossPerEpoch().length, format(run.result().seconds(), 1)));
    console.println(text.get("accuracy.training", format(run.trainEvaluation().accuracy()),
        run.trainEvaluation().correct(), run.trainEvaluation().examples()));
    console.println(text.get("accuracy.testing", format(run.testEvaluation().accuracy()),
        run.testEvaluation().correct(), run.testEvaluation().examples()));
    renderConfusion(run.testEvaluation(), pair, console);
    console.println("");

    console.println(text.get("preactivation.title"));
    TextTable table = new TextTable()
        .row(text.get("preactivation.pixels"), text.get("preactivation.meanAbs"),
            text.get("preactivation.maxAbs"), text.get("preactivation.saturated"),
            text.get("preactivation.nonFinite"))
        .row(cells(text.get("preactivation.raw"), run.preactivationRaw()))
        .row(cells(text.get("preactivation.unit"), run.preactivationUnit()));
    table.render().forEach(console::println);
  }

  private void renderConfusion(BinaryEvaluation evaluation, DigitPair pair, Console console) {
    console.println(text.get("confusion.title"));
    new TextTable()
        .row("", text.get("confusion.predicted", pair.first()),
            text.get("confusion.predicted", pair.second()))
        .row(text.get("confusion.actual", pair.first()), evaluation.trueNegatives(),
            evaluation.falsePositives())
        .row(text.get("confusion.actual", pair.second()), evaluation.falseNegatives(),
            evaluation.truePositives())
        .render().forEach(console::println);
  }

  private static Object[] cells(String label, PreactivationSummary summary) {
    return new Object[] {label, format(summary.meanAbs(), 3), format(summary.maxAbs(), 3),
        format(summary.saturatedFraction(), 4), summary.naiveLossNonFinite()};
  }

  private static String format(double value) {
    return format(value, 6);
  }

  private static String format(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
