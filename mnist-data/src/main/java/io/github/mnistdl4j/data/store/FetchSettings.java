package io.github.mnistdl4j.data.store;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Download settings for the archive: the URLs tried in order (the first one, then its mirrors),
 * timeouts, retries and the archives whose size and checksum are known in advance.
 *
 * @param urls URLs tried in order until one succeeds; not empty
 * @param connectTimeout time allowed to open a connection
 * @param readTimeout time allowed without receiving any byte, for the response headers and
 *     for every part of the body
 * @param attempts tries per URL, at least 1
 * @param firstBackoff wait before the second try of a URL; it doubles for each further try
 * @param knownArchives archives checked by size and checksum before extraction; an archive from
 *     any other URL is checked by its content instead
 */
public record FetchSettings(List<URI> urls, Duration connectTimeout, Duration readTimeout,
    int attempts, Duration firstBackoff, List<KnownArchive> knownArchives) {

  /** Environment variable with the URLs to download from, separated by commas. */
  public static final String URL_VARIABLE = "MNIST_URL";

  /** Environment variable that forbids any network access when set to {@code 1} or {@code true}. */
  public static final String OFFLINE_VARIABLE = "MNIST_OFFLINE";

  /** Default connect timeout: 15 seconds. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(15);

  /** Default read timeout: 30 seconds without a byte. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  /** Default tries per URL. */
  public static final int DEFAULT_ATTEMPTS = 4;

  /** Default wait before the second try: 2 seconds, then 4 and 8. */
  public static final Duration DEFAULT_FIRST_BACKOFF = Duration.ofSeconds(2);

  /** Validates the settings and copies the lists. */
  public FetchSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(firstBackoff, "firstBackoff");
    urls = List.copyOf(urls);
    knownArchives = List.copyOf(knownArchives);
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("At least one download URL is required");
    }
    for (URI url : urls) {
      String scheme = url.getScheme();
      if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
        throw new IllegalArgumentException(
            "Download URL must start with http:// or https://, got \"" + url + "\"");
      }
    }
    if (connectTimeout.isNegative() || connectTimeout.isZero()
        || readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("Timeouts must be positive, got connect "
          + connectTimeout + " and read " + readTimeout);
    }
    if (attempts < 1) {
      throw new IllegalArgumentException("Attempts per URL must be at least 1, got " + attempts);
    }
    if (firstBackoff.isNegative()) {
      throw new IllegalArgumentException("Backoff must not be negative, got " + firstBackoff);
    }
  }

  /** Returns the defaults: fastai's MNIST archive, checked by its published size and checksum. */
  public static FetchSettings defaults() {
    return forUrls(List.of(KnownArchive.FASTAI_MNIST.url()));
  }

  /** Returns settings with other URLs and the default timeouts, retries and known archives. */
  public static FetchSettings forUrls(List<URI> urls) {
    return new FetchSettings(urls, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
        DEFAULT_ATTEMPTS, DEFAULT_FIRST_BACKOFF, List.of(KnownArchive.FASTAI_MNIST));
  }

  /**
   * Builds settings from explicit URLs if there are any, else from {@code MNIST_URL}, else the
   * defaults.
   *
   * @throws IllegalArgumentException if a URL is not an http or https URL
   */
  public static FetchSettings from(List<String> explicitUrls, Map<String, String> environment) {
    List<String> texts = new ArrayList<>(explicitUrls);
    String fromEnvironment = environment.get(URL_VARIABLE);
    if (texts.isEmpty() && fromEnvironment != null && !fromEnvironment.isBlank()) {
      texts.addAll(List.of(fromEnvironment.split(",")));
    }
    if (texts.isEmpty()) {
      return defaults();
    }
    List<URI> urls = new ArrayList<>();
    for (String text : texts) {
      urls.add(parseUrl(text.strip()));
    }
    return forUrls(urls);
  }

  /**
   * Returns whether the environment forbids network access ({@code MNIST_OFFLINE=1} or {@code
   * true}).
   */
  public static boolean offlineIn(Map<String, String> environment) {
    String value = environment.get(OFFLINE_VARIABLE);
    return value != null && (value.strip().equals("1") || value.strip().equalsIgnoreCase("true"));
  }

  /** Returns the known archive for a URL, if its size and checksum are published. */
  public Optional<KnownArchive> knownArchiveFor(URI url) {
    return knownArchives.stream().filter(known -> known.url().equals(url)).findFirst();
  }

  /**
   * Returns the same URLs with other timeouts, retries and known archives, for tests and tuning.
   */
  public FetchSettings with(Duration connect, Duration read, int tries, Duration backoff,
      List<KnownArchive> known) {
    return new FetchSettings(urls, connect, read, tries, backoff, known);
  }

  private static URI parseUrl(String text) {
    URI url;
    try {
      url = new URI(text);
    } catch (java.net.URISyntaxException e) {
      throw new InvalidStoreSettingException("url.invalid", text, e.getReason());
    }
    String scheme = url.getScheme();
    if (url.getHost() == null
        || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
      throw new InvalidStoreSettingException("url.notHttp", text, KnownArchive.FASTAI_MNIST.url());
    }
    return url;
  }
}
