package io.github.mnistdl4j.data;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.datavec.api.io.labels.ParentPathLabelGenerator;
import org.datavec.api.split.CollectionInputSplit;
import org.datavec.api.writable.NDArrayWritable;
import org.datavec.api.writable.Writable;
import org.datavec.image.loader.NativeImageLoader;
import org.datavec.image.recordreader.ImageRecordReader;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the images of a digit pair from an MNIST PNG tree with datavec's {@link ImageRecordReader}
 * and {@link ParentPathLabelGenerator}.
 *
 * <p>The reader infers its class list from the sorted folder names of the files it reads, so its label
 * index depends on which folders a split holds. This loader maps each record's folder name to
 * the pair's own label instead, so the first digit is always 0.0 and the second always 1.0.
 *
 * <p>Policy for bad files: the load fails on the first file in reading order that is empty, not
 * a PNG, not 28x28 8-bit grayscale or not decodable, with an {@link InvalidDataException} naming
 * it. Nothing is
 * skipped silently, because a full-batch result that lacks images would still look complete.
 * Dot-files, non-PNG files and folders other than the pair's two are not read, and their count is
 * logged.
 *
 * <p>Large loads are read by one reader per processor, each over a contiguous slice of the file
 * list, into one array; the order of rows and their labels do not depend on the number of
 * readers. Instances hold no state besides the tree and may be shared between threads.
 */
public final class PairLoader {

  private static final Logger log = LoggerFactory.getLogger(PairLoader.class);

  private final MnistTree tree;

  /** Creates a loader for an opened tree. */
  public PairLoader(MnistTree tree) {
    this.tree = tree;
  }

  /** Opens the tree at {@code root} and creates a loader for it. */
  public static PairLoader open(Path root) {
    return new PairLoader(MnistTree.open(root));
  }

  /**
   * Loads the native image decoder now instead of during the first load, where it takes about
   * half a second; benchmarks call it so that they time reading alone.
   */
  public static void loadDecoder() {
    new NativeImageLoader(ImageShape.HEIGHT, ImageShape.WIDTH, ImageShape.CHANNELS);
    Loader.load(opencv_imgcodecs.class);
  }

  /** The tree this loader reads. */
  public MnistTree tree() {
    return tree;
  }

  /**
   * Loads both digits of the pair from a split: the first digit's images, then the second's.
   *
   * @throws InvalidDataException if a folder is missing or empty, or a file is not a readable
   *     28x28 8-bit grayscale PNG
   */
  public PairData load(Split split, DigitPair pair, PixelScale scale) {
    return load(split, pair, scale, pair.digits());
  }

  /**
   * Loads the images of one digit of the pair, labelled as the pair labels them. A testing folder
   * of only sevens gives labels 1.0 for the pair (3, 7), where datavec on its own would give 0.
   */
  public PairData loadDigit(Split split, DigitPair pair, int digit, PixelScale scale) {
    pair.labelOf(digit);
    return load(split, pair, scale, List.of(digit));
  }

  private PairData load(Split split, DigitPair pair, PixelScale scale, List<Integer> digits) {
    long start = System.nanoTime();
    List<Path> files = new ArrayList<>();
    Map<Integer, Integer> countByDigit = new LinkedHashMap<>();
    int ignored = 0;
    for (MnistTree.DigitFolder folder : listDigits(split, digits)) {
      files.addAll(folder.images());
      countByDigit.put(folder.digit(), folder.images().size());
      ignored += folder.ignoredEntries();
    }
    int otherEntries = tree.countOtherEntries(split, digits);
    if (ignored + otherEntries > 0) {
      log.info("{}: ignored {} entries beside the digit folders {} and {} non-image entries inside"
          + " them", split.folderName(), otherEntries, digits, ignored);
    }

    INDArray features = Nd4j.createUninitializedDetached(DataType.FLOAT,
        files.size(), ImageShape.PIXELS);
    float[] labels = new float[files.size()];
    readImages(files, pair, features, labels);

    scale.apply(features);
    INDArray labelColumn = Nd4j.create(labels, new long[] {files.size(), 1}, 'c');
    log.info("{}: read {} images {} in {} ms (labels: {} -> 0, {} -> 1; scale {})",
        split.folderName(), files.size(), countByDigit, (System.nanoTime() - start) / 1_000_000,
        pair.first(), pair.second(), scale.optionValue());
    return new PairData(pair, split, scale, features, labelColumn, List.copyOf(files),
        Map.copyOf(countByDigit));
  }

