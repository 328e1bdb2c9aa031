package io.github.mnistdl4j.app;

import io.github.mnistdl4j.model.Trainer;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar over epochs on standard error, with the current loss. On a terminal it redraws
 * one line; otherwise (a pipe, a CI log) it prints a line at every tenth of the run, so logs stay
 * short.
 */
public final class EpochProgress implements Trainer.EpochListener {

  private static final int BAR_WIDTH = 30;

  private final PrintWriter err;
  private final int epochs;
  private final boolean terminal;
  private final String label;
  private final long start = System.nanoTime();
  private final String lossWord = new Text("app").get("progress.loss");

  /**
   * Creates a progress bar for {@code epochs} epochs.
   *
   * @param label text before the bar, already localized (for example "epoch" or "에폭")
   */
  public EpochProgress(PrintWriter err, int epochs, String label) {
    this(err, epochs, label, System.console() != null);
  }

  EpochProgress(PrintWriter err, int epochs, String label, boolean terminal) {
    this.err = err;
    this.epochs = epochs;
    this.label = label;
    this.terminal = terminal;
  }

  @Override
  public void onEpoch(int epoch, double loss) {
    boolean last = epoch == epochs || !Double.isFinite(loss);
    if (terminal) {
      err.print("\r" + line(epoch, loss) + (last ? "\n" : ""));
      err.flush();
    } else if (last || epoch == 1 || epoch % Math.max(1, epochs / 10) == 0) {
      err.println(line(epoch, loss));
      err.flush();
    }
  }

  String line(int epoch, double loss) {
    int filled = (int) ((long) BAR_WIDTH * epoch / epochs);
    double seconds = (System.nanoTime() - start) / 1e9;
    return String.format(Locale.ROOT, "%s [%s%s] %d/%d  %s %.6f  %.1f s", label,
        "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), epoch, epochs, lossWord, loss,
        seconds);
  }
}
