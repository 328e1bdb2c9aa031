package io.github.mnistdl4j.model.predict;

import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.data.testing.PngTrees;
import io.github.mnistdl4j.model.NetworkSettings;
import io.github.mnistdl4j.model.PairTraining;
import io.github.mnistdl4j.model.TrainRun;
import io.github.mnistdl4j.model.TrainSettings;
import io.github.mnistdl4j.model.Trainer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Small trained runs on drawn PNG trees, and helpers that take model files apart. */
final class TrainedModels {

  private TrainedModels() {}

  /** Trains 5 epochs of 784-4-1 on a drawn 3-vs-7 tree under {@code folder}. */
  static TrainRun train(Path folder, PixelScale scale) {
    Path tree = PngTrees.writeTree(folder.resolve("mnist_png"), Map.of(
        "training", Map.of(3, 6, 7, 5),
        "testing", Map.of(3, 4, 7, 4)));
    TrainSettings settings = new TrainSettings(DigitPair.LECTURE,
        new NetworkSettings(4, 0.01, 17), 5, scale);
    return PairTraining.run(tree, settings, Trainer.EpochListener.NONE);
  }

  /** Lists the entry names of a zip archive in stored order. */
  static List<String> entryNames(Path zip) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      return file.stream().map(ZipEntry::getName).toList();
    }
  }

  /** Reads one entry of a zip archive as UTF-8 text. */
  static String readEntry(Path zip, String name) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile());
        InputStream in = file.getInputStream(file.getEntry(name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** One zip entry: its name and bytes. */
  record Entry(String name, byte[] bytes) {

    /** Creates an entry that contains UTF-8 text. */
    static Entry text(String name, String text) {
      return new Entry(name, text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Copies a zip archive to {@code target}, passing the text of entry {@code entryName} through
   * {@code change}, which returns null to drop the entry.
   */
  static Path rewrite(Path source, Path target, String entryName, UnaryOperator<String> change)
      throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (ZipFile file = new ZipFile(source.toFile())) {
      for (ZipEntry entry : file.stream().toList()) {
        byte[] bytes;
        try (InputStream in = file.getInputStream(entry)) {
          bytes = in.readAllBytes();
        }
        if (!entry.getName().equals(entryName)) {
          entries.add(new Entry(entry.getName(), bytes));
          continue;
        }
        String changed = change.apply(new String(bytes, StandardCharsets.UTF_8));
        if (changed != null) {
          entries.add(Entry.text(entry.getName(), changed));
        }
      }
    }
    return writeZip(target, entries);
  }

  /** Writes a zip archive holding the entries in order. */
  static Path writeZip(Path target, List<Entry> entries) throws IOException {
    Files.createDirectories(target.toAbsolutePath().getParent());
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
      for (Entry entry : entries) {
        zip.putNextEntry(new ZipEntry(entry.name()));
        zip.write(entry.bytes());
        zip.closeEntry();
      }
    }
    return target;
  }
}
