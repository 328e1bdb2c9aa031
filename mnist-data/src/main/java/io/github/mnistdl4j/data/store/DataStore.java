package io.github.mnistdl4j.data.store;

import io.github.mnistdl4j.data.InvalidDataException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** Creates a store; nothing is read or written until a method is called. */
  public DataStore(StoreSettings settings, StoreListener listener) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** The settings this store uses. */
  public StoreSettings settings() {
    return settings;
  }

  /**
   * Returns the root of the MNIST tree (the folder that holds {@code training/} and
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
    if (looksLikeTree(tree)) {
      log.debug("Using the MNIST tree in the data home: {}", tree);
      return tree;
    }
    if (looksLikeTree(settings.home())) {
      log.debug("The data home is itself an MNIST tree: {}", settings.home());
      return settings.home();
    }

    Path keptArchive = settings.home().resolve(ARCHIVE_NAME);
    if (Files.isRegularFile(keptArchive)) {
      log.info("No tree in {}; importing the archive found beside it: {}", settings.home(),
          keptArchive);
      return importArchive(keptArchive).tree();
    }

    if (settings.offline()) {
      throw noDataOffline();
    }
    return fetch().tree();
  }

  /**
   * Imports an archive into the data home unless the same archive (by SHA-256) was imported
   * before and its tree is still there.
   *
   * @throws DataStoreException if the archive is unsafe, damaged or fails the content check;
   *     the data home's previous tree is then left as it was
   */
  public ImportResult importArchive(Path archive) {
    throw new DataStoreException("archive.unsupported", archive.toAbsolutePath());
  }

  /**
   * Downloads the archive from the configured URLs, checks it and imports it.
   *
   * @throws DataStoreException if the store is offline or every URL fails
   */
  public ImportResult fetch() {
    if (settings.offline()) {
      throw noDataOffline();
    }
    throw new DataStoreException("download.failedAll", settings.fetch().urls().get(0),
        "downloads are not available in this build", settings.home(),
        settings.home().resolve(ARCHIVE_NAME));
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

  private DataStoreException noDataOffline() {
    return new DataStoreException("data.missingOffline", settings.home(),
        settings.fetch().urls().get(0), settings.home().resolve(ARCHIVE_NAME));
  }

  /** Whether a folder has both split folders; the full check is {@code data verify}. */
  static boolean looksLikeTree(Path folder) {
    return Files.isDirectory(folder.resolve("training"))
        && Files.isDirectory(folder.resolve("testing"));
  }

  static boolean isArchiveName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".tgz") || name.endsWith(".tar.gz");
  }
}
