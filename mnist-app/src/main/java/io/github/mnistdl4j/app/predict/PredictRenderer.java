package io.github.mnistdl4j.app.predict;

import io.github.mnistdl4j.app.Console;
import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.app.TextTable;
import io.github.mnistdl4j.data.DigitPair;
import java.util.Locale;

/** Renders a {@code predict} run for the screen, in the current language. */
public final class PredictRenderer {

  private final Text text;

  /** Creates a renderer that reads its words from {@code text}. */
  public PredictRenderer(Text text) {
    this.text = text;
  }

  /** Prints the model's label map, one row per image and the count per predicted digit. */
  public void render(PredictResult result, Console console) {
    DigitPair pair = result.info().pair();
    console.println(text.get("model.line", result.model(), pair.first(), pair.second(),
        result.info().scale().optionValue()));

    TextTable table = new TextTable().row(text.get("column.file"), text.get("column.digit"),
        text.get("column.probability", pair.second()));
    for (PredictResult.ImagePrediction row : result.predictions()) {
      table.row(row.file(), row.prediction().digit(),
          String.format(Locale.ROOT, "%.6f", row.prediction().probability()));
    }
    table.render().forEach(console::println);

    console.println(text.get("summary", result.predictions().size(), pair.first(),
        result.countPredicted(pair.first()), pair.second(), result.countPredicted(pair.second())));
  }
}
