package io.github.mnistdl4j.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every resource bundle of every module exists in English and Korean with the same keys and the
 * same placeholders, is valid UTF-8, and its Korean text is Korean.
 */
class BundleConsistencyTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}|\\$\\{[A-Z-]+}");
  private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");

  /** Korean values that are only field names, units or symbols, the same in both languages. */
  private static final Set<String> SAME_IN_BOTH = Set.of("y", "u2", "yhat", "/255", "i",
      "yhat == 1.0", "sigmoid(u2)", "%nUsage: ", "",
      // The report page's HTML lang attribute.
      "ko");

  private static List<Path> koreanBundles() throws IOException {
    Path projectRoot = Path.of("").toAbsolutePath().getParent();
    try (Stream<Path> files = Files.walk(projectRoot)) {
      return files
          .filter(path -> path.toString().contains("src" + java.io.File.separator + "main"))
          .filter(path -> path.getFileName().toString().endsWith("_ko.properties"))
          .sorted()
          .toList();
    }
  }

  private static Properties load(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    // Decoding strictly fails on bytes that are not UTF-8.
    StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    while (matcher.find()) {
      found.add(matcher.group(1) != null ? "{" + matcher.group(1) + "}" : matcher.group());
    }
    return found;
  }

  @Test
  void bundlesFoundInEveryModule() throws IOException {
    List<Path> bundles = koreanBundles();

    assertTrue(bundles.size() >= 4, "Korean bundles found: " + bundles);
    assertTrue(bundles.stream().anyMatch(path -> path.toString().contains("mnist-data")),
        "the data module has a Korean bundle: " + bundles);
  }

  @Test
  void sameKeysAndPlaceholders() throws IOException {
    for (Path korean : koreanBundles()) {
      Path english = korean.resolveSibling(
          korean.getFileName().toString().replace("_ko.properties", ".properties"));
      assertTrue(Files.exists(english), "English bundle for " + korean);
      Properties en = load(english);
      Properties ko = load(korean);

      assertEquals(new TreeSet<>(en.stringPropertyNames()),
          new TreeSet<>(ko.stringPropertyNames()), "keys of " + english + " and " + korean);
      for (String key : en.stringPropertyNames()) {
        assertEquals(placeholders(en.getProperty(key)), placeholders(ko.getProperty(key)),
            "placeholders of " + key + " in " + korean.getFileName());
      }
    }
  }

  @Test
  void koreanTextIsKorean() throws IOException {
    for (Path korean : koreanBundles()) {
      Properties ko = load(korean);
      Properties en = load(korean.resolveSibling(
          korean.getFileName().toString().replace("_ko.properties", ".properties")));
      for (String key : ko.stringPropertyNames()) {
        String value = ko.getProperty(key);
        if (SAME_IN_BOTH.contains(value.strip()) || value.equals(en.getProperty(key))
            && !HANGUL.matcher(en.getProperty(key)).find() && value.length() <= 12) {
          continue;
        }
        assertTrue(HANGUL.matcher(value).find(),
            "Korean text of " + key + " in " + korean.getFileName() + " is not Korean: " + value);
      }
    }
  }

  @Test
  void englishTextHasNoHangul() throws IOException {
    for (Path korean : koreanBundles()) {
      Path english = korean.resolveSibling(
          korean.getFileName().toString().replace("_ko.properties", ".properties"));
      Properties en = load(english);
      for (String key : en.stringPropertyNames()) {
        assertFalse(HANGUL.matcher(en.getProperty(key)).find(),
            "English text of " + key + " in " + english.getFileName() + " contains Hangul");
      }
    }
  }
}
