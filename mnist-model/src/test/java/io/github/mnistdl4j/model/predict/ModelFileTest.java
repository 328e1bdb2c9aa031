package io.github.mnistdl4j.model.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.model.NetworkFactory;
import io.github.mnistdl4j.model.NetworkSettings;
import io.github.mnistdl4j.model.TrainRun;
import io.github.mnistdl4j.model.loss.LossKind;
import io.github.mnistdl4j.model.predict.ModelFileException.Problem;
import io.github.mnistdl4j.model.predict.TrainedModels.Entry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelFileTest {

  @TempDir
  static Path folder;

  private TrainRun run;
  private Path model;

  @BeforeAll
  void trainAndSave() {
    run = TrainedModels.train(folder.resolve("raw"), PixelScale.RAW);
    model = folder.resolve("models/raw.zip");
    ModelFile.save(run.network(), ModelInfo.forTraining(run.settings()), model);
  }

  @Test
  void archiveHoldsDl4jEntriesAndMetadata() throws IOException {
    List<String> entries = TrainedModels.entryNames(model);

    assertTrue(entries.contains(ModelFile.METADATA_ENTRY), entries.toString());
    assertTrue(entries.contains(ModelSerializer.CONFIGURATION_JSON), entries.toString());
    assertTrue(entries.contains(ModelSerializer.COEFFICIENTS_BIN), entries.toString());
    assertFalse(entries.contains(ModelSerializer.UPDATER_BIN), "updater state is not saved");
  }

  @Test
  void metadataIsReadableJson() throws IOException {
    JsonNode json = new ObjectMapper().readTree(
        TrainedModels.readEntry(model, ModelFile.METADATA_ENTRY));

    assertEquals("mnist-dl4j-model", json.get("format").asText());
    assertEquals(ModelInfo.FORMAT_VERSION, json.get("format_version").asInt());
    assertEquals(3, json.get("label_0_digit").asInt());
    assertEquals(7, json.get("label_1_digit").asInt());
    assertEquals("raw", json.get("scale").asText());
    assertEquals(28, json.get("input").get("height").asInt());
    assertEquals(28, json.get("input").get("width").asInt());
    assertEquals(1, json.get("input").get("channels").asInt());
    assertEquals(0.5, json.get("threshold").asDouble());
    assertEquals("0.1.0-SNAPSHOT", json.get("product_version").asText());
    assertEquals("1.0.0-M2.1", json.get("dl4j_version").asText());
  }

  @Test
  void loadRestoresInfo() {
    DigitClassifier classifier = DigitClassifier.load(model);

    assertEquals(ModelInfo.forTraining(run.settings()), classifier.info());
  }

  @Test
  void loadRestoresOutputs() {
    DigitClassifier classifier = DigitClassifier.load(model);
    float[] expected = run.network().output(run.testing().features(), false).toFloatVector();

    List<Prediction> predictions = classifier.predictFiles(run.testing().files());

    assertEquals(expected.length, predictions.size());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], predictions.get(i).probability(), 1e-6,
          "image " + run.testing().files().get(i));
    }
  }

  @Test
  void loadRestoresUnitScaledOutputs() {
    TrainRun unit = TrainedModels.train(folder.resolve("unit"), PixelScale.UNIT);
    Path file = folder.resolve("models/unit.zip");
    ModelFile.save(unit.network(), ModelInfo.forTraining(unit.settings()), file);
    float[] expected = unit.network().output(unit.testing().features(), false).toFloatVector();

    List<Prediction> predictions = DigitClassifier.load(file).predictFiles(unit.testing().files());

    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], predictions.get(i).probability(), 1e-6,
          "image " + unit.testing().files().get(i));
    }
  }

  @Test
  void everyLossKindRoundTrips() {
    float[] pixels = new float[3 * 784];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (i * 7) % 256;
    }
    INDArray features = Nd4j.create(pixels, new long[] {3, 784}, 'c');
    for (LossKind loss : LossKind.values()) {
      MultiLayerNetwork network = NetworkFactory.build(new NetworkSettings(5, 0.01, 3),
          loss.lossFunction());
      Path file = folder.resolve("models/loss-" + loss.optionValue() + ".zip");
      ModelFile.save(network, ModelInfo.current(DigitPair.LECTURE, PixelScale.RAW), file);
      float[] expected = network.output(features, false).toFloatVector();

      List<Prediction> predictions = DigitClassifier.load(file).predictBatch(
          List.of(Arrays.copyOfRange(pixels, 0, 784), Arrays.copyOfRange(pixels, 784, 1568),
              Arrays.copyOfRange(pixels, 1568, 2352)));

      for (int i = 0; i < expected.length; i++) {
        assertEquals(expected[i], predictions.get(i).probability(), 1e-6, loss + " image " + i);
      }
    }
  }

  @Test
  void savedFileIsReadableByOthers() throws IOException {
    assumeTrue(Files.getFileStore(model).supportsFileAttributeView(
        java.nio.file.attribute.PosixFileAttributeView.class), "needs POSIX permissions");

    assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(model)));
  }

  @Test
  void saveReplacesExistingFile() throws IOException {
    Path target = Files.createDirectories(folder.resolve("replace")).resolve("model.zip")
        .toAbsolutePath();
    Files.writeString(target, "old content");

    ModelFile.save(run.network(), ModelInfo.forTraining(run.settings()), target);

    assertEquals(ModelInfo.forTraining(run.settings()), DigitClassifier.load(target).info());
    assertEquals(List.of(target), listFolder(target.getParent()), "no temporary file is left");
  }

  @Test
  void divergedNetworkIsNotSaved() throws IOException {
    Path target = Files.createDirectories(folder.resolve("diverged")).resolve("model.zip");
    Files.writeString(target, "earlier model");
    MultiLayerNetwork broken = run.network().clone();
    broken.params().putScalar(0, Float.NaN);

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ModelFile.save(broken, ModelInfo.forTraining(run.settings()), target));

    assertTrue(error.getMessage().contains("NaN"), error.getMessage());
    assertEquals("earlier model", Files.readString(target));
    assertEquals(List.of(target), listFolder(target.getParent()));
  }

  @Test
  void failedRenameLeavesNoTemporaryFile() throws IOException {
    Path parent = Files.createDirectories(folder.resolve("occupied"));
    Path target = Files.createDirectories(parent.resolve("model.zip"));
    Files.writeString(target.resolve("keep.txt"), "kept");

    assertThrows(UncheckedIOException.class,
        () -> ModelFile.save(run.network(), ModelInfo.forTraining(run.settings()), target));

    assertEquals(List.of(target), listFolder(parent));
    assertEquals("kept", Files.readString(target.resolve("keep.txt")));
  }

  @Test
  void missingFile() {
    Path missing = folder.resolve("nowhere/model.zip");

    ModelFileException error = assertThrows(ModelFileException.class,
        () -> DigitClassifier.load(missing));

    assertEquals(Problem.MISSING, error.problem());
    assertEquals("Model file not found: " + missing.toAbsolutePath() + ". Train and save a model"
        + " with \"train --save-model FILE\".", error.getMessage());
    assertFalse(Files.exists(missing.getParent()), "loading creates nothing");
  }

  @Test
  void folderIsNotAFile() {
    ModelFileException error = assertThrows(ModelFileException.class,
        () -> DigitClassifier.load(folder));

    assertEquals(Problem.NOT_A_FILE, error.problem());
    assertTrue(error.getMessage().contains(folder.toAbsolutePath().toString()),
        error.getMessage());
  }

  @Test
  void truncatedZip() throws IOException {
    byte[] bytes = Files.readAllBytes(model);
    Path truncated = Files.write(folder.resolve("truncated.zip"),
        Arrays.copyOf(bytes, bytes.length / 2));

    ModelFileException error = assertThrows(ModelFileException.class,
        () -> DigitClassifier.load(truncated));

    assertEquals(Problem.NOT_A_ZIP, error.problem());
    assertTrue(error.getMessage().startsWith("Model file is not a zip archive or is cut off: "
        + truncated.toAbsolutePath()), error.getMessage());
  }

  @Test
  void pngIsNotAZip() throws IOException {
    Path png = run.testing().files().get(0);

    ModelFileException error = assertThrows(ModelFileException.class,
        () -> DigitClassifier.load(png));

    assertEquals(Problem.NOT_A_ZIP, error.problem());
  }

  @Test
  void foreignZip() throws IOException {
    Path foreign = TrainedModels.writeZip(folder.resolve("foreign.zip"),
        List.of(Entry.text("readme.txt", "not a model")));

    ModelFileException error = assertThrows(ModelFileException.class,
        () -> DigitClassifier.load(foreign));

    assertEquals(Problem.FOREIGN, error.problem());
    assertEquals("Not a model file of mnist-dl4j: " + foreign.toAbsolutePath() + " has no "
        + "mnist-dl4j-model.json entry. Pass a file written by \"train --save-model\".",
        error.getMessage());
  }

  @Test
  void plainDl4jModelIsForeign() throws IOException {
    Path plain = folder.resolve("plain-dl4j.zip");
    ModelSerializer.writeModel(run.network(), plain.toFile(), false);

    ModelFileException error = assertThrows(ModelFileException.class,
        () -> DigitClassifier.load(plain));

    assertEquals(Problem.FOREIGN, error.problem());
  }

  @Test
  void otherFormatVersion() throws IOException {
    Path future = TrainedModels.rewrite(model, folder.resolve("future.zip"),
        ModelFile.METADATA_ENTRY, json -> json.replace("\"format_version\" : 1",
            "\"format_version\" : 2").replace("0.1.0-SNAPSHOT", "9.0.0"));

    ModelFileException error = assertThrows(ModelFileException.class,
        () -> DigitClassifier.load(future));

    assertEquals(Problem.FORMAT_VERSION, error.problem());
    assertEquals("Model file " + future.toAbsolutePath() + " has format version 2 (written by"
        + " mnist-dl4j 9.0.0), but mnist-dl4j 0.1.0-SNAPSHOT reads format version 1 only. Train"
        + " and save the model again with this version.", error.getMessage());
  }

  @Test
  void otherPairThanExpected() {
    ModelFileException error = assertThrows(ModelFileException.class,
        () -> DigitClassifier.load(model, DigitPair.HOMEWORK));

    assertEquals(Problem.PAIR_MISMATCH, error.problem());
    assertEquals("Model " + model.toAbsolutePath() + " classifies the digits 3,7, but 0,1 was"
        + " expected. Use a model trained with --digits 0,1.", error.getMessage());
  }

  @Test
  void reversedPairIsAMismatch() {
    ModelFileException error = assertThrows(ModelFileException.class,
        () -> DigitClassifier.load(model, new DigitPair(7, 3)));

    assertEquals(Problem.PAIR_MISMATCH, error.problem());
  }

  @Test
  void expectedPairLoads() {
    assertEquals(DigitPair.LECTURE, DigitClassifier.load(model, DigitPair.LECTURE).info().pair());
  }

  @Test
  void invalidMetadataJson() throws IOException {
    Path damaged = TrainedModels.rewrite(model, folder.resolve("bad-json.zip"),
        ModelFile.METADATA_ENTRY, json -> json.substring(0, json.length() / 2));

    ModelFileException error = assertThrows(ModelFileException.class,
        () -> DigitClassifier.load(damaged));

    assertEquals(Problem.DAMAGED, error.problem());
    assertTrue(error.getMessage().contains("is not valid JSON"), error.getMessage());
  }

  @Test
  void invalidDigitInMetadata() throws IOException {
    Path damaged = TrainedModels.rewrite(model, folder.resolve("bad-digit.zip"),
        ModelFile.METADATA_ENTRY, json -> json.replace("\"label_1_digit\" : 7",
            "\"label_1_digit\" : 3"));

    ModelFileException error = assertThrows(ModelFileException.class,
        () -> DigitClassifier.load(damaged));

    assertEquals(Problem.DAMAGED, error.problem());
    assertTrue(error.getMessage().contains("both are 3"), error.getMessage());
  }

  @Test
  void missingNetworkEntries() throws IOException {
    Path damaged = TrainedModels.rewrite(model, folder.resolve("no-weights.zip"),
        ModelSerializer.COEFFICIENTS_BIN, weights -> null);

    ModelFileException error = assertThrows(ModelFileException.class,
        () -> DigitClassifier.load(damaged));

    assertEquals(Problem.DAMAGED, error.problem());
    assertTrue(error.getMessage().startsWith("Model file is damaged: "
        + damaged.toAbsolutePath()), error.getMessage());
  }

  @Test
  void koreanMessageNamesFile() throws IOException {
    Path foreign = TrainedModels.writeZip(folder.resolve("foreign-ko.zip"),
        List.of(Entry.text("readme.txt", "not a model")));

    ModelFileException error = assertThrows(ModelFileException.class,
        () -> DigitClassifier.load(foreign));

    assertEquals("mnist-dl4j의 모델 파일이 아닙니다: " + foreign.toAbsolutePath()
        + "에 mnist-dl4j-model.json 항목이 없습니다. \"train --save-model\"이 쓴 파일을 지정하세요.",
        error.localizedMessage(Locale.KOREAN));
  }

  @Test
  void everyProblemHasBothMessages() {
    for (Problem problem : Problem.values()) {
      ModelFileException error = new ModelFileException(problem, "/m.zip", "a", "b", "c", "d");
      assertTrue(error.getMessage().contains("/m.zip"), problem + ": " + error.getMessage());
      assertTrue(error.localizedMessage(Locale.KOREAN).contains("/m.zip"),
          problem + ": " + error.localizedMessage(Locale.KOREAN));
    }
  }

  private static List<Path> listFolder(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(Path::toAbsolutePath).sorted().toList();
    }
  }
}
