package io.github.mnistdl4j.app;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.PixelScale;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Picocli converters for the library's setting types, with errors in the user's language. */
public final class Converters {

  private static final Text TEXT = new Text("app");

  private Converters() {}

  /** Parses {@code --digits 3,7}. */
  public static final class Digits implements ITypeConverter<DigitPair> {
    @Override
    public DigitPair convert(String value) {
      try {
        return DigitPair.parse(value);
      } catch (io.github.mnistdl4j.data.InvalidSettingException e) {
        throw new TypeConversionException(e.localizedMessage(Locale.getDefault()));
      }
    }
  }

  /** Parses {@code --scale raw|unit}. */
  public static final class Scale implements ITypeConverter<PixelScale> {
    @Override
    public PixelScale convert(String value) {
      try {
        return PixelScale.fromOptionValue(value);
      } catch (io.github.mnistdl4j.data.InvalidSettingException e) {
        throw new TypeConversionException(e.localizedMessage(Locale.getDefault()));
      }
    }
  }

  /** Parses whole-number options ({@code int}), with the error in the user's language. */
  public static final class WholeNumber implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return parseNumber(value, Integer::valueOf, "error.notWholeNumber");
    }
  }

  /** Parses whole-number options ({@code long}), with the error in the user's language. */
  public static final class LongNumber implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return parseNumber(value, Long::valueOf, "error.notWholeNumber");
    }
  }

  /** Parses decimal options ({@code double}), with the error in the user's language. */
  public static final class Decimal implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      return parseNumber(value, Double::valueOf, "error.notNumber");
    }
  }

  private static <T> T parseNumber(String value, Function<String, T> parser, String errorKey) {
    try {
      return parser.apply(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException(TEXT.get(errorKey, value));
    }
  }

  /**
   * Registers the number converters above for every option of {@code commandLine} and its
   * subcommands, in place of picocli's English "'x' is not an int".
   */
  public static void registerNumbers(picocli.CommandLine commandLine) {
    commandLine.registerConverter(Integer.class, new WholeNumber());
    commandLine.registerConverter(Integer.TYPE, new WholeNumber());
    commandLine.registerConverter(Long.class, new LongNumber());
    commandLine.registerConverter(Long.TYPE, new LongNumber());
    commandLine.registerConverter(Double.class, new Decimal());
    commandLine.registerConverter(Double.TYPE, new Decimal());
  }

  /**
   * Checks {@code --lang en|ko}, in any letter case. {@link MnistApp} has already set the locale
   * from the value before parsing, so a rejected value is reported in the system's language.
   */
  public static final class Language implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String language = value.toLowerCase(Locale.ROOT);
      if (!language.equals("en") && !language.equals("ko")) {
        throw new TypeConversionException(TEXT.get("error.language", value));
      }
      return language;
    }
  }

  /** Parses {@code --loss library|clamped|naive}. */
  public static final class Loss implements ITypeConverter<io.github.mnistdl4j.model.loss.LossKind> {
    @Override
    public io.github.mnistdl4j.model.loss.LossKind convert(String value) {
      try {
        return io.github.mnistdl4j.model.loss.LossKind.fromOptionValue(value);
      } catch (io.github.mnistdl4j.model.loss.InvalidLossException e) {
        throw new TypeConversionException(e.localizedMessage(Locale.getDefault()));
      }
    }
  }
}
