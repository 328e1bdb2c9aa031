package io.github.mnistdl4j.data.store;

import java.nio.file.Path;

/**
 * The outcome of an import or download in the data home.
 *
 * @param tree the tree's root, which contains {@code training/} and {@code testing/}
 * @param archive the archive the tree came from
 * @param sha256 lower-case hex SHA-256 of the archive, also recorded beside the tree
 * @param files image files written
 * @param skippedEntries archive entries left out: device files, FIFOs, links inside the tree
 *     and entries outside {@code mnist_png/}
 * @param alreadyPresent whether the same archive had been imported before, so nothing was
 *     written
 */
public record ImportResult(Path tree, Path archive, String sha256, long files,
    long skippedEntries, boolean alreadyPresent) {}
