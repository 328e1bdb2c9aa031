package io.github.mnistdl4j.data.store;

import io.github.mnistdl4j.data.ImageShape;
import io.github.mnistdl4j.data.InvalidDataException;
import io.github.mnistdl4j.data.MnistTree;
import io.github.mnistdl4j.data.PngHeader;
import io.github.mnistdl4j.data.Split;
import io.github.mnistdl4j.data.store.TreeReport.BadImage;
import io.github.mnistdl4j.data.store.TreeReport.FolderCount;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks an MNIST tree completely: both splits, ten digit folders each, the expected number of
 * images per folder, and every image a decodable 28x28 8-bit grayscale PNG. Files are selected
 * the way the reader selects them ({@link MnistTree#listDigit}), so dot-files and non-PNG files
 * are counted as ignored, not as images.
 *
 * <p>Decoding uses {@code javax.imageio} on up to one thread per core; the 70,000 images of
 * MNIST take about 10 seconds on one core. Thread-safe: each call uses its own threads.
 */
public final class TreeVerifier {

  private static final Logger log = LoggerFactory.getLogger(TreeVerifier.class);

  /** Bad images listed by name in a report; the rest are only counted. */
  public static final int MAX_LISTED_PROBLEMS = 100;

  private final ExpectedCounts expected;

  /** Creates a verifier that compares folder counts with {@code expected}. */
  public TreeVerifier(ExpectedCounts expected) {
    this.expected = Objects.requireNonNull(expected, "expected");
  }

  /**
   * Checks the tree at {@code root}; reads files and never writes.
   *
   * @throws InvalidDataException if {@code root} does not exist or is not a folder
   * @throws UncheckedIOException if a folder cannot be listed or a file cannot be read
   */
  public TreeReport verify(Path root) {
    MnistTree tree = MnistTree.open(root);
    List<FolderCount> folders = new ArrayList<>();
    List<List<Path>> imagesPerFolder = new ArrayList<>();
    long ignored = 0;

    for (Split split : Split.values()) {
      for (int digit = 0; digit < 10; digit++) {
        Path folder = tree.root().resolve(split.folderName()).resolve(Integer.toString(digit));
        List<Path> images = List.of();
        int found;
        if (!Files.isDirectory(folder)) {
          found = -1;
        } else {
          MnistTree.DigitFolder listed = listOrEmpty(tree, split, digit);
          images = listed == null ? List.of() : listed.images();
          ignored += listed == null ? countEntries(folder) : listed.ignoredEntries();
          found = images.size();
        }
        folders.add(new FolderCount(split, digit, folder, expected.of(split, digit), found));
        imagesPerFolder.add(images);
      }
    }

    List<BadImage> bad = checkImages(imagesPerFolder);
    bad.sort(Comparator.comparing(BadImage::file));
    log.info("Checked {}: {} images, {} bad, {} ignored entries", tree.root(),
        imagesPerFolder.stream().mapToInt(List::size).sum(), bad.size(), ignored);
    List<BadImage> listed = bad.subList(0, Math.min(bad.size(), MAX_LISTED_PROBLEMS));
    return new TreeReport(tree.root(), folders, listed, bad.size(), ignored);
  }

  /** Lists a digit folder, or returns null when it contains no image at all. */
  private static MnistTree.DigitFolder listOrEmpty(MnistTree tree, Split split, int digit) {
    try {
      return tree.listDigit(split, digit);
    } catch (InvalidDataException empty) {
      return null;
    }
  }

  private static long countEntries(Path folder) {
    try (var entries = Files.list(folder)) {
      return entries.count();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }

  /** Checks every image, one task per digit folder, and returns the bad ones. */
  private static List<BadImage> checkImages(List<List<Path>> imagesPerFolder) {
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "mnist-verify");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<List<BadImage>>> results = new ArrayList<>();
      for (List<Path> images : imagesPerFolder) {
        results.add(pool.submit(() -> checkFolder(images)));
      }
      List<BadImage> bad = new ArrayList<>();
      for (Future<List<BadImage>> result : results) {
        bad.addAll(result.get());
      }
      return bad;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while checking images", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Image check failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<BadImage> checkFolder(List<Path> images) {
    // Without this, ImageIO buffers every stream in a temporary file: 5x slower here.
    ImageIO.setUseCache(false);
    ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
    List<BadImage> bad = new ArrayList<>();
    try {
      for (Path image : images) {
        try {
          checkImage(image, reader);
        } catch (InvalidDataException problem) {
          bad.add(new BadImage(image, problem));
        }
      }
    } finally {
      reader.dispose();
    }
    return bad;
  }

  /**
   * Checks one image's header, then decodes it completely.
   *
   * @throws InvalidDataException naming the file and what is wrong
   */
  static void checkImage(Path image, ImageReader reader) {
    byte[] bytes;
    try {
      PngHeader.checkMnistImage(image);
      bytes = Files.readAllBytes(image);
    } catch (IOException e) {
      throw new InvalidDataException(e, "image.unreadable", image, e.toString());
    }

    BufferedImage decoded;
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      decoded = reader.read(0);
    } catch (IOException | RuntimeException e) {
      throw new InvalidDataException(e, "image.undecodable", image, String.valueOf(e.getMessage()));
    }

    if (decoded.getWidth() != ImageShape.WIDTH || decoded.getHeight() != ImageShape.HEIGHT
        || decoded.getRaster().getNumBands() != ImageShape.CHANNELS
        || decoded.getSampleModel().getSampleSize(0) != 8) {
      throw new InvalidDataException("image.undecodable", image, "decoded as "
          + decoded.getWidth() + "x" + decoded.getHeight() + " with "
          + decoded.getRaster().getNumBands() + " band(s)");
    }
  }
}
