package io.github.mnistdl4j.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * An MNIST PNG tree on disk: {@code ROOT/training/<digit>/*.png} and
 * {@code ROOT/testing/<digit>/*.png}. Opening a tree never creates or changes anything on disk.
 */
public final class MnistTree {

  private final Path root;

  private MnistTree(Path root) {
    this.root = root;
  }

  /**
   * Opens the tree at {@code root}, which must be an existing folder.
   *
   * @throws InvalidDataException if the root does not exist or is not a folder
   */
  public static MnistTree open(Path root) {
    Path absolute = root.toAbsolutePath().normalize();
    if (!Files.exists(absolute)) {
      throw new InvalidDataException("root.missing", absolute);
    }
    if (!Files.isDirectory(absolute)) {
      throw new InvalidDataException("root.notFolder", absolute);
    }
    return new MnistTree(absolute);
  }

  /** The tree's root folder, absolute and normalised. */
  public Path root() {
    return root;
  }

  /**
   * Returns the folder of a split.
   *
   * @throws InvalidDataException if the split folder is missing
   */
  public Path splitFolder(Split split) {
    Path folder = root.resolve(split.folderName());
    if (!Files.isDirectory(folder)) {
      throw new InvalidDataException("split.missing", folder, root);
    }
    return folder;
  }

  /**
   * Lists the PNG images of one digit folder in the product's fixed order: by integer file name,
   * then by name for files whose name is not a number. Dot-files (such as {@code .DS_Store} and
   * macOS {@code ._name.png} files), files without a {@code .png} extension and sub-folders are
   * left out and counted.
   *
   * @throws InvalidDataException if the digit folder is missing or contains no PNG image
   */
  public DigitFolder listDigit(Split split, int digit) {
    Path folder = splitFolder(split).resolve(Integer.toString(digit));
    if (!Files.isDirectory(folder)) {
      throw new InvalidDataException("digit.missing", folder, digit, split.folderName());
    }
    List<Path> images = new ArrayList<>();
    int ignored = 0;
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        if (isImageFile(entry)) {
          images.add(entry);
        } else {
          ignored++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
    if (images.isEmpty()) {
      throw new InvalidDataException("digit.empty", folder);
    }
    return new DigitFolder(digit, folder, sortInFileOrder(images), ignored);
  }

  /**
   * Counts the entries of a split folder that are not among the given digit folders: other
   * digits, extra folders and loose files. They are never read.
   */
  public int countOtherEntries(Split split, List<Integer> digits) {
    try (Stream<Path> entries = Files.list(splitFolder(split))) {
      return (int) entries
          .filter(entry -> !(Files.isDirectory(entry) && digits.stream()
              .anyMatch(digit -> entry.getFileName().toString().equals(Integer.toString(digit)))))
          .count();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + root.resolve(split.folderName()), e);
    }
  }

  /**
   * Lists the PNG images directly inside any folder, filtered and sorted as
   * {@link #listDigit(Split, int)} does. Sub-folders are not searched. The list is empty when the
   * folder contains no image.
   *
   * @throws UncheckedIOException if the folder cannot be listed
   */
  public static List<Path> listImages(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return sortInFileOrder(entries.filter(MnistTree::isImageFile).toList());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }

  /** Whether a folder entry is read as an image: a visible regular file named {@code *.png}. */
  public static boolean isImageFile(Path entry) {
    String name = entry.getFileName().toString();
    return !name.startsWith(".")
        && name.toLowerCase(Locale.ROOT).endsWith(".png")
        && Files.isRegularFile(entry);
  }

  /**
   * The product's file order: integer file names in numeric order first ({@code 9.png} before
   * {@code 10.png}), then other names in lexical order.
   */
  public static final Comparator<Path> FILE_ORDER = Comparator.comparing(NameKey::of);

  /**
   * Sorts paths by {@link #FILE_ORDER}, parsing each name once: sorting a folder of 6,000 images
   * with the comparator alone parses names some 150,000 times.
   */
  static List<Path> sortInFileOrder(List<Path> paths) {
    record Keyed(NameKey key, Path path) {}
    return paths.stream()
        .map(path -> new Keyed(NameKey.of(path), path))
        .sorted(Comparator.comparing(Keyed::key))
        .map(Keyed::path)
        .toList();
  }

  /** Sort key of a file name: its integer stem, or null when the stem is not a number. */
  private record NameKey(Long stem, String name) implements Comparable<NameKey> {

    private static final Comparator<NameKey> ORDER = Comparator
        .comparing((NameKey key) -> key.stem() == null)
        .thenComparing(key -> key.stem() == null ? 0L : key.stem())
        .thenComparing(NameKey::name);

    static NameKey of(Path path) {
      String name = path.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String stem = dot < 0 ? name : name.substring(0, dot);
      boolean numeric = !stem.isEmpty() && stem.length() <= 18
          && stem.chars().allMatch(Character::isDigit);
      return new NameKey(numeric ? Long.valueOf(stem) : null, name);
    }

    @Override
    public int compareTo(NameKey other) {
      return ORDER.compare(this, other);
    }
  }

  /**
   * The images of one digit folder, in reading order.
   *
   * @param digit the folder's digit
   * @param folder the folder
   * @param images the PNG files, sorted
   * @param ignoredEntries entries of the folder that are not read
   */
  public record DigitFolder(int digit, Path folder, List<Path> images, int ignoredEntries) {}
}
