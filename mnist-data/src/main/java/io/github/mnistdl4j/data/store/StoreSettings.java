package io.github.mnistdl4j.data.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything the data store needs to find, import or download the tree.
 *
 * @param home the data home; the tree is its sub-folder {@code mnist_png}. It is created only
 *     when an import or download writes to it.
 * @param offline whether any network access is forbidden
 * @param fetch download URLs, timeouts and retries
 * @param limits caps on the archive's entries and size
 * @param expected image counts that a complete tree contains
 */
public record StoreSettings(Path home, boolean offline, FetchSettings fetch,
    ArchiveLimits limits, ExpectedCounts expected) {

  /** Validates the fields and makes the home absolute. */
  public StoreSettings {
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(expected, "expected");
    home = home.toAbsolutePath().normalize();
  }

  /** Settings with MNIST's counts and the default archive limits. */
  public static StoreSettings of(Path home, boolean offline, FetchSettings fetch) {
    return new StoreSettings(home, offline, fetch, ArchiveLimits.DEFAULT, ExpectedCounts.MNIST);
  }

  /** Returns the tree folder inside the home. */
  public Path tree() {
    return DataHome.treeIn(home);
  }
}
