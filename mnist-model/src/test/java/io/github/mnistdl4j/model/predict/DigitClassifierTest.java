package io.github.mnistdl4j.model.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.data.PixelScale;
import io.github.mnistdl4j.data.testing.PngTrees;
import io.github.mnistdl4j.model.TrainRun;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigitClassifierTest {

  @TempDir
  static Path folder;

  private TrainRun raw;
  private TrainRun unit;
  private DigitClassifier rawClassifier;
  private DigitClassifier unitClassifier;

  @BeforeAll
  void trainAndLoad() {
    raw = TrainedModels.train(folder.resolve("raw"), PixelScale.RAW);
    unit = TrainedModels.train(folder.resolve("unit"), PixelScale.UNIT);
    rawClassifier = saveAndLoad(raw, "raw.zip");
    unitClassifier = saveAndLoad(unit, "unit.zip");
  }

  private static DigitClassifier saveAndLoad(TrainRun run, String name) {
    Path file = folder.resolve(name);
    ModelFile.save(run.network(), ModelInfo.forTraining(run.settings()), file);
    return DigitClassifier.load(file);
  }

  /** Returns the raw pixels that {@link PngTrees} draws for one image. */
  private static float[] drawnPixels(int digit, int index) {
    float[] pixels = new float[784];
    for (int row = 0; row < 28; row++) {
      for (int column = 0; column < 28; column++) {
        pixels[row * 28 + column] = PngTrees.pixel(digit, index, row, column);
      }
    }
    return pixels;
  }

  @Test
  void decodedPixelsEqualDrawnPixels() {
    Path file = folder.resolve("raw/mnist_png/testing/7/2.png");

    assertArrayEquals(drawnPixels(7, 2), ImagePixels.read(file));
  }

  @Test
  void decodedPixelsEqualLoaderFeatures() {
    for (int i = 0; i < raw.testing().size(); i++) {
      assertArrayEquals(raw.testing().features().getRow(i).toFloatVector(),
          ImagePixels.read(raw.testing().files().get(i)), "image " + raw.testing().files().get(i));
    }
  }

  @Test
  void pathImageAndPixelsAgree() throws IOException {
    Path file = folder.resolve("raw/mnist_png/testing/3/1.png");

    Prediction fromPath = rawClassifier.predict(file);
    Prediction fromImage = rawClassifier.predict(ImageIO.read(file.toFile()));
    Prediction fromPixels = rawClassifier.predict(drawnPixels(3, 1));

    assertEquals(fromPath, fromImage);
    assertEquals(fromPath, fromPixels);
  }

  @Test
  void unitModelScalesRawPixelsInside() {
    float[] pixels = drawnPixels(7, 3);
    float expected = unit.network().output(
        Nd4j.create(pixels, new long[] {1, 784}, 'c').div(255f), false).getFloat(0);

    Prediction prediction = unitClassifier.predict(pixels);

    assertEquals(expected, prediction.probability(), 1e-6);
  }

  @Test
  void rawModelTakesPixelsAsTheyAre() {
    float[] pixels = drawnPixels(3, 0);
    float expected = raw.network().output(Nd4j.create(pixels, new long[] {1, 784}, 'c'), false)
        .getFloat(0);

    assertEquals(expected, rawClassifier.predict(pixels).probability(), 1e-6);
  }

  @Test
  void batchEqualsSingles() {
    List<float[]> images = List.of(drawnPixels(3, 0), drawnPixels(7, 1), drawnPixels(3, 2));

    List<Prediction> batch = unitClassifier.predictBatch(images);

    assertEquals(3, batch.size());
    for (int i = 0; i < images.size(); i++) {
      assertEquals(unitClassifier.predict(images.get(i)).probability(),
          batch.get(i).probability(), 1e-6, "image " + i);
    }
  }

  @Test
  void emptyBatchGivesNoPredictions() {
    assertEquals(List.of(), rawClassifier.predictBatch(List.of()));
    assertEquals(List.of(), rawClassifier.predictFiles(List.of()));
  }

  @Test
  void digitFollowsThreshold() {
    for (Path file : unit.testing().files()) {
      Prediction prediction = unitClassifier.predict(file);
      int expected = prediction.probability() > 0.5 ? 7 : 3;
      assertEquals(expected, prediction.digit(), file + " has probability "
          + prediction.probability());
    }
  }

  @Test
  void sharedBetweenThreads() throws Exception {
    List<Path> files = unit.testing().files();
    List<Prediction> sequential = unitClassifier.predictFiles(files);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Prediction>> futures = new ArrayList<>();
      for (int round = 0; round < 10; round++) {
        for (Path file : files) {
          futures.add(pool.submit(() -> unitClassifier.predict(file)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        Prediction expected = sequential.get(i % files.size());
        Prediction actual = futures.get(i).get();
        assertEquals(expected.digit(), actual.digit(), "call " + i);
        assertEquals(expected.probability(), actual.probability(), 1e-6, "call " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void largerPngIsRejected() {
    Path file = PngTrees.writeGray(folder.resolve("bad/32.png"), new int[32][32]);

    InvalidImageException error = assertThrows(InvalidImageException.class,
        () -> rawClassifier.predict(file));

    assertEquals("Image is not 28x28 8-bit grayscale: " + file + " is 32x32, 8-bit grayscale."
        + " The model reads 28x28 8-bit grayscale PNG images, as in MNIST.", error.getMessage());
  }

  @Test
  void colourPngIsRejected() {
    Path file = PngTrees.writeColour(folder.resolve("bad/rgb.png"));

    InvalidImageException error = assertThrows(InvalidImageException.class,
        () -> rawClassifier.predict(file));

    assertTrue(error.getMessage().contains(file + " is 28x28, 8-bit RGB"), error.getMessage());
  }

  @Test
  void sixteenBitPngIsRejected() throws IOException {
    Path file = folder.resolve("bad/16bit.png");
    ImageIO.write(new BufferedImage(28, 28, BufferedImage.TYPE_USHORT_GRAY), "png",
        file.toFile());

    InvalidImageException error = assertThrows(InvalidImageException.class,
        () -> rawClassifier.predict(file));

    assertTrue(error.getMessage().contains(file + " is 28x28, 16-bit grayscale"),
        error.getMessage());
  }

  @Test
  void truncatedPngIsRejected() {
    Path file = PngTrees.writeTruncated(folder.resolve("bad/cut.png"), 3);

    InvalidImageException error = assertThrows(InvalidImageException.class,
        () -> rawClassifier.predict(file));

    assertEquals("file.undecodable", error.messageKey());
    assertTrue(error.getMessage().startsWith("Cannot decode image " + file + ": "),
        error.getMessage());
  }

  @Test
  void textFileIsNotPng() throws IOException {
    Path file = Files.writeString(folder.resolve("bad/notes.png"), "not a png");

    InvalidImageException error = assertThrows(InvalidImageException.class,
        () -> rawClassifier.predict(file));

    assertEquals("Not a PNG file: " + file + ". Remove it or replace it with the original image.",
        error.getMessage());
    assertTrue(error.localizedMessage(Locale.KOREAN).startsWith("PNG 파일이 아닙니다: " + file),
        error.localizedMessage(Locale.KOREAN));
  }

  @Test
  void missingImageFile() {
    Path file = folder.resolve("bad/none.png");

    InvalidImageException error = assertThrows(InvalidImageException.class,
        () -> rawClassifier.predict(file));

    assertEquals("Image file or folder not found: " + file + ".", error.getMessage());
  }

  @Test
  void batchOfFilesStopsAtFirstBadFile() {
    Path good = raw.testing().files().get(0);
    Path bad = PngTrees.writeGray(folder.resolve("bad/wide.png"), new int[28][29]);

    InvalidImageException error = assertThrows(InvalidImageException.class,
        () -> rawClassifier.predictFiles(List.of(good, bad, good)));

    assertTrue(error.getMessage().contains(bad.toString()), error.getMessage());
  }

  @Test
  void bufferedImageOfWrongSize() {
    InvalidImageException error = assertThrows(InvalidImageException.class,
        () -> rawClassifier.predict(new BufferedImage(28, 30, BufferedImage.TYPE_BYTE_GRAY)));

    assertEquals("Image is 28x30 pixels, but the model reads 28x28 images.", error.getMessage());
  }

  @Test
  void bufferedImageInColour() {
    InvalidImageException error = assertThrows(InvalidImageException.class,
        () -> rawClassifier.predict(new BufferedImage(28, 28, BufferedImage.TYPE_INT_RGB)));

    assertEquals("image.wrongDepth", error.messageKey());
    assertTrue(error.getMessage().contains("3 band(s) of 8 bits"), error.getMessage());
  }

  @Test
  void bufferedImageOfSixteenBits() {
    InvalidImageException error = assertThrows(InvalidImageException.class,
        () -> rawClassifier.predict(new BufferedImage(28, 28, BufferedImage.TYPE_USHORT_GRAY)));

    assertTrue(error.getMessage().contains("1 band(s) of 16 bits"), error.getMessage());
  }

  @Test
  void pixelArrayOfWrongLength() {
    InvalidImageException error = assertThrows(InvalidImageException.class,
        () -> rawClassifier.predictBatch(List.of(new float[784], new float[783])));

    assertEquals("Image 1 of the batch has 783 pixel values, but a 28x28 image has 784.",
        error.getMessage());
  }

  @Test
  void pixelValuesOutsideRawRange() {
    for (float value : new float[] {-1f, 255.5f, Float.NaN}) {
      float[] pixels = new float[784];
      pixels[30] = value;

      InvalidImageException error = assertThrows(InvalidImageException.class,
          () -> rawClassifier.predict(pixels));

      assertEquals("Image 0 of the batch has the value " + value + " at row 1, column 2, outside"
          + " 0..255. Pass raw pixel values; the classifier scales them itself.",
          error.getMessage());
    }
  }

  @Test
  void folderExpandsInIntegerOrder() throws IOException {
    Path images = folder.resolve("order");
    for (int index : new int[] {10, 2, 1}) {
      PngTrees.writeDigitImage(images.resolve(index + ".png"), 3, index);
    }
    Files.writeString(images.resolve(".DS_Store"), "x");
    Files.writeString(images.resolve("notes.txt"), "x");
    Path single = raw.testing().files().get(0);

    List<Path> files = ImageFiles.expand(List.of(single, images));

    assertEquals(List.of(single, images.resolve("1.png"), images.resolve("2.png"),
        images.resolve("10.png")), files);
  }

  @Test
  void folderWithoutImages() throws IOException {
    Path empty = Files.createDirectories(folder.resolve("empty"));

    InvalidImageException error = assertThrows(InvalidImageException.class,
        () -> ImageFiles.expand(List.of(empty)));

    assertEquals("Folder holds no PNG image: " + empty + ".", error.getMessage());
  }

  @Test
  void missingPathToExpand() {
    Path missing = folder.resolve("nothing-here");

    InvalidImageException error = assertThrows(InvalidImageException.class,
        () -> ImageFiles.expand(List.of(missing)));

    assertEquals("Image file or folder not found: " + missing + ".", error.getMessage());
  }

  @Test
  void everyImageMessageHasKorean() {
    for (String key : List.of("file.missing", "file.wrongFormat", "file.undecodable",
        "folder.empty", "image.wrongSize", "image.wrongDepth", "pixels.wrongLength",
        "pixels.outOfRange")) {
      InvalidImageException error = new InvalidImageException(key, "/x.png", 1, 2, 3, 4);
      String korean = error.localizedMessage(Locale.KOREAN);
      assertTrue(korean.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3), key + ": " + korean);
    }
  }
}
