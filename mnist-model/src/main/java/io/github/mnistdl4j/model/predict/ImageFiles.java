package io.github.mnistdl4j.model.predict;

import io.github.mnistdl4j.data.MnistTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Expands the image paths a user names into the files to classify. */
public final class ImageFiles {

  private ImageFiles() {}

  /**
   * Returns each file as given and, in place of each folder, the PNG images directly inside it
   * in the data module's order ({@link MnistTree#listImages(Path)}: integer names numerically,
   * dot-files and non-PNG files left out). Sub-folders are not searched.
   *
   * @throws InvalidImageException naming the path when it does not exist or is a folder without
   *     PNG images
   */
  public static List<Path> expand(List<Path> filesOrFolders) {
    List<Path> files = new ArrayList<>();
    for (Path path : filesOrFolders) {
      if (Files.isDirectory(path)) {
        List<Path> images = MnistTree.listImages(path);
        if (images.isEmpty()) {
          throw new InvalidImageException("folder.empty", path);
        }
        files.addAll(images);
      } else if (Files.exists(path)) {
        files.add(path);
      } else {
        throw new InvalidImageException("file.missing", path);
      }
    }
    return List.copyOf(files);
  }
}
