package io.github.mnistdl4j.model.predict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.ImageShape;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.model.predict.ModelFileException.Problem;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model file: one zip archive holding DL4J's own entries as {@link ModelSerializer} writes
 * them (network configuration and weights, without the updater state) plus the JSON entry
 * {@value #METADATA_ENTRY} with the {@link ModelInfo}.
 *
 * <p>The metadata is a separate JSON entry, not a DL4J normalizer, because the scaling is a fixed
 * {@link PixelScale} rather than statistics fitted on data. In DL4J 1.0.0-M2.1,
 * {@code ModelSerializer.writeModel(model, file, saveUpdater, normalizer)} fails with
 * "flush() failed: stream is closed", so this class writes the model alone and then adds its entry
 * while copying the archive.
 */
public final class ModelFile {

  /** Name of the zip entry that contains the metadata. */
  public static final String METADATA_ENTRY = "mnist-dl4j-model.json";

  /** Value of the metadata's {@code format} field, which marks the file as this product's. */
  static final String FORMAT_NAME = "mnist-dl4j-model";

  private static final Logger log = LoggerFactory.getLogger(ModelFile.class);
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private ModelFile() {}

  /** A network and its metadata as read from a model file. */
  record Contents(MultiLayerNetwork network, ModelInfo info) {}

  /**
   * Writes the network and its metadata to {@code target}, creating missing parent folders. The
   * archive is written to a temporary file in the same folder and then renamed over the target,
   * so a failed save leaves no partial file and keeps an existing file as it was.
   *
   * @throws IllegalArgumentException if the network's input or output size does not match the
   *     metadata, or its parameters contain NaN or infinity (a diverged run)
   * @throws UncheckedIOException if writing fails
   */
  public static void save(MultiLayerNetwork network, ModelInfo info, Path target) {
    checkSavable(network, info);
    Path absolute = target.toAbsolutePath().normalize();
    try {
      byte[] model = serialize(network);
      byte[] metadata = JSON.writeValueAsBytes(toJson(info));

      Path folder = absolute.getParent();
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
      try {
        writeArchive(temporary, metadata, model);
        // createTempFile makes the file private (rw-------), but a model is meant to be shared,
        // like any file the user's tools write.
        if (Files.getFileStore(temporary)
            .supportsFileAttributeView(PosixFileAttributeView.class)) {
          Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
        }
        replace(temporary, absolute);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write model file " + absolute, e);
    }
    log.info("Saved model to {} (labels {} -> 0, {} -> 1; scale {}; format {})", absolute,
        info.pair().first(), info.pair().second(), info.scale().optionValue(),
        info.formatVersion());
  }

  /**
   * Reads a model file written by {@link #save}.
   *
   * @throws ModelFileException naming the file: missing, not a file, not a zip archive or cut
   *     off, not a model of mnist-dl4j, another format version, or damaged
   */
  static Contents read(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (!Files.exists(absolute)) {
      throw new ModelFileException(Problem.MISSING, absolute);
    }
    if (!Files.isRegularFile(absolute)) {
      throw new ModelFileException(Problem.NOT_A_FILE, absolute);
    }

    ModelInfo info = parseInfo(absolute, readMetadata(absolute));
    MultiLayerNetwork network;
    try {
      network = ModelSerializer.restoreMultiLayerNetwork(absolute.toFile(), false);
    } catch (IOException | RuntimeException e) {
      throw new ModelFileException(e, Problem.DAMAGED, absolute,
          "DL4J cannot restore the network: " + rootMessage(e));
    }
    String shapeProblem = shapeProblem(network, info);
    if (shapeProblem != null) {
      throw new ModelFileException(Problem.DAMAGED, absolute, shapeProblem);
    }

    if (!info.dl4jVersion().equals(ModelInfo.DL4J_VERSION)) {
      log.warn("Model {} was written with Deeplearning4j {}; this build uses {}", absolute,
          info.dl4jVersion(), ModelInfo.DL4J_VERSION);
    }
    log.info("Loaded model {} (labels {} -> 0, {} -> 1; scale {}; written by mnist-dl4j {})",
        absolute, info.pair().first(), info.pair().second(), info.scale().optionValue(),
        info.productVersion());
    return new Contents(network, info);
  }

  private static void checkSavable(MultiLayerNetwork network, ModelInfo info) {
    String shapeProblem = shapeProblem(network, info);
    if (shapeProblem != null) {
      throw new IllegalArgumentException("Cannot save the network: " + shapeProblem);
    }
    for (float value : network.params().toFloatVector()) {
      if (!Float.isFinite(value)) {
        throw new IllegalArgumentException("Cannot save the network: its parameters contain "
            + value + ", so training diverged");
      }
    }
  }

  /** Returns why the network does not fit the metadata, or null when it fits. */
  private static String shapeProblem(MultiLayerNetwork network, ModelInfo info) {
    int layers = network.getnLayers();
    if (layers < 1) {
      return "the network has no layers";
    }
    long inputs = network.layerInputSize(0);
    long outputs = network.layerSize(layers - 1);
    if (inputs != info.pixels() || outputs != 1) {
      return "the network has " + inputs + " inputs and " + outputs + " outputs, but a "
          + info.height() + "x" + info.width() + " binary classifier needs " + info.pixels()
          + " and 1";
    }
    return null;
  }

  private static byte[] serialize(MultiLayerNetwork network) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ModelSerializer.writeModel(network, bytes, false);
    return bytes.toByteArray();
  }

  /** Writes the metadata entry, then every entry of DL4J's archive unchanged. */
  private static void writeArchive(Path file, byte[] metadata, byte[] model) throws IOException {
    try (FileOutputStream out = new FileOutputStream(file.toFile());
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out))) {
      zip.putNextEntry(new ZipEntry(METADATA_ENTRY));
      zip.write(metadata);
      zip.closeEntry();
      try (ZipInputStream dl4j = new ZipInputStream(new ByteArrayInputStream(model))) {
        for (ZipEntry entry = dl4j.getNextEntry(); entry != null; entry = dl4j.getNextEntry()) {
          zip.putNextEntry(new ZipEntry(entry.getName()));
          dl4j.transferTo(zip);
          zip.closeEntry();
        }
      }
      zip.finish();
      zip.flush();
      // The rename below must never expose a file whose bytes are still only in the page cache.
      out.getFD().sync();
    }
  }

  private static void replace(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static byte[] readMetadata(Path file) {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new ModelFileException(e, Problem.NOT_A_ZIP, file, e.getMessage());
    } catch (IOException e) {
      throw new ModelFileException(e, Problem.UNREADABLE, file, String.valueOf(e.getMessage()));
    }
    try (zip) {
      ZipEntry entry = zip.getEntry(METADATA_ENTRY);
      if (entry == null) {
        throw new ModelFileException(Problem.FOREIGN, file, METADATA_ENTRY);
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new ModelFileException(e, Problem.DAMAGED, file,
          "cannot read " + METADATA_ENTRY + ": " + e.getMessage());
    }
  }

  private static Map<String, Object> toJson(ModelInfo info) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT_NAME);
    root.put("format_version", info.formatVersion());
    root.put("label_0_digit", info.pair().first());
    root.put("label_1_digit", info.pair().second());
    root.put("scale", info.scale().optionValue());
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("height", info.height());
    input.put("width", info.width());
    input.put("channels", info.channels());
    root.put("input", input);
    root.put("threshold", info.threshold());
    root.put("product_version", info.productVersion());
    root.put("dl4j_version", info.dl4jVersion());
    return root;
  }

  private static ModelInfo parseInfo(Path file, byte[] metadata) {
    JsonNode root;
    try {
      root = JSON.readTree(metadata);
    } catch (JsonProcessingException e) {
      throw new ModelFileException(e, Problem.DAMAGED, file,
          METADATA_ENTRY + " is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ModelFileException(e, Problem.UNREADABLE, file, String.valueOf(e.getMessage()));
    }
    if (root == null || !root.isObject() || !FORMAT_NAME.equals(root.path("format").asText())) {
      throw new ModelFileException(Problem.DAMAGED, file,
          METADATA_ENTRY + " has no \"format\": \"" + FORMAT_NAME + "\" field");
    }
    int version = requireInt(file, root, "format_version");
    if (version != ModelInfo.FORMAT_VERSION) {
      throw new ModelFileException(Problem.FORMAT_VERSION, file, version,
          ModelInfo.FORMAT_VERSION, ModelInfo.PRODUCT_VERSION,
          root.path("product_version").asText("?"));
    }

    try {
      DigitPair pair = new DigitPair(requireInt(file, root, "label_0_digit"),
          requireInt(file, root, "label_1_digit"));
      PixelScale scale = PixelScale.fromOptionValue(requireText(file, root, "scale"));
      JsonNode input = root.path("input");
      ModelInfo info = new ModelInfo(version, pair, scale, requireInt(file, input, "height"),
          requireInt(file, input, "width"), requireInt(file, input, "channels"),
          requireNumber(file, root, "threshold"), requireText(file, root, "product_version"),
          requireText(file, root, "dl4j_version"));
      if (info.height() != ImageShape.HEIGHT || info.width() != ImageShape.WIDTH
          || info.channels() != ImageShape.CHANNELS) {
        throw new ModelFileException(Problem.DAMAGED, file, "the input shape is "
            + info.height() + "x" + info.width() + "x" + info.channels() + ", but format "
            + ModelInfo.FORMAT_VERSION + " models read 28x28x1 images");
      }
      return info;
    } catch (IllegalArgumentException e) {
      // DigitPair and PixelScale reject bad values with InvalidSettingException, a subclass.
      throw new ModelFileException(e, Problem.DAMAGED, file,
          METADATA_ENTRY + " holds an invalid value: " + e.getMessage());
    }
  }

  private static int requireInt(Path file, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isInt()) {
      throw missingField(file, field, "a whole number");
    }
    return value.intValue();
  }

  private static double requireNumber(Path file, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isNumber()) {
      throw missingField(file, field, "a number");
    }
    return value.doubleValue();
  }

  private static String requireText(Path file, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw missingField(file, field, "a string");
    }
    return value.textValue();
  }

  private static ModelFileException missingField(Path file, String field, String expected) {
    return new ModelFileException(Problem.DAMAGED, file, METADATA_ENTRY + " has no field \""
        + field + "\" holding " + expected);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
