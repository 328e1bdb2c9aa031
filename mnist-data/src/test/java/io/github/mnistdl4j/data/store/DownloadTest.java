package io.github.mnistdl4j.data.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.data.Localizable;
import io.github.mnistdl4j.data.testing.ArchiveServer;
import io.github.mnistdl4j.data.testing.ArchiveServer.Request;
import io.github.mnistdl4j.data.testing.TarGzBuilder;
import io.github.mnistdl4j.data.testing.TinyMnist;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads from an HTTP server on 127.0.0.1 that the test starts: success, resume, mirrors,
 * known-archive checks and every network fault. No test reaches any other host.
 */
class DownloadTest {

  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(400);

  @TempDir Path temp;

  private Path home;
  private byte[] archive;
  private byte[] otherArchive;
  private ArchiveServer server;
  private final List<String> events = new ArrayList<>();

  private final StoreListener recorder = new StoreListener() {
    @Override
    public void downloadStarted(URI url, long offset, long total) {
      events.add("started " + offset + "/" + total);
    }

    @Override
    public void downloadProgressed(long received) {
      events.add("progressed " + received);
    }

    @Override
    public void downloadRetrying(URI url, int nextAttempt, int attempts, Duration wait,
        Localizable reason) {
      events.add("retrying " + nextAttempt + "/" + attempts + ": "
          + reason.localizedMessage(Locale.ENGLISH));
    }
  };

