package io.github.mnistdl4j.app.data;

import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.data.Localizable;
import io.github.mnistdl4j.data.store.StoreListener;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows download progress on standard error: bytes, percentage, rate and time left, and a line
 * for each retry, import and check step. On a terminal the bar is redrawn in place with a
 * carriage return at most five times a second. Elsewhere (a pipe, a log file, a test) it writes
 * only a line at the start and the end of each download.
 */
final class ProgressBar implements StoreListener {

  private static final Text TEXT = new Text("data");
  private static final int WIDTH = 24;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean interactive;
  private final LongSupplier nanoTime;

  private long offset;
  private long total;
  private long received;
  private long startNanos;
  private long lastDrawNanos;
  private boolean lineOpen;

  /**
   * Creates a bar.
   *
   * @param err where to write
   * @param interactive whether {@code err} is a terminal that understands a carriage return
   * @param nanoTime the clock, {@link System#nanoTime} outside tests
   */
  ProgressBar(PrintWriter err, boolean interactive, LongSupplier nanoTime) {
    this.err = err;
    this.interactive = interactive;
    this.nanoTime = nanoTime;
  }

  @Override
  public void downloadStarted(URI url, long offset, long total) {
    this.offset = offset;
    this.total = total;
    this.received = offset;
    this.startNanos = nanoTime.getAsLong();
    this.lastDrawNanos = 0;
    if (offset > 0) {
      line(TEXT.get("progress.resuming", url, megabytes(offset)));
    } else {
      line(TEXT.get("progress.downloading", url));
    }
  }

  @Override
  public void downloadProgressed(long received) {
    this.received = received;
    long now = nanoTime.getAsLong();
    if (interactive && now - lastDrawNanos >= REDRAW_NANOS) {
      lastDrawNanos = now;
      err.print("\r" + render(now));
      err.flush();
      lineOpen = true;
    }
  }

  @Override
  public void downloadEnded(URI url) {
    if (startNanos == 0) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (interactive) {
      err.print("\r" + render(now));
      err.println();
    } else {
      err.println(render(now));
    }
    err.flush();
    lineOpen = false;
    startNanos = 0;
  }

  @Override
  public void downloadRetrying(URI url, int nextAttempt, int attempts, Duration wait,
      Localizable reason) {
    line(TEXT.get("progress.retrying", reason.localizedMessage(Locale.getDefault()),
        wait.toMillis() / 1000.0, nextAttempt, attempts));
  }

  @Override
  public void waitingForLock(Path lockFile) {
    line(TEXT.get("progress.waitingForLock", lockFile));
  }

  @Override
  public void importStarted(Path archive, Path target) {
    line(TEXT.get("progress.extracting", archive, target.getParent()));
  }

  @Override
  public void checkStarted(Path root) {
    line(TEXT.get("progress.checking"));
  }

  /** Renders the current state, such as "[#####    ]  45%  7.1 / 15.7 MB  2.3 MB/s  0:04 left". */
  String render(long now) {
    double seconds = Math.max((now - startNanos) / 1e9, 1e-9);
    double rate = (received - offset) / seconds;
    String amount = total > 0
        ? TEXT.get("progress.amountOfTotal", megabytes(received), megabytes(total))
        : TEXT.get("progress.amount", megabytes(received));
    String speed = TEXT.get("progress.rate", megabytes(Math.round(rate)));
    if (total <= 0) {
      return String.format(Locale.ROOT, "%s  %s", amount, speed);
    }
    double fraction = Math.min(1.0, (double) received / total);
    int filled = (int) Math.round(fraction * WIDTH);
    String bar = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "]";
    String left = rate > 0 ? TEXT.get("progress.left", clock((total - received) / rate))
        : TEXT.get("progress.leftUnknown");
    return String.format(Locale.ROOT, "%s %3d%%  %s  %s  %s", bar, Math.round(fraction * 100),
        amount, speed, left);
  }

  private void line(String text) {
    if (lineOpen) {
      err.println();
      lineOpen = false;
    }
    err.println(text);
    err.flush();
  }

  /** Bytes as decimal megabytes with one decimal, for example 15.7. */
  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
  }

  /** Seconds as m:ss, for example 1:05. */
  static String clock(double seconds) {
    long whole = Math.round(seconds);
    return String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
  }
}
