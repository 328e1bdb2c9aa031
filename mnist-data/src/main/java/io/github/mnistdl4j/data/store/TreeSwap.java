package io.github.mnistdl4j.data.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file moves that put a new tree into a data home. Every step is a rename inside the home,
 * so a run that stops at any point leaves either the old tree, the new tree, or the old tree
 * under a name that the next run renames back. Callers hold the home's {@link StoreLock}.
 */
final class TreeSwap {

  private static final Logger log = LoggerFactory.getLogger(TreeSwap.class);

  /** Prefix of the folders an import extracts into, beside the tree. */
  static final String STAGING_PREFIX = "." + DataHome.TREE_FOLDER + ".tmp-";

  /** Name the previous tree has while the new one is moved into place. */
  static final String PREVIOUS_NAME = "." + DataHome.TREE_FOLDER + ".previous";

  /** File beside the tree that records the SHA-256 of the archive it came from. */
  static final String CHECKSUM_NAME = DataHome.TREE_FOLDER + ".sha256";

  private final Path home;

  TreeSwap(Path home) {
    this.home = home;
  }

  Path tree() {
    return DataHome.treeIn(home);
  }

  /**
   * Repairs what an interrupted earlier run left: renames a previous tree back when the tree is
   * missing, and deletes staging folders. Only safe under the lock.
   */
  void recover() {
    Path previous = home.resolve(PREVIOUS_NAME);
    try {
      if (Files.isDirectory(previous)) {
        if (!Files.exists(tree())) {
          log.warn("Restoring {} from {}, left by an interrupted import", tree(), previous);
          Files.move(previous, tree(), StandardCopyOption.ATOMIC_MOVE);
        } else {
          deleteRecursively(previous);
        }
      }
      try (Stream<Path> entries = Files.list(home)) {
        for (Path entry : (Iterable<Path>) entries::iterator) {
          if (entry.getFileName().toString().startsWith(STAGING_PREFIX)) {
            log.info("Deleting {}, left by an interrupted import", entry);
            deleteRecursively(entry);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clean up " + home, e);
    }
  }

  /**
   * Returns whether an earlier run stopped between moving the old tree aside and the new one in.
   */
  boolean interrupted() {
    return Files.isDirectory(home.resolve(PREVIOUS_NAME));
  }

  /** Creates an empty staging folder beside the tree. */
  Path createStaging() {
    try {
      return Files.createTempDirectory(home, STAGING_PREFIX);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a staging folder in " + home, e);
    }
  }

  /**
   * Moves {@code candidate} into place as the tree and records the archive's checksum. The old
   * tree, if any, is renamed aside first and deleted only after the new one is in place.
   */
  void replaceTree(Path candidate, String sha256, String archiveName) {
    Path tree = tree();
    Path previous = home.resolve(PREVIOUS_NAME);
    try {
      Files.deleteIfExists(home.resolve(CHECKSUM_NAME));
      boolean movedAside = false;
      if (Files.exists(tree, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(tree, previous, StandardCopyOption.ATOMIC_MOVE);
        movedAside = true;
      }
      try {
        Files.move(candidate, tree, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (movedAside) {
          Files.move(previous, tree, StandardCopyOption.ATOMIC_MOVE);
        }
        throw e;
      }
      writeChecksum(sha256, archiveName);
      if (Files.exists(previous)) {
        deleteRecursively(previous);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move the new tree into " + tree, e);
    }
  }

  /** Returns the recorded SHA-256 of the archive the tree came from, if there is a record. */
  Optional<String> recordedChecksum() {
    Path file = home.resolve(CHECKSUM_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String line = Files.readString(file, StandardCharsets.UTF_8).strip();
      int space = line.indexOf(' ');
      return Optional.of(space < 0 ? line : line.substring(0, space));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** Writes the record in {@code sha256sum} format, through a temporary file and a rename. */
  private void writeChecksum(String sha256, String archiveName) throws IOException {
    Path file = home.resolve(CHECKSUM_NAME);
    Path temporary = home.resolve(CHECKSUM_NAME + ".tmp");
    Files.writeString(temporary, sha256 + "  " + archiveName + "\n", StandardCharsets.UTF_8);
    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** Deletes a folder and everything in it without following links. */
  static void deleteRecursively(Path folder) {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
            throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path directory, IOException error)
            throws IOException {
          if (error != null) {
            throw error;
          }
          Files.delete(directory);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + folder, e);
    }
  }
}
