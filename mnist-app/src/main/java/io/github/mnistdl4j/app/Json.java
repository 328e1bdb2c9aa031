package io.github.mnistdl4j.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/** JSON output of the app: pretty-printed UTF-8, written atomically. */
public final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /**
   * Returns a number as JSON can hold it: finite values as they are, NaN and infinities as the
   * strings {@code "nan"}, {@code "inf"} and {@code "-inf"}, as the lecture's reference file
   * writes them.
   */
  public static Object number(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    return value;
  }

  /** Writes a tree of maps, lists, strings and numbers to {@code file}. */
  public static void write(Path file, Object value) throws IOException {
    AtomicFiles.write(file, MAPPER.writeValueAsBytes(value));
  }

  /** The shared mapper, for reading JSON back in tests. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
