package io.github.mnistdl4j.app.report;

import java.nio.file.Path;
import java.util.List;

/**
 * Files that {@link ReportWriter} wrote.
 *
 * @param html the page, {@code report.html}
 * @param images the PNG charts next to it, in the order the page shows them
 */
public record WrittenReport(Path html, List<Path> images) {

  /** Copies the image list. */
  public WrittenReport {
    images = List.copyOf(images);
  }
}
