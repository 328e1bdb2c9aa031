package io.github.mnistdl4j.data.store;

import io.github.mnistdl4j.data.InvalidDataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the MNIST tree, importing or downloading it into the data home when needed. Every
 * command resolves its data here, in this order: an explicit {@code --data} path (a tree or a
 * {@code .tgz}), then the tree in the data home, then an archive named {@code mnist_png.tgz}
 * in the data home, then a download unless the store is offline.
 *
 * <p>Writes to the data home happen under a file lock and replace the tree only after the new
 * one is complete and checked, so a failed import or download leaves a good tree as it was.
 * Instances are thread-safe.
 */
public final class DataStore {

  private static final Logger log = LoggerFactory.getLogger(DataStore.class);

  /** File name of the archive, as downloaded and as kept in the data home. */
  public static final String ARCHIVE_NAME = "mnist_png.tgz";

  private final StoreSettings settings;
  private final StoreListener listener;
  private final TreeSwap swap;

  /** Creates a store; nothing is read or written until a method is called. */
  public DataStore(StoreSettings settings, StoreListener listener) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.swap = new TreeSwap(settings.home());
  }

  /** Returns the settings this store uses. */
  public StoreSettings settings() {
    return settings;
  }

  /**
   * Returns the root of the MNIST tree (the folder that contains {@code training/} and
   * {@code testing/}), importing or downloading it first when needed.
   *
   * @param data an explicit tree folder or {@code .tgz} archive; empty to use the data home
   * @throws InvalidDataException if {@code data} does not exist; it is never created
   * @throws DataStoreException if {@code data} is neither a tree nor an archive, or if no tree
   *     is found and none can be imported or downloaded
   */
  public Path resolveTree(Optional<Path> data) {
    if (data.isPresent()) {
      return resolveExplicit(data.get().toAbsolutePath().normalize());
    }

    Path tree = settings.tree();
    if (!looksLikeTree(tree) && swap.interrupted()) {
      createHome();
      try (StoreLock lock = lock()) {
        swap.recover();
      }
    }
    if (looksLikeTree(tree)) {
      log.debug("Using the MNIST tree in the data home: {}", tree);
      return tree;
    }
    if (looksLikeTree(settings.home())) {
      log.debug("The data home is itself an MNIST tree: {}", settings.home());
      return settings.home();
    }

    if (Files.isRegularFile(keptArchive())) {
      log.info("No tree in {}; importing the archive found beside it: {}", settings.home(),
          keptArchive());
      return importArchive(keptArchive()).tree();
    }

    if (settings.offline()) {
      throw new DataStoreException("data.missingOffline", settings.home(), firstUrl(),
          keptArchive());
    }
    try {
      return download(false).imported().tree();
    } catch (FetchFailure failure) {
      throw new DataStoreException(failure.cause(), "data.missingDownloadFailed",
          settings.home(), firstUrl(), keptArchive(),
          new Fragment("reason.atUrl", failure.url(), failure.cause().reason()));
    }
  }

  /**
   * Imports an archive into the data home unless the same archive (by SHA-256) was imported
   * before and its tree is still there.
   *
   * @throws DataStoreException if the archive is unsafe, damaged or fails the content check;
   *     the data home's previous tree is then left as it was
   */
  public ImportResult importArchive(Path archive) {
    return importArchive(archive, false);
  }

  /**
   * Imports an archive into the data home; with {@code force}, even when the same archive was
   * imported before, which repairs a tree whose files were damaged after the import.
   *
   * @throws DataStoreException if the archive is unsafe, damaged or fails the content check;
   *     the data home's previous tree is then left as it was
   */
  public ImportResult importArchive(Path archive, boolean force) {
    Path source = archive.toAbsolutePath().normalize();
    if (!Files.isRegularFile(source)) {
      throw new DataStoreException("archive.missing", source);
    }
    String sha256 = Checksums.sha256(source);

    createHome();
    try (StoreLock lock = lock()) {
      swap.recover();
      return importLocked(source, sha256, source.getFileName().toString(), force);
    }
  }

  /** Imports under the lock; the archive's checksum is already known. */
  private ImportResult importLocked(Path source, String sha256, String archiveName,
      boolean force) {
    Path tree = swap.tree();
    if (!force && looksLikeTree(tree)
        && swap.recordedChecksum().filter(sha256::equals).isPresent()) {
      log.info("{} is already imported into {} (SHA-256 {})", source, tree, sha256);
      return new ImportResult(tree, source, sha256, 0, 0, true);
    }

    listener.importStarted(source, tree);
    Path staging = swap.createStaging();
    try {
      ArchiveExtractor.Extraction extraction =
          new ArchiveExtractor(settings.limits()).extract(source, staging);
      Path candidate = DataHome.treeIn(staging);
      if (!looksLikeTree(candidate)) {
        throw new DataStoreException("archive.noTree", source);
      }

      listener.checkStarted(candidate);
      TreeReport report = new TreeVerifier(settings.expected()).verify(candidate);
      if (!report.passed()) {
        throw new DataStoreException("archive.contentInvalid", source, report.badImageCount(),
            report.wrongFolders().size(),
            report.firstProblem(Path.of(DataHome.TREE_FOLDER)));
      }

      swap.replaceTree(candidate, sha256, archiveName);
      log.info("Imported {} into {}: {} files, {} entries skipped, SHA-256 {}", source, tree,
          extraction.files(), extraction.skipped(), sha256);
      return new ImportResult(tree, source, sha256, extraction.files(), extraction.skipped(),
          false);
    } finally {
      TreeSwap.deleteRecursively(staging);
    }
  }

  /**
   * Downloads the archive from the configured URLs in order, checks it and imports it, unless
   * the data home already contains a tree and {@code force} is false. The downloaded archive is
   * kept in the data home as {@code mnist_png.tgz}; a partial download is kept as
   * {@code mnist_png.tgz.part} for the next run to resume.
   *
   * @throws DataStoreException if the store is offline and has no tree (or {@code force} is on),
   *     or if every URL fails; the message names the last URL and why it failed
   */
  public FetchResult fetch(boolean force) {
    if (settings.offline()) {
      // Offline, a tree already in the data home is the result, as it is online. The check only
      // reads: the tree appears by a rename, so it is either complete or absent.
      if (!force && looksLikeTree(swap.tree())) {
        return alreadyPresent();
      }
      throw new DataStoreException("download.offline", firstUrl(), settings.home(),
          keptArchive());
    }
    try {
      return download(force);
    } catch (FetchFailure failure) {
      if (settings.fetch().urls().size() == 1) {
        throw new DataStoreException(failure.cause(), "download.failed", failure.url(),
            failure.cause().reason(), settings.home(), keptArchive());
      }
      throw new DataStoreException(failure.cause(), "download.failedAll",
          settings.fetch().urls().size(), failure.url(), failure.cause().reason(),
          settings.home(), keptArchive());
    }
  }

  /** The result of a fetch that found a tree in the data home and downloaded nothing. */
  private FetchResult alreadyPresent() {
    Path tree = swap.tree();
    log.info("MNIST is already in {}; nothing downloaded", tree);
    return new FetchResult(Optional.empty(), 0, new ImportResult(tree, keptArchive(),
        swap.recordedChecksum().orElse(""), 0, 0, true));
  }

  /** The last URL tried and why it failed. */
  private static final class FetchFailure extends Exception {
    private final URI url;

    FetchFailure(URI url, DownloadFailure cause) {
      super(url + ": " + cause.getMessage(), cause);
      this.url = url;
    }

    URI url() {
      return url;
    }

    @Override
    public synchronized DownloadFailure getCause() {
      return (DownloadFailure) super.getCause();
    }

    DownloadFailure cause() {
      return getCause();
    }
  }

  private FetchResult download(boolean force) throws FetchFailure {
    createHome();
    try (StoreLock lock = lock()) {
      swap.recover();
      if (!force && looksLikeTree(swap.tree())) {
        return alreadyPresent();
      }

      Path part = settings.home().resolve(ARCHIVE_NAME + ".part");
      Downloader downloader = new Downloader(settings.fetch(), listener);
      FetchFailure last = null;
      Path partSource = settings.home().resolve(ARCHIVE_NAME + ".part.url");
      List<URI> urls = settings.fetch().urls();
      for (URI url : urls) {
        try {
          return downloadFrom(url, part, partSource, downloader);
        } catch (DownloadFailure failure) {
          // The error message reports the last URL; only earlier mirrors need a warning.
          if (url.equals(urls.get(urls.size() - 1))) {
            log.info("Download of {} failed: {}", url, failure.getMessage());
          } else {
            log.warn("Download of {} failed, trying the next URL: {}", url, failure.getMessage());
          }
          last = new FetchFailure(url, failure);
          if (!Files.exists(part)) {
            deleteFile(partSource);
          }
        }
      }
      throw last;
    }
  }

  /** Downloads, checks and imports the archive from one URL; called under the lock. */
  private FetchResult downloadFrom(URI url, Path part, Path partSource, Downloader downloader)
      throws DownloadFailure {
    discardPartFromOtherUrl(part, partSource, url);
    writeText(partSource, url.toString());

    long bytes = downloader.download(url, part);
    Optional<KnownArchive> known = settings.fetch().knownArchiveFor(url);
    if (known.isPresent()) {
      checkKnownArchive(known.get(), part);
    }

    String sha256 = Checksums.sha256(part);
    ImportResult imported;
    try {
      imported = importLocked(part, sha256, ARCHIVE_NAME, true);
    } catch (DataStoreException invalid) {
      deleteFile(part);
      throw new DownloadFailure(invalid, false, invalid);
    }
    moveReplacing(part, keptArchive());
    deleteFile(partSource);
    log.info("Downloaded {} ({} bytes, SHA-256 {}) into {}", url, bytes, sha256,
        imported.tree());
    return new FetchResult(Optional.of(url), bytes, new ImportResult(imported.tree(),
        keptArchive(), sha256, imported.files(), imported.skippedEntries(), false));
  }

  /** Deletes a partial file downloaded from another URL, because it may be another archive. */
  private static void discardPartFromOtherUrl(Path part, Path partSource, URI url) {
    if (Files.exists(part) && !readText(partSource).equals(url.toString())) {
      log.info("Discarding {}: it was downloaded from another URL", part);
      deleteFile(part);
    }
  }

  /** Compares size and the checksum of the first MiB; a mismatch deletes the file. */
  private static void checkKnownArchive(KnownArchive known, Path file) throws DownloadFailure {
    long size = sizeOf(file);
    if (size != known.size()) {
      deleteFile(file);
      throw new DownloadFailure(new Fragment("reason.size", size, known.size()), false, null);
    }
    String md5 = Checksums.md5OfPrefix(file, KnownArchive.CHECKED_PREFIX_BYTES);
    if (!md5.equals(known.md5OfFirstMiB())) {
      deleteFile(file);
      throw new DownloadFailure(new Fragment("reason.md5", md5, known.md5OfFirstMiB()), false,
          null);
    }
    log.info("{} has the published size {} and MD5 of its first MiB {}", file, size, md5);
  }

  private Path resolveExplicit(Path data) {
    if (!Files.exists(data)) {
      throw new InvalidDataException("root.missing", data);
    }
    if (Files.isRegularFile(data)) {
      if (!isArchiveName(data)) {
        throw new DataStoreException("data.notTreeOrArchive", data);
      }
      return importArchive(data).tree();
    }
    if (looksLikeTree(data)) {
      return data;
    }
    Path nested = DataHome.treeIn(data);
    if (looksLikeTree(nested)) {
      log.debug("{} is a data home; using its tree {}", data, nested);
      return nested;
    }
    throw new DataStoreException("data.notTree", data);
  }

  private void createHome() {
    try {
      Files.createDirectories(settings.home());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data home " + settings.home(), e);
    }
  }

  private StoreLock lock() {
    return StoreLock.acquire(settings.home(), listener::waitingForLock);
  }

  private URI firstUrl() {
    return settings.fetch().urls().get(0);
  }

  /**
   * Returns where a downloaded archive is kept, which is also where a user puts one downloaded by
   * hand.
   */
  public Path keptArchive() {
    return settings.home().resolve(ARCHIVE_NAME);
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static void deleteFile(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + file, e);
    }
  }

  private static void moveReplacing(Path source, Path target) {
    try {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move " + source + " to " + target, e);
    }
  }

  private static String readText(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip()
          : "";
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static void writeText(Path file, String text) {
    try {
      Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /** Returns whether a folder has both split folders. The full check is {@code data verify}. */
  static boolean looksLikeTree(Path folder) {
    return Files.isDirectory(folder.resolve("training"))
        && Files.isDirectory(folder.resolve("testing"));
  }

  static boolean isArchiveName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".tgz") || name.endsWith(".tar.gz");
  }
}
