package io.github.mnistdl4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.mnistdl4j.data.testing.PngTrees;
import io.github.mnistdl4j.data.testing.RealMnist;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.datavec.image.loader.NativeImageLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The shorter decoding path must return exactly what datavec's own {@link NativeImageLoader}
 * returns: the same shape, type and value of every pixel.
 */
class GrayscalePngLoaderTest {

  private final NativeImageLoader datavec = new NativeImageLoader(28, 28, 1);
  private final GrayscalePngLoader loader = new GrayscalePngLoader();

  private void assertSameAsDatavec(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    INDArray expected = datavec.asMatrix(new ByteArrayInputStream(bytes));
    INDArray actual = loader.asMatrix(new ByteArrayInputStream(bytes));
    assertArrayEquals(expected.shape(), actual.shape(), file + ": shape");
    assertEquals(expected.dataType(), actual.dataType(), file + ": data type");
    assertArrayEquals(expected.reshape(expected.length()).toFloatVector(),
        actual.reshape(actual.length()).toFloatVector(), file + ": pixels");
  }

  @Test
  void drawnImagesDecodeAsDatavecDecodesThem(@TempDir Path folder) throws IOException {
    for (int index = 0; index < 20; index++) {
      assertSameAsDatavec(PngTrees.writeDigitImage(folder.resolve(index + ".png"), 3, index));
    }
  }

  @Test
  void otherFormatsTakeDatavecsOwnPath(@TempDir Path folder) throws IOException {
    // Colour, and a grayscale image of another size, which datavec resizes to 28x28.
    assertSameAsDatavec(PngTrees.writeColour(folder.resolve("colour.png")));
    int[][] large = new int[40][33];
    for (int row = 0; row < large.length; row++) {
      for (int column = 0; column < large[0].length; column++) {
        large[row][column] = (row * 7 + column * 13) % 256;
      }
    }
    assertSameAsDatavec(PngTrees.writeGray(folder.resolve("large.png"), large));
  }

  @Test
  void undecodableBytesFailAsInDatavec() {
    byte[] notAnImage = "not an image".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThrows(IOException.class, () -> datavec.asMatrix(new ByteArrayInputStream(notAnImage)));
    assertThrows(IOException.class, () -> loader.asMatrix(new ByteArrayInputStream(notAnImage)));
  }

  @Test
  void realMnistImagesDecodeAsDatavecDecodesThem() throws IOException {
    Path tree = RealMnist.treeOrSkip();
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("training/3", "training/7", "testing/0", "testing/1")) {
      List<Path> images = MnistTree.listImages(tree.resolve(folder));
      files.addAll(images.subList(0, Math.min(250, images.size())));
    }
    for (Path file : files) {
      assertSameAsDatavec(file);
    }
    assertEquals(1000, files.size());
  }
}
