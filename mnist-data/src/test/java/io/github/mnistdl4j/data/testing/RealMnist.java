package io.github.mnistdl4j.data.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mnistdl4j.data.store.DataHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the real MNIST tree for the real-data test tier the way the app does: in the data home
 * ({@code MNIST_HOME}, else {@code ~/.mnist-dl4j/data}). Without it the calling test is skipped
 * with the reason, unless {@code MNIST_REQUIRE_REAL_DATA=1}, which makes it fail instead.
 */
public final class RealMnist {

  private RealMnist() {}

  /** Returns the tree's root, or skips or fails the calling test when there is none. */
  public static Path treeOrSkip() {
    Path tree = DataHome.treeIn(DataHome.resolve(Optional.empty()));
    boolean present = Files.isDirectory(tree.resolve("training"))
        && Files.isDirectory(tree.resolve("testing"));
    String reason = "real MNIST not found at " + tree
        + "; import it with 'data import mnist_png.tgz' or set MNIST_HOME";
    if (!present && "1".equals(System.getenv("MNIST_REQUIRE_REAL_DATA"))) {
      fail(reason + " (MNIST_REQUIRE_REAL_DATA=1 makes this a failure)");
    }
    assumeTrue(present, reason);
    return tree;
  }
}
