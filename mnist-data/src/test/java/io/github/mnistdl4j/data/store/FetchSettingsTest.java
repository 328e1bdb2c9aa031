package io.github.mnistdl4j.data.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Download settings from options and the environment, and the default archive's checks. */
class FetchSettingsTest {

  private static final URI FASTAI = URI.create(
      "https://s3.amazonaws.com/fast-ai-imageclas/mnist_png.tgz");

  @Test
  void defaultsUseFastaiArchiveWithPublishedChecks() {
    FetchSettings settings = FetchSettings.from(List.of(), Map.of());

    assertEquals(List.of(FASTAI), settings.urls());
    KnownArchive known = settings.knownArchiveFor(FASTAI).orElseThrow();
    assertEquals(15_683_414L, known.size());
    assertEquals("03639f83c4e3d19e0a3a53a8a997c487", known.md5OfFirstMiB());
  }

  @Test
  void environmentListsMirrorsInOrder() {
    FetchSettings settings = FetchSettings.from(List.of(),
        Map.of("MNIST_URL", "http://127.0.0.1:1/a.tgz, http://127.0.0.1:2/b.tgz"));

    assertEquals(List.of(URI.create("http://127.0.0.1:1/a.tgz"),
        URI.create("http://127.0.0.1:2/b.tgz")), settings.urls());
    assertEquals(Optional.empty(), settings.knownArchiveFor(settings.urls().get(0)),
        "an archive from another URL is checked by content");
  }

  @Test
  void optionsOverrideEnvironment() {
    FetchSettings settings = FetchSettings.from(List.of("http://127.0.0.1:3/c.tgz"),
        Map.of("MNIST_URL", "http://127.0.0.1:1/a.tgz"));

    assertEquals(List.of(URI.create("http://127.0.0.1:3/c.tgz")), settings.urls());
  }

  @Test
  void offlineFromEnvironment() {
    assertTrue(FetchSettings.offlineIn(Map.of("MNIST_OFFLINE", "1")));
    assertTrue(FetchSettings.offlineIn(Map.of("MNIST_OFFLINE", "true")));
    assertFalse(FetchSettings.offlineIn(Map.of("MNIST_OFFLINE", "0")));
    assertFalse(FetchSettings.offlineIn(Map.of()));
  }

  @Test
  void rejectsUrlThatIsNotHttp() {
    InvalidStoreSettingException error = assertThrows(InvalidStoreSettingException.class,
        () -> FetchSettings.from(List.of("file:///tmp/mnist_png.tgz"), Map.of()));

    assertEquals("Invalid download URL \"file:///tmp/mnist_png.tgz\": expected an http:// or"
        + " https:// URL with a host, for example " + FASTAI, error.getMessage());
    assertTrue(error.localizedMessage(Locale.KOREAN).contains("잘못된 다운로드 URL"));
  }

  @Test
  void rejectsMalformedUrl() {
    InvalidStoreSettingException error = assertThrows(InvalidStoreSettingException.class,
        () -> FetchSettings.from(List.of("http://bad host/x.tgz"), Map.of()));

    assertTrue(error.getMessage().startsWith("Invalid download URL \"http://bad host/x.tgz\": "),
        error.getMessage());
  }
}
