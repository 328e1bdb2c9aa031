package io.github.mnistdl4j.data.store;

import java.net.URI;
import java.util.Optional;

/**
 * The outcome of {@link DataStore#fetch(boolean)}.
 *
 * @param url the URL the archive came from; empty when the data home already contained a tree and
 *     nothing was downloaded
 * @param bytes the archive's size in bytes, 0 when nothing was downloaded
 * @param imported the import of the downloaded archive, or the tree already present
 */
public record FetchResult(Optional<URI> url, long bytes, ImportResult imported) {}
