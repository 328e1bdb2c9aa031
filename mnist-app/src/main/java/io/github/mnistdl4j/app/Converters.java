package io.github.mnistdl4j.app;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.PixelScale;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Picocli converters for the library's setting types, with errors in the user's language. */
public final class Converters {

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

  /**
   * Checks {@code --lang en|ko}, in any letter case. {@link MnistApp} has already set the locale
   * from the value before parsing, so a rejected value is reported in the system's language.
   */
  public static final class Language implements ITypeConverter<String> {
    private static final Text TEXT = new Text("app");

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