  /**
   * Lists the folders of {@code digits} in order. Of two folders, the second is listed on another
   * thread, because listing makes a stat call per entry. When both fail, the first digit's error
   * is thrown, as a listing one folder after the other would throw it.
   */
  private List<MnistTree.DigitFolder> listDigits(Split split, List<Integer> digits) {
    if (digits.size() != 2) {
      return digits.stream().map(digit -> tree.listDigit(split, digit)).toList();
    }
    CompletableFuture<MnistTree.DigitFolder> second =
        CompletableFuture.supplyAsync(() -> tree.listDigit(split, digits.get(1)));
    MnistTree.DigitFolder first = tree.listDigit(split, digits.get(0));
    try {
      return List.of(first, second.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * Decodes every file into {@code features}, a row-major float32 {@code [n, 784]} array, and
   * writes the pair's label of each, file {@code i} to row {@code i}. Contiguous slices of the
   * list are read in parallel, each by its own {@link ImageRecordReader}, because decoding a PNG
   * is mostly per-file overhead that one thread cannot hide. When several files are bad, the one
   * that comes first in the list is reported.
   */
  private static void readImages(List<Path> files, DigitPair pair, INDArray features,
      float[] labels) {
    int readers = readerCount(files.size());
    int sliceSize = (files.size() + readers - 1) / readers;
    AtomicInteger firstFailure = new AtomicInteger(Integer.MAX_VALUE);
    List<Callable<RuntimeException>> slices = new ArrayList<>();
    for (int start = 0; start < files.size(); start += sliceSize) {
      int from = start;
      int to = Math.min(files.size(), start + sliceSize);
      slices.add(() -> readSlice(files, from, to, pair, features, labels, firstFailure));
    }
    List<RuntimeException> failures = new ArrayList<>();
    if (slices.size() == 1) {
      failures.add(readSlice(files, 0, files.size(), pair, features, labels, firstFailure));
    } else {
      failures.addAll(runAll(slices));
    }
    for (RuntimeException failure : failures) {
      if (failure != null) {
        throw failure;
      }
    }
  }

  /** Readers for {@code files} images: one per processor, but not for fewer than 256 images each. */
  static int readerCount(int files) {
    return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files / 256));
  }

  /** Runs the slices, each on its own thread, and returns their failures (or nulls) in order. */
  private static List<RuntimeException> runAll(List<Callable<RuntimeException>> slices) {
    ExecutorService pool = Executors.newFixedThreadPool(slices.size(), runnable -> {
      Thread thread = new Thread(runnable, "pair-loader");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<RuntimeException> failures = new ArrayList<>();
      for (Future<RuntimeException> result : pool.invokeAll(slices)) {
        failures.add(result.get());
      }
      return failures;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading images", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime
          : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Reads files {@code from} (inclusive) to {@code to} with one reader. Each file is read from
   * disk once: its header is checked from the bytes, then the reader decodes the same bytes.
   * Stops at the slice's first bad file and returns its error, or null; also stops early once a
   * file before this slice has failed, since that error wins.
   */
  private static RuntimeException readSlice(List<Path> files, int from, int to, DigitPair pair,
      INDArray features, float[] labels, AtomicInteger firstFailure) {
    List<URI> uris = fileUris(files.subList(from, to));
    try (ImageRecordReader reader = GrayscalePngLoader.reader()) {
      reader.initialize(new CollectionInputSplit(uris));
      List<String> readerLabels = reader.getLabels();
      // A Pointer of this thread's own: positions are per Pointer object, not per buffer.
      FloatPointer rows = new FloatPointer(features.data().addressPointer());
      float[] pixels = new float[ImageShape.PIXELS];
      for (int i = from; i < to; i++) {
        if (firstFailure.get() < i) {
          return null;
        }
        try {
          List<Writable> values = decode(reader, files.get(i), uris.get(i - from));
          copyPixels(((NDArrayWritable) values.get(0)).get(), pixels);
          rows.position((long) i * ImageShape.PIXELS).put(pixels, 0, ImageShape.PIXELS);
          String folderName = readerLabels.get(values.get(1).toInt());
          labels[i] = pair.labelOf(Integer.parseInt(folderName));
        } catch (RuntimeException e) {
          firstFailure.accumulateAndGet(i, Math::min);
          return e;
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the image reader", e);
    }
  }

  /**
   * Returns {@link Path#toUri()} of each file without the stat call that {@code toUri} makes per
   * path to decide on a trailing slash. The URI of each folder is built once, and a file name made
   * only of ASCII letters, digits, '.', '_' and '-' is appended to it unchanged. Other names need
   * escaping, so they go through {@code toUri}. The paths must be absolute and name files.
   */
  static List<URI> fileUris(List<Path> files) {
    Map<Path, String> folderUris = new HashMap<>();
    List<URI> uris = new ArrayList<>(files.size());
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (isPlainName(name)) {
        String folderUri = folderUris.computeIfAbsent(file.getParent(), folder -> {
          String uri = folder.toUri().toString();
          return uri.endsWith("/") ? uri : uri + "/";
        });
        uris.add(URI.create(folderUri + name));
      } else {
        uris.add(file.toUri());
      }
    }
    return uris;
  }

  private static boolean isPlainName(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == '-';
      if (!plain) {
        return false;
      }
    }
    return !name.isEmpty();
  }

  private static List<Writable> decode(ImageRecordReader reader, Path file, URI uri) {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InvalidDataException(e, "image.unreadable", file, e.getMessage());
    }
    PngHeader.checkMnistImage(file, content);
    try {
      return reader.record(uri, new DataInputStream(new ByteArrayInputStream(content)));
    } catch (IOException | RuntimeException e) {
      // datavec wraps decoder failures in several types; the file is what the user needs.
      throw new InvalidDataException(e, "image.undecodable", file, rootMessage(e));
    }
  }

  /** Copies the 784 pixels of a decoded {@code [1, 1, 28, 28]} image into {@code pixels}. */
  private static void copyPixels(INDArray image, float[] pixels) {
    if (image.length() != ImageShape.PIXELS) {
      throw new IllegalStateException("Decoded image has shape "
          + java.util.Arrays.toString(image.shape()) + ", expected 784 values");
    }
    if (image.ordering() == 'c' && image.elementWiseStride() == 1
        && image.dataType() == DataType.FLOAT) {
      // The buffer's address already includes the offset of a view's buffer.
      new FloatPointer(image.data().addressPointer())
          .position(image.offset() - image.data().offset()).get(pixels, 0, ImageShape.PIXELS);
    } else {
      System.arraycopy(image.reshape('c', ImageShape.PIXELS).toFloatVector(), 0, pixels, 0,
          ImageShape.PIXELS);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
