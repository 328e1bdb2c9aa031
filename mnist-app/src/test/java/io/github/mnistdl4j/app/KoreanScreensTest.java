package io.github.mnistdl4j.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** With {@code --lang ko} every command's help, and errors, are in Korean. */
class KoreanScreensTest {

  private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");

  private static final List<List<String>> COMMANDS = List.of(
      List.of(), List.of("train"), List.of("experiment"), List.of("predict"), List.of("data"),
      List.of("data", "import"), List.of("data", "fetch"), List.of("data", "verify"),
      List.of("approximate"));

  @Test
  void everyHelpIsKorean() {
    for (List<String> command : COMMANDS) {
      List<String> args = new java.util.ArrayList<>(command);
      args.addAll(List.of("--help", "--lang", "ko"));

      AppRunner.Result result = AppRunner.run(args.toArray(String[]::new));

      assertEquals(ExitCodes.OK, result.exitCode(), "help of " + command + ": " + result.err());
      int englishOnlyLines = result.out().lines()
          .filter(line -> line.trim().length() > 40 && !HANGUL.matcher(line).find()
              && !line.contains("http") && !line.trim().startsWith("-")
              && !line.trim().startsWith("[") && !line.contains("mnist-dl4j"))
          .toList().size();
      assertTrue(HANGUL.matcher(result.out()).find(), "help of " + command + ":\n"
          + result.out());
      assertTrue(result.out().contains("옵션"), "help of " + command + ":\n" + result.out());
      assertTrue(englishOnlyLines <= 2, "help of " + command + " has English lines:\n"
          + result.out());
    }
  }

  @Test
  void errorIsKorean() {
    AppRunner.Result result = AppRunner.run("train", "--digits", "3,12", "--lang", "ko");

    assertEquals(ExitCodes.USAGE, result.exitCode());
    assertTrue(result.err().contains("잘못된 숫자 12"), result.err());
  }

  @Test
  void unknownLanguageIsRejected() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try {
      AppRunner.Result result = AppRunner.run("train", "--help", "--lang", "fr");

      assertEquals(ExitCodes.USAGE, result.exitCode());
      assertEquals("error: Invalid value for --lang: Invalid language \"fr\": expected en"
          + " (English) or ko (Korean).", result.err().lines().findFirst().orElse(""));
      AppRunner.Result upperCase = AppRunner.run("train", "--help", "--lang", "KO");
      assertEquals(ExitCodes.OK, upperCase.exitCode(), upperCase.err());
      assertTrue(HANGUL.matcher(upperCase.out()).find(), upperCase.out());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void numberErrorsAreInTheUsersLanguage() {
    AppRunner.Result korean = AppRunner.run("train", "--epochs", "abc", "--lang", "ko");
    AppRunner.Result english = AppRunner.run("train", "--lr", "x", "--lang", "en");

    assertEquals(ExitCodes.USAGE, korean.exitCode());
    assertEquals("오류: --epochs의 값이 잘못되었습니다: \"abc\"은(는) 정수가 아닙니다.",
        korean.err().lines().findFirst().orElse(""));
    assertEquals(ExitCodes.USAGE, english.exitCode());
    assertEquals("error: Invalid value for --lr: \"x\" is not a number.",
        english.err().lines().findFirst().orElse(""));
  }

  @Test
  void englishWhenAsked() {
    AppRunner.Result result = AppRunner.run("train", "--help", "--lang", "en");

    assertTrue(result.out().contains("Options:"), result.out());
    assertTrue(!HANGUL.matcher(result.out()).find(), result.out());
  }
}
