package io.github.mnistdl4j.app;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal, counting Hangul and other East Asian
 * wide characters as two columns. The first column is left-aligned, the others right-aligned.
 */
public final class TextTable {

  private final List<String[]> rows = new ArrayList<>();

  /** Adds a row; every row should have the same number of cells. */
  public TextTable row(Object... cells) {
    String[] text = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      text[i] = String.valueOf(cells[i]);
    }
    rows.add(text);
    return this;
  }

  /** Renders the rows, two spaces between columns, one line each. */
  public List<String> render() {
    int columns = rows.stream().mapToInt(row -> row.length).max().orElse(0);
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], displayWidth(row[i]));
      }
    }
    List<String> lines = new ArrayList<>();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String padding = " ".repeat(widths[i] - displayWidth(row[i]));
        if (i > 0) {
          line.append("  ").append(padding).append(row[i]);
        } else {
          line.append(row[i]).append(padding);
        }
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  /** Terminal columns a string takes: two for each wide East Asian character, one otherwise. */
  public static int displayWidth(String text) {
    return text.codePoints().map(TextTable::codePointWidth).sum();
  }

  private static int codePointWidth(int codePoint) {
    boolean wide = (codePoint >= 0x1100 && codePoint <= 0x115F)
        || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
        || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
        || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
        || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
        || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
        || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6);
    return wide ? 2 : 1;
  }
}
