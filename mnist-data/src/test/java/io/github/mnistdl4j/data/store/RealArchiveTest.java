package io.github.mnistdl4j.data.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mnistdl4j.data.Split;
import io.github.mnistdl4j.data.store.TreeReport.FolderCount;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the real mnist_png.tgz named by the environment variable {@code MNIST_ARCHIVE} into a
 * temporary data home and checks MNIST's counts. Skipped when the variable is unset, unless
 * {@code MNIST_REQUIRE_REAL_DATA=1}.
 */
class RealArchiveTest {

  @TempDir Path temp;

  private static Path archiveOrSkip() {
    String value = System.getenv("MNIST_ARCHIVE");
    boolean present = value != null && !value.isBlank() && Files.isRegularFile(Path.of(value));
    String reason = "set MNIST_ARCHIVE to a real mnist_png.tgz to run this test (value: "
        + value + ")";
    if (!present && "1".equals(System.getenv("MNIST_REQUIRE_REAL_DATA"))) {
      fail(reason + "; MNIST_REQUIRE_REAL_DATA=1 makes this a failure");
    }
    assumeTrue(present, reason);
    return Path.of(value);
  }

  @Test
  void realArchiveImportsWithMnistCounts() {
    Path archive = archiveOrSkip();
    DataStore store = new DataStore(StoreSettings.of(temp.resolve("home"), true,
        FetchSettings.defaults()), StoreListener.NONE);

    ImportResult result = store.importArchive(archive);
    TreeReport report = new TreeVerifier(ExpectedCounts.MNIST).verify(result.tree());

    assertEquals(70_000, result.files(), "files written from " + archive);
    assertEquals(60_000, report.found(Split.TRAINING), "training images");
    assertEquals(10_000, report.found(Split.TESTING), "testing images");
    for (FolderCount folder : report.folders()) {
      assertEquals(folder.expected(), folder.found(), "images in " + folder.folder());
    }
    assertEquals(0, report.badImageCount(), "bad images, first: " + report.badImages());
    assertTrue(report.passed());
  }
}
