package io.github.mnistdl4j.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/** Maps the repeatable {@code -v} option to logback levels. */
final class Logging {

  private Logging() {}

  /**
   * Sets the level of the app's own loggers: no {@code -v} shows warnings only, {@code -v} shows
   * INFO (label map, counts, timings), {@code -vv} and more show DEBUG. Library loggers
   * (ND4J, DL4J, DataVec) go to INFO only from {@code -vv}.
   */
  static void configure(int verbosity) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    Level own = switch (verbosity) {
      case 0 -> Level.WARN;
      case 1 -> Level.INFO;
      default -> Level.DEBUG;
    };
    context.getLogger("io.github.mnistdl4j").setLevel(own);
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
        .setLevel(verbosity >= 2 ? Level.INFO : Level.WARN);
  }
}
