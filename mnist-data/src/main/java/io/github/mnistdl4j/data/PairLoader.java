package io.github.mnistdl4j.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.datavec.api.io.labels.ParentPathLabelGenerator;
import org.datavec.api.records.Record;
import org.datavec.api.split.CollectionInputSplit;
import org.datavec.api.writable.NDArrayWritable;
import org.datavec.api.writable.Writable;
import org.datavec.image.recordreader.ImageRecordReader;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the images of a digit pair from an MNIST PNG tree with datavec's {@link ImageRecordReader}
 * and {@link ParentPathLabelGenerator}.
 *
 * <p>The reader infers its class list from the sorted folder names that it sees, so its label
 * index depends on which folders a split holds. This loader maps each record's folder name to
 * the pair's own label instead, so the first digit is always 0.0 and the second always 1.0.
 *
 * <p>Policy for bad files: the load fails on the first file that is empty, not a PNG, not 28x28
 * 8-bit grayscale or not decodable, with an {@link InvalidDataException} naming it. Nothing is
 * skipped silently, because a full-batch result that lacks images would still look complete.
 * Dot-files, non-PNG files and folders other than the pair's two are not read, and their count is
 * logged.
 *
 * <p>Instances hold no state besides the tree and may be shared between threads.
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
    for (int digit : digits) {
      MnistTree.DigitFolder folder = tree.listDigit(split, digit);
      files.addAll(folder.images());
      countByDigit.put(digit, folder.images().size());
      ignored += folder.ignoredEntries();
    }
    int otherEntries = tree.countOtherEntries(split, digits);
    if (ignored + otherEntries > 0) {
      log.info("{}: ignored {} entries beside the digit folders {} and {} non-image entries inside"
          + " them", split.folderName(), otherEntries, digits, ignored);
    }

    checkHeaders(files);
    float[] pixels = new float[files.size() * ImageShape.PIXELS];
    float[] labels = new float[files.size()];
    readImages(files, pair, pixels, labels);

    INDArray features = scale.apply(Nd4j.create(pixels, new long[] {files.size(), ImageShape.PIXELS}, 'c'));
    INDArray labelColumn = Nd4j.create(labels, new long[] {files.size(), 1}, 'c');
    log.info("{}: read {} images {} in {} ms (labels: {} -> 0, {} -> 1; scale {})",
        split.folderName(), files.size(), countByDigit, (System.nanoTime() - start) / 1_000_000,
        pair.first(), pair.second(), scale.optionValue());
    return new PairData(pair, split, scale, features, labelColumn, List.copyOf(files),
        Map.copyOf(countByDigit));
  }

  private static void checkHeaders(List<Path> files) {
    for (Path file : files) {
      try {
        PngHeader.checkMnistImage(file);
      } catch (IOException e) {
        throw new InvalidDataException(e, "image.unreadable", file, e.getMessage());
      }
    }
  }

  /** Decodes every file in order into {@code pixels} and writes the pair's label of each. */
  private static void readImages(List<Path> files, DigitPair pair, float[] pixels, float[] labels) {
    List<URI> uris = files.stream().map(Path::toUri).toList();
    try (ImageRecordReader reader = new ImageRecordReader(ImageShape.HEIGHT, ImageShape.WIDTH,
        ImageShape.CHANNELS, new ParentPathLabelGenerator())) {
      reader.initialize(new CollectionInputSplit(uris));
      List<String> readerLabels = reader.getLabels();
      for (int i = 0; i < files.size(); i++) {
        Path expected = files.get(i);
        Record record = nextRecord(reader, expected);
        Path actual = Paths.get(record.getMetaData().getURI());
        if (!actual.equals(expected)) {
          throw new IllegalStateException("Reader returned " + actual + " where " + expected
              + " was expected");
        }
        List<Writable> values = record.getRecord();
        INDArray image = ((NDArrayWritable) values.get(0)).get();
        System.arraycopy(image.ravel().toFloatVector(), 0, pixels,
            i * ImageShape.PIXELS, ImageShape.PIXELS);
        String folderName = readerLabels.get(values.get(1).toInt());
        labels[i] = pair.labelOf(Integer.parseInt(folderName));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the image reader", e);
    }
  }

  private static Record nextRecord(ImageRecordReader reader, Path file) {
    try {
      return reader.nextRecord();
    } catch (RuntimeException e) {
      // datavec wraps decoder failures in several unchecked types; the file is what the user needs.
      throw new InvalidDataException(e, "image.undecodable", file, rootMessage(e));
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
