package io.github.mnistdl4j.data.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The folder where the app keeps its MNIST tree: {@code --data-home} if given, else the
 * environment variable {@code MNIST_HOME}, else {@code ~/.mnist-dl4j/data}. The tree itself is
 * the sub-folder {@code mnist_png}, as in the archive.
 */
public final class DataHome {

  /** Environment variable that overrides the default data home. */
  public static final String ENVIRONMENT_VARIABLE = "MNIST_HOME";

  /** Name of the tree's folder inside the data home and inside the archive. */
  public static final String TREE_FOLDER = "mnist_png";

  private DataHome() {}

  /** Resolves the data home from an explicit folder, the environment or the user's home. */
  public static Path resolve(Optional<Path> explicitHome) {
    return resolve(explicitHome, System.getenv(), System.getProperty("user.home"));
  }

  /** Resolves the data home from an explicit folder, the given environment or the user's home. */
  public static Path resolve(Optional<Path> explicitHome, Map<String, String> environment) {
    return resolve(explicitHome, environment, System.getProperty("user.home"));
  }

  static Path resolve(Optional<Path> explicitHome, Map<String, String> environment,
      String userHome) {
    if (explicitHome.isPresent()) {
      return explicitHome.get().toAbsolutePath().normalize();
    }
    String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Path.of(fromEnvironment).toAbsolutePath().normalize();
    }
    return Path.of(userHome, ".mnist-dl4j", "data").toAbsolutePath().normalize();
  }

  /** Returns the tree folder inside a data home. */
  public static Path treeIn(Path home) {
    return home.resolve(TREE_FOLDER);
  }

  /**
   * Returns the tree of a data home: its {@code mnist_png} folder, or the home itself when that
   * folder is missing and the home contains {@code training/} and {@code testing/}, so that
   * {@code MNIST_HOME} may also name a tree.
   */
  public static Path treeFor(Path home) {
    Path tree = treeIn(home);
    if (!Files.exists(tree) && Files.isDirectory(home.resolve("training"))
        && Files.isDirectory(home.resolve("testing"))) {
      return home;
    }
    return tree;
  }
}
