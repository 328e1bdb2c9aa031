package io.github.mnistdl4j.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.data.Localizable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The download bar's text for a known clock: bytes, percentage, rate and time left. */
class ProgressBarTest {

  private static final URI URL = URI.create("http://127.0.0.1:8000/mnist_png.tgz");

  private final Locale original = Locale.getDefault();
  private final StringWriter text = new StringWriter();
  private final AtomicLong clock = new AtomicLong(1_000_000_000L);

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(original);
  }

  private ProgressBar bar(boolean interactive) {
    return new ProgressBar(new PrintWriter(text, true), interactive, clock::get);
  }

  @Test
  void renderShowsBytesRateAndTimeLeft() {
    Locale.setDefault(Locale.ENGLISH);
    ProgressBar bar = bar(true);
    bar.downloadStarted(URL, 0, 15_683_414);
    clock.addAndGet(2_000_000_000L);
    bar.downloadProgressed(4_000_000);

    String line = bar.render(clock.get());

    assertEquals("[######                  ]  26%  4.0 / 15.7 MB  2.0 MB/s  0:06 left", line);
  }

  @Test
  void renderInKorean() {
    Locale.setDefault(Locale.KOREAN);
    ProgressBar bar = bar(true);
    bar.downloadStarted(URL, 1_000_000, 3_000_000);
    clock.addAndGet(1_000_000_000L);
    bar.downloadProgressed(2_000_000);

    assertEquals("[################        ]  67%  2.0 / 3.0 MB  1.0 MB/s  남은 시간 0:01",
        bar.render(clock.get()));
    assertTrue(text.toString().contains("이어 받는 중 (이미 1.0 MB 받음)"), text.toString());
  }

  @Test
  void renderWithoutContentLength() {
    Locale.setDefault(Locale.ENGLISH);
    ProgressBar bar = bar(false);
    bar.downloadStarted(URL, 0, -1);
    clock.addAndGet(500_000_000L);
    bar.downloadProgressed(1_500_000);

    assertEquals("1.5 MB  3.0 MB/s", bar.render(clock.get()));
  }

  @Test
  void pipeGetsLinesWithoutCarriageReturns() {
    Locale.setDefault(Locale.ENGLISH);
    ProgressBar bar = bar(false);
    bar.downloadStarted(URL, 0, 2_000_000);
    for (int step = 1; step <= 4; step++) {
      clock.addAndGet(500_000_000L);
      bar.downloadProgressed(step * 500_000L);
    }
    bar.downloadEnded(URL);
    bar.downloadRetrying(URL, 2, 4, Duration.ofSeconds(2), english("retry reason"));

    assertEquals("Downloading " + URL + "\n"
        + "[########################] 100%  2.0 / 2.0 MB  1.0 MB/s  0:00 left\n"
        + "Failed: retry reason. Trying again in 2 s (try 2 of 4).\n",
        text.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void terminalRedrawsInPlace() {
    Locale.setDefault(Locale.ENGLISH);
    ProgressBar bar = bar(true);
    bar.downloadStarted(URL, 0, 1_000_000);
    clock.addAndGet(300_000_000L);
    bar.downloadProgressed(500_000);
    clock.addAndGet(100_000_000L);
    bar.downloadProgressed(600_000);

    assertEquals(1, text.toString().chars().filter(c -> c == '\r').count(),
        "redraws are at least 200 ms apart: " + text);
  }

  private static Localizable english(String message) {
    return new Localizable() {
      @Override
      public String bundleName() {
        return "";
      }

      @Override
      public String messageKey() {
        return "";
      }

      @Override
      public Object[] messageArguments() {
        return new Object[0];
      }

      @Override
      public String localizedMessage(Locale locale) {
        return message;
      }
    };
  }
}
