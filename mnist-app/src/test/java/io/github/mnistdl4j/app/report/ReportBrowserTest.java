package io.github.mnistdl4j.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens {@code report.html} from disk in headless Chromium, driven by Selenium WebDriver, and
 * checks what a student would see: every image loaded, no console error, no sideways scrolling
 * on a phone. Screenshots go to {@code target/report-browser/}.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} packages. Without them the
 * tests are skipped, unless the environment sets {@code REQUIRE_BROWSER=1}, which makes them
 * fail. The driver and the browser are given by path, so Selenium Manager never runs and
 * downloads nothing, and the browser resolves no host name, so the page cannot reach the network.
 */
class ReportBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "report-browser");

  private static final int DESKTOP_WIDTH = 1280;
  private static final int PHONE_WIDTH = 390;
  private static final int PHONE_HEIGHT = 844;

  /** For each image: source, whether loading finished, and its natural width (0 if broken). */
  private static final String IMAGE_STATES = "return Array.from(document.images)"
      + ".map(image => [image.getAttribute('src'), image.complete, image.naturalWidth]);";

  @TempDir
  Path dir;

  @TempDir
  Path profile;

  private ChromeDriverService service;
  private ChromeDriver driver;

  /** Skips or fails each test, not the class, so that Surefire counts and names the skips. */
  private static void requireBrowser() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "1".equals(System.getenv("REQUIRE_BROWSER"))) {
      fail("REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + CHROMEDRIVER
          + " is missing; install them with: apt-get install -y chromium chromium-driver");
    }
    assumeTrue(installed, "Skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing;"
        + " install them with: apt-get install -y chromium chromium-driver");
  }

  @BeforeEach
  void startBrowser() throws IOException {
    requireBrowser();
    Files.createDirectories(SCREENSHOTS);
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogFile(SCREENSHOTS.resolve("chromedriver.log").toFile())
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath(),
        // Every host name fails to resolve, so nothing on the page can reach the network.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--window-size=" + DESKTOP_WIDTH + ",900");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterEach
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void reportLoadsCompletely(String language) throws IOException {
    WrittenReport written = ReportWriter.write(dir,
        SyntheticReports.complete(5, language.equals("ko")), Locale.forLanguageTag(language));

    driver.get(written.html().toUri().toString());

    assertEquals(language, driver.findElement(org.openqa.selenium.By.tagName("html"))
        .getAttribute("lang"), "page language");
    List<List<Object>> images = imageStates();
    assertEquals(written.images().size(), images.size(), "images on the page: " + images);
    for (List<Object> image : images) {
      assertEquals(Boolean.TRUE, image.get(1), "image not loaded: " + image);
      assertTrue(((Number) image.get(2)).longValue() > 0, "broken image: " + image);
    }
    assertEquals(List.of(), consoleErrors(), "console errors");

    screenshot(DESKTOP_WIDTH, "report-" + language + "-desktop.png");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void reportFitsPhoneWidth(String language) throws IOException {
    WrittenReport written = ReportWriter.write(dir, SyntheticReports.complete(5, false),
        Locale.forLanguageTag(language));
    driver.manage().window().setSize(new Dimension(PHONE_WIDTH, PHONE_HEIGHT));

    driver.get(written.html().toUri().toString());

    long pageWidth = number("return document.documentElement.scrollWidth;");
    long viewportWidth = number("return window.innerWidth;");
    assertTrue(pageWidth <= viewportWidth, "page is " + pageWidth
        + " px wide in a " + viewportWidth + " px viewport, so it scrolls sideways");
    long widestImage = number("return Math.max(...Array.from(document.images)"
        + ".map(image => image.getBoundingClientRect().right));");
    assertTrue(widestImage <= viewportWidth, "an image reaches x=" + widestImage
        + " in a " + viewportWidth + " px viewport");
    assertEquals(List.of(), consoleErrors(), "console errors");

    screenshot(PHONE_WIDTH, "report-" + language + "-phone.png");
  }

  @Test
  void missingImageIsDetected() throws IOException {
    // The checks above must be able to fail: a deleted chart shows as a broken image and as a
    // console error.
    WrittenReport written =
        ReportWriter.write(dir, SyntheticReports.complete(5, false), Locale.ENGLISH);
    Files.delete(dir.resolve(ReportWriter.LOSS_FILE));

    driver.get(written.html().toUri().toString());

    List<List<Object>> broken = imageStates().stream()
        .filter(image -> ((Number) image.get(2)).longValue() == 0).toList();
    assertEquals(1, broken.size(), "broken images: " + broken);
    assertEquals(ReportWriter.LOSS_FILE, broken.get(0).get(0));
    List<String> errors = consoleErrors();
    assertFalse(errors.isEmpty(), "no console error for the missing image");
  }

  @SuppressWarnings("unchecked")
  private List<List<Object>> imageStates() {
    return (List<List<Object>>) ((JavascriptExecutor) driver).executeScript(IMAGE_STATES);
  }

  private long number(String script) {
    return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
  }

  private List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::toString)
        .toList();
  }

  /** Saves a screenshot of the whole page at the given width. */
  private void screenshot(int width, String name) throws IOException {
    driver.manage().window().setSize(new Dimension(width, PHONE_HEIGHT));
    long frame = number("return window.outerHeight - window.innerHeight;");
    long height = number("return document.documentElement.scrollHeight;");
    driver.manage().window().setSize(new Dimension(width, (int) (height + frame)));
    Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(file, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
