package io.github.mnistdl4j.model.approx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads the rows of a CSV target file, checking each line and naming it in errors. */
final class CsvTargetReader {

  private static final List<String> ONE_INPUT_HEADER = List.of("x", "y");
  private static final List<String> TWO_INPUT_HEADER = List.of("x1", "x2", "y");
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private CsvTargetReader() {}

  static Samples read(Path file) {
    List<String> lines = readLines(file);

    int headerIndex = firstNonBlank(lines, 0);
    if (headerIndex < 0) {
      throw new InvalidTargetException("csv.empty", file);
    }
    List<String> header = parseHeader(file, headerIndex + 1, lines.get(headerIndex));

    var inputs = new ArrayList<double[]>();
    var outputs = new ArrayList<Double>();
    for (int index = headerIndex + 1; index < lines.size(); index++) {
      String line = lines.get(index);
      if (line.isBlank()) {
        continue;
      }
      double[] values = parseRow(file, index + 1, line, header);
      inputs.add(Arrays.copyOf(values, values.length - 1));
      outputs.add(values[values.length - 1]);
    }

    if (outputs.size() < CsvTarget.MIN_ROWS) {
      throw new InvalidTargetException("csv.tooFewRows", file, Integer.toString(outputs.size()),
          Integer.toString(CsvTarget.MIN_ROWS));
    }
    return new Samples(inputs.toArray(double[][]::new),
        outputs.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static List<String> readLines(Path file) {
    if (!Files.exists(file)) {
      throw new InvalidTargetException("csv.notFound", file);
    }
    if (!Files.isRegularFile(file)) {
      throw new InvalidTargetException("csv.notFile", file);
    }
    List<String> lines;
    try {
      lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      throw new InvalidTargetException(e, "csv.notText", file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read target file " + file, e);
    }
    // Spreadsheet programs often start UTF-8 CSV files with a byte order mark.
    if (!lines.isEmpty() && !lines.get(0).isEmpty() && lines.get(0).charAt(0) == BYTE_ORDER_MARK) {
      lines.set(0, lines.get(0).substring(1));
    }
    return lines;
  }

  private static int firstNonBlank(List<String> lines, int from) {
    for (int index = from; index < lines.size(); index++) {
      if (!lines.get(index).isBlank()) {
        return index;
      }
    }
    return -1;
  }

  private static List<String> parseHeader(Path file, int lineNumber, String line) {
    List<String> names = new ArrayList<>();
    for (String cell : line.split(",", -1)) {
      names.add(cell.strip().toLowerCase(Locale.ROOT));
    }
    if (names.equals(ONE_INPUT_HEADER) || names.equals(TWO_INPUT_HEADER)) {
      return names;
    }
    String key = names.stream().allMatch(CsvTargetReader::isNumber)
        ? "csv.headerMissing" : "csv.headerInvalid";
    throw new InvalidTargetException(key, file, Integer.toString(lineNumber), line.strip());
  }

  private static double[] parseRow(Path file, int lineNumber, String line, List<String> header) {
    String[] cells = line.split(",", -1);
    if (cells.length != header.size()) {
      throw new InvalidTargetException("csv.columnCount", file, Integer.toString(lineNumber),
          Integer.toString(header.size()), String.join(",", header),
          Integer.toString(cells.length));
    }
    double[] values = new double[cells.length];
    for (int column = 0; column < cells.length; column++) {
      String cell = cells[column].strip();
      try {
        values[column] = Double.parseDouble(cell);
      } catch (NumberFormatException e) {
        throw new InvalidTargetException("csv.notNumber", file, Integer.toString(lineNumber),
            header.get(column), cell);
      }
      if (!Double.isFinite(values[column])) {
        throw new InvalidTargetException("csv.notFinite", file, Integer.toString(lineNumber),
            header.get(column), cell);
      }
    }
    return values;
  }

  private static boolean isNumber(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