  @BeforeEach
  void setUp() {
    home = temp.resolve("home");
    Path tree = TinyMnist.writeTree(temp.resolve("source").resolve("mnist_png"));
    archive = new TarGzBuilder().tree(tree, "mnist_png").bytes();
    otherArchive = new TarGzBuilder().tree(tree, "mnist_png")
        .file("NOTE.txt", "other".getBytes(StandardCharsets.UTF_8)).bytes();
    server = new ArchiveServer();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private DataStore store(List<URI> urls, List<KnownArchive> known, boolean offline) {
    FetchSettings fetch = FetchSettings.forUrls(urls)
        .with(SHORT_TIMEOUT, SHORT_TIMEOUT, 3, Duration.ofMillis(10), known);
    return new DataStore(new StoreSettings(home, offline, fetch, ArchiveLimits.DEFAULT,
        TinyMnist.counts()), recorder);
  }

  private DataStore store(URI url) {
    return store(List.of(url), List.of(), false);
  }

  private static KnownArchive known(URI url, byte[] bytes) throws Exception {
    byte[] prefix = Arrays.copyOf(bytes, Math.min(bytes.length, KnownArchive.CHECKED_PREFIX_BYTES));
    return new KnownArchive(url, bytes.length,
        HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(prefix)));
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** Imports a good tree first, so that a failed download can show that it survives. */
  private HomeSnapshot importGoodTree() {
    Path good = temp.resolve("good.tgz");
    TinyMnist.write(good, otherArchive);
    store(server.url("/unused")).importArchive(good);
    return HomeSnapshot.of(home);
  }

  /** Fetches with {@code force} over a good tree and checks the one-line message. */
  private DataStoreException assertFetchFails(DataStore store, URI url, String reasonText) {
    HomeSnapshot before = importGoodTree();

    DataStoreException error = assertThrows(DataStoreException.class, () -> store.fetch(true));

    String message = error.getMessage();
    assertTrue(message.contains(url.toString()), "message must name the URL: " + message);
    assertTrue(message.contains(reasonText), "expected \"" + reasonText + "\" in: " + message);
    assertTrue(message.contains("data import " + home.resolve("mnist_png.tgz")), message);
    assertFalse(message.contains("\n"), message);
    assertTrue(error.localizedMessage(Locale.KOREAN).contains(url.toString()));
    HomeSnapshot after = HomeSnapshot.of(home);
    assertEquals(before.entries().get("mnist_png.sha256"), after.entries().get("mnist_png.sha256"));
    assertEquals(before.entries().entrySet().stream().filter(e -> e.getKey().startsWith("mnist_png"))
        .toList(), after.entries().entrySet().stream()
        .filter(e -> e.getKey().startsWith("mnist_png") && !e.getKey().startsWith("mnist_png.tgz"))
        .toList(), "the good tree must survive");
    return error;
  }

  @Test
  void fetchDownloadsChecksAndImports() throws Exception {
    URI url = server.url("/mnist_png.tgz");
    server.route("/mnist_png.tgz", ArchiveServer.bytes(archive));

    FetchResult result = store(List.of(url), List.of(known(url, archive)), false).fetch(false);

    assertEquals(Optional.of(url), result.url());
    assertEquals(archive.length, result.bytes());
    assertEquals(home.resolve("mnist_png"), result.imported().tree());
    assertTrue(new TreeVerifier(TinyMnist.counts()).verify(result.imported().tree()).passed());
    assertEquals(sha256(archive), result.imported().sha256());
    assertEquals(sha256(archive) + "  mnist_png.tgz\n",
        Files.readString(home.resolve("mnist_png.sha256")));
    assertTrue(Arrays.equals(archive, Files.readAllBytes(home.resolve("mnist_png.tgz"))),
        "the archive is kept in the data home");
    assertFalse(Files.exists(home.resolve("mnist_png.tgz.part")));
    assertEquals("started 0/" + archive.length, events.get(0));
    assertEquals("progressed " + archive.length, events.get(events.size() - 1));
  }

  @Test
  void fetchSkipsDownloadWhenTreePresent() {
    importGoodTree();
    server.route("/mnist_png.tgz", ArchiveServer.bytes(archive));

    FetchResult result = store(server.url("/mnist_png.tgz")).fetch(false);

    assertTrue(result.imported().alreadyPresent());
    assertEquals(Optional.empty(), result.url());
    assertEquals(List.of(), server.requests());
  }

  @Test
  void fetchResumesCutBodyWithRange() throws Exception {
    URI url = server.url("/mnist_png.tgz");
    server.route("/mnist_png.tgz", ArchiveServer.shortBody(archive, 1000, 2));

    FetchResult result = store(List.of(url), List.of(known(url, archive)), false).fetch(false);

    assertEquals(archive.length, result.bytes());
    List<Request> requests = server.requests();
    assertEquals(2, requests.size(), requests.toString());
    assertEquals(null, requests.get(0).range());
    assertEquals("bytes=1000-", requests.get(1).range());
    assertTrue(events.contains("started 1000/" + archive.length), events.toString());
    assertTrue(Arrays.equals(archive, Files.readAllBytes(home.resolve("mnist_png.tgz"))));
  }

  @Test
  void fetchResumesPartialFileOfEarlierRun() throws Exception {
    URI url = server.url("/mnist_png.tgz");
    server.route("/mnist_png.tgz", ArchiveServer.bytes(archive));
    Files.createDirectories(home);
    Files.write(home.resolve("mnist_png.tgz.part"), Arrays.copyOf(archive, 777));
    Files.writeString(home.resolve("mnist_png.tgz.part.url"), url + "\n");

    store(url).fetch(false);

    assertEquals(List.of(new Request("/mnist_png.tgz", "bytes=777-")), server.requests());
    assertTrue(Arrays.equals(archive, Files.readAllBytes(home.resolve("mnist_png.tgz"))));
  }

  @Test
  void fetchDiscardsPartialFileOfOtherUrl() throws Exception {
    URI url = server.url("/mnist_png.tgz");
    server.route("/mnist_png.tgz", ArchiveServer.bytes(archive));
    Files.createDirectories(home);
    Files.write(home.resolve("mnist_png.tgz.part"), Arrays.copyOf(otherArchive, 777));
    Files.writeString(home.resolve("mnist_png.tgz.part.url"), "http://127.0.0.1:9/old.tgz\n");

    store(url).fetch(false);

    assertEquals(List.of(new Request("/mnist_png.tgz", null)), server.requests());
  }

  @Test
  void fetchStartsOverWhenServerIgnoresRange() throws Exception {
    URI url = server.url("/mnist_png.tgz");
    server.route("/mnist_png.tgz", ArchiveServer.bytesIgnoringRange(archive));
    Files.createDirectories(home);
    Files.write(home.resolve("mnist_png.tgz.part"), Arrays.copyOf(archive, 500));
    Files.writeString(home.resolve("mnist_png.tgz.part.url"), url + "\n");

    FetchResult result = store(url).fetch(false);

    assertEquals("bytes=500-", server.requests().get(0).range());
    assertEquals(sha256(archive), result.imported().sha256());
  }

  @Test
  void fetchTriesMirrorsInOrder() {
    URI missing = server.url("/missing.tgz");
    URI mirror = server.url("/mirror.tgz");
    server.route("/missing.tgz", ArchiveServer.status(404))
        .route("/mirror.tgz", ArchiveServer.bytes(archive));

    FetchResult result = store(List.of(missing, mirror), List.of(), false).fetch(false);

    assertEquals(Optional.of(mirror), result.url());
    assertEquals(List.of(new Request("/missing.tgz", null), new Request("/mirror.tgz", null)),
        server.requests());
  }

  @Test
  void fetchReportsNotFoundWithoutRetry() {
    URI url = server.url("/mnist_png.tgz");
    server.route("/mnist_png.tgz", ArchiveServer.status(404));

    DataStoreException error = assertFetchFails(store(url), url, "the server returned HTTP 404");

    assertEquals("download.failed", error.messageKey());
    assertEquals(1, server.requests().size());
  }

  @Test
  void fetchRetriesServerError() {
    URI url = server.url("/mnist_png.tgz");
    server.route("/mnist_png.tgz", ArchiveServer.status(500));

    assertFetchFails(store(url), url, "the server returned HTTP 500 (after 3 tries)");

    assertEquals(3, server.requests().size());
    assertTrue(events.contains("retrying 2/3: the server returned HTTP 500"), events.toString());
  }

  @Test
  void fetchReportsConnectionRefused() {
    URI url = ArchiveServer.refusingUrl();

    assertFetchFails(store(url), url,
        "the connection to 127.0.0.1:" + url.getPort() + " was refused (after 3 tries)");
  }

  @Test
  void fetchTimesOutOnStalledBody() {
    URI url = server.url("/mnist_png.tgz");
    server.route("/mnist_png.tgz", server.stallInBody(archive, 100));

    assertFetchFails(store(url), url, "no data from 127.0.0.1:" + url.getPort() + " for 0.4 s");
  }

  @Test
  void fetchTimesOutWithoutHeaders() {
    URI url = server.url("/mnist_png.tgz");
    server.route("/mnist_png.tgz", server.stallBeforeHeaders());

    assertFetchFails(store(url), url, "no data from 127.0.0.1:" + url.getPort() + " for 0.4 s");
  }

  @Test
  void fetchReportsBodyShorterThanContentLength() {
    URI url = server.url("/mnist_png.tgz");
    server.route("/mnist_png.tgz", ArchiveServer.shortBody(archive, 100, Integer.MAX_VALUE));

    DataStoreException error = assertFetchFails(store(url), url, "the response ended after ");

    assertTrue(error.getMessage().contains("of " + String.format(Locale.ENGLISH, "%,d",
        archive.length) + " bytes (after 3 tries)"), error.getMessage());
    assertEquals(Arrays.asList(null, "bytes=100-", "bytes=200-"),
        server.requests().stream().map(Request::range).toList());
  }

  @Test
  void fetchRejectsSizeMismatch() throws Exception {
    URI url = server.url("/mnist_png.tgz");
    server.route("/mnist_png.tgz", ArchiveServer.bytes(archive));
    KnownArchive expected = new KnownArchive(url, archive.length + 1L,
        known(url, archive).md5OfFirstMiB());

    assertFetchFails(store(List.of(url), List.of(expected), false), url,
        "expected " + String.format(Locale.ENGLISH, "%,d", archive.length + 1));

    assertFalse(Files.exists(home.resolve("mnist_png.tgz.part")), "a bad download is deleted");
  }

  @Test
  void fetchRejectsChecksumMismatch() {
    URI url = server.url("/mnist_png.tgz");
    server.route("/mnist_png.tgz", ArchiveServer.bytes(archive));
    KnownArchive expected = new KnownArchive(url, archive.length,
        "03639f83c4e3d19e0a3a53a8a997c487");

    assertFetchFails(store(List.of(url), List.of(expected), false), url,
        "expected 03639f83c4e3d19e0a3a53a8a997c487");

    assertFalse(Files.exists(home.resolve("mnist_png.tgz.part")));
  }

  @Test
  void fetchChecksContentOfOtherSources() {
    URI url = server.url("/mnist_png.tgz");
    server.route("/mnist_png.tgz", ArchiveServer.bytes("<html>not found</html>".getBytes()));

    assertFetchFails(store(url), url, "Not a gzip file");

    assertFalse(Files.exists(home.resolve("mnist_png.tgz.part")));
  }

  @Test
  void fetchOfflineMakesNoRequest() {
    URI url = server.url("/mnist_png.tgz");
    server.route("/mnist_png.tgz", ArchiveServer.bytes(archive));

    DataStoreException error = assertThrows(DataStoreException.class,
        () -> store(List.of(url), List.of(), true).fetch(false));

    assertEquals("download.offline", error.messageKey());
    assertTrue(error.getMessage().contains(url.toString()), error.getMessage());
    assertEquals(List.of(), server.requests());
    assertFalse(Files.exists(home));
  }

  @Test
  void fetchOfflineReportsTreeAlreadyPresent() {
    importGoodTree();
    URI url = server.url("/mnist_png.tgz");

    FetchResult result = store(List.of(url), List.of(), true).fetch(false);

    assertTrue(result.imported().alreadyPresent());
    assertEquals(Optional.empty(), result.url());
    assertEquals(List.of(), server.requests());
    DataStoreException forced = assertThrows(DataStoreException.class,
        () -> store(List.of(url), List.of(), true).fetch(true));
    assertEquals("download.offline", forced.messageKey());
  }

  @Test
  void resolveTreeDownloadsWhenNothingFound() {
    URI url = server.url("/mnist_png.tgz");
    server.route("/mnist_png.tgz", ArchiveServer.bytes(archive));

    Path tree = store(url).resolveTree(Optional.empty());

    assertEquals(home.resolve("mnist_png"), tree);
    assertEquals(1, server.requests().size());
  }

  @Test
  void resolveTreeImportsArchiveKeptInHome() throws Exception {
    Files.createDirectories(home);
    Files.write(home.resolve("mnist_png.tgz"), archive);

    Path tree = store(ArchiveServer.refusingUrl()).resolveTree(Optional.empty());

    assertEquals(home.resolve("mnist_png"), tree);
    assertEquals(sha256(archive), Files.readString(home.resolve("mnist_png.sha256")).substring(0, 64));
  }

  @Test
  void resolveTreeNamesUrlFolderAndImportWhenDownloadFails() {
    URI url = server.url("/mnist_png.tgz");
    server.route("/mnist_png.tgz", ArchiveServer.status(404));

    DataStoreException error = assertThrows(DataStoreException.class,
        () -> store(url).resolveTree(Optional.empty()));

    String message = error.getMessage();
    assertEquals("data.missingDownloadFailed", error.messageKey());
    assertEquals("No MNIST data in " + home + " and the download failed: " + url
        + ": the server returned HTTP 404. Download " + url + " into " + home
        + " and run: mnist-dl4j data import " + home.resolve("mnist_png.tgz"), message);
  }

  @Test
  void resolveTreeOfflineNamesUrlFolderAndImport() {
    URI url = server.url("/mnist_png.tgz");

    DataStoreException error = assertThrows(DataStoreException.class,
        () -> store(List.of(url), List.of(), true).resolveTree(Optional.empty()));

    assertEquals("No MNIST data in " + home + " and downloading is off (--offline or"
        + " MNIST_OFFLINE=1). Download " + url + " into " + home
        + " and run: mnist-dl4j data import " + home.resolve("mnist_png.tgz"),
        error.getMessage());
    assertEquals(List.of(), server.requests());
    assertFalse(Files.exists(home), "an offline failure must not create the data home");
  }
}
