package io.github.mnistdl4j.data.store;

import io.github.mnistdl4j.data.InvalidDataException;
import io.github.mnistdl4j.data.Localizable;
import io.github.mnistdl4j.data.Split;
import java.nio.file.Path;
import java.util.List;

/**
 * The result of checking an MNIST tree: image counts per split and digit against the expected
 * counts, and the images that failed the format or decoding check.
 *
 * @param root the tree's root folder
 * @param folders one row per split and digit, training 0..9 then testing 0..9
 * @param badImages the first {@link TreeVerifier#MAX_LISTED_PROBLEMS} bad images, sorted by path
 * @param badImageCount all bad images, listed or not
 * @param ignoredEntries entries of digit folders that are not images and are never read:
 *     dot-files such as {@code .DS_Store} and {@code ._1.png}, other files and sub-folders
 */
public record TreeReport(Path root, List<FolderCount> folders, List<BadImage> badImages,
    long badImageCount, long ignoredEntries) {

  /** Copies the lists. */
  public TreeReport {
    folders = List.copyOf(folders);
    badImages = List.copyOf(badImages);
  }

  /**
   * Returns whether every folder contains the expected number of images and every image is valid.
   */
  public boolean passed() {
    return badImageCount == 0 && wrongFolders().isEmpty();
  }

  /** Returns the rows whose folder is missing or whose count differs from the expected one. */
  public List<FolderCount> wrongFolders() {
    return folders.stream().filter(folder -> !folder.matches()).toList();
  }

  /** Images counted in one split, over all digits. */
  public long found(Split split) {
    return folders.stream().filter(folder -> folder.split() == split)
        .mapToLong(folder -> Math.max(folder.found(), 0)).sum();
  }

  /**
   * Builds the one-line error for a failed check of a tree on disk, naming the first problem.
   *
   * @throws IllegalStateException if the check passed
   */
  public DataStoreException toException() {
    return new DataStoreException("verify.failed", root, badImageCount, wrongFolders().size(),
        firstProblem(root));
  }

  /**
   * Describes the first problem (a bad image before a wrong folder) in a few words, with paths
   * shown under {@code shownRoot} in place of the tree's root.
   *
   * @throws IllegalStateException if the check passed
   */
  public Localizable firstProblem(Path shownRoot) {
    if (passed()) {
      throw new IllegalStateException("The check of " + root + " passed");
    }
    return badImages.isEmpty() ? wrongFolders().get(0).describe(root, shownRoot)
        : badImages.get(0).describe(root, shownRoot);
  }

  /** Maps a path under {@code root} to the same path under {@code shownRoot}. */
  static Path shown(Path path, Path root, Path shownRoot) {
    return path.startsWith(root) ? shownRoot.resolve(root.relativize(path)) : path;
  }

  /**
   * One digit folder's image count.
   *
   * @param split the split
   * @param digit the digit, 0..9
   * @param folder the folder's path
   * @param expected images a complete tree contains here
   * @param found images found, or -1 when the folder (or its split) is missing
   */
  public record FolderCount(Split split, int digit, Path folder, int expected, int found) {

    /** Returns whether the folder exists and contains the expected number of images. */
    public boolean matches() {
      return found == expected;
    }

    /** Returns whether the folder exists. */
    public boolean present() {
      return found >= 0;
    }

    /**
     * Describes what is wrong with this folder, such as "training/3 holds 5 images, expected 6".
     */
    public Localizable describe(Path root, Path shownRoot) {
      Path path = shown(folder, root, shownRoot);
      return present() ? new Fragment("problem.count", path, found, expected)
          : new Fragment("problem.missing", path);
    }
  }

  /**
   * An image that is not a decodable 28x28 8-bit grayscale PNG.
   *
   * @param file the image file
   * @param problem what is wrong, naming the file
   */
  public record BadImage(Path file, InvalidDataException problem) {

    /** Describes the problem in a few words after the file's path, as "PATH: not a PNG file". */
    public Localizable describe(Path root, Path shownRoot) {
      Object[] arguments = problem.messageArguments();
      arguments[0] = shown(file, root, shownRoot);
      return new Fragment("problem." + problem.messageKey(), arguments);
    }
  }
}
