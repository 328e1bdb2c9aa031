package io.github.mnistdl4j.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mnistdl4j.app.DataCommandTest.Run;
import io.github.mnistdl4j.data.testing.ArchiveServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real mnist_png.tgz named by {@code MNIST_ARCHIVE}, end to end through the CLI: served by
 * a server on 127.0.0.1, fetched into an empty data home, verified, then given with
 * {@code --data} without being extracted again. Skipped without the variable, unless
 * {@code MNIST_REQUIRE_REAL_DATA=1}.
 */
class RealDataCommandTest {

  @TempDir Path temp;

  private final java.util.Locale original = java.util.Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    java.util.Locale.setDefault(original);
  }

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
  void fetchVerifyAndReuseRealArchive() throws IOException {
    Path archive = archiveOrSkip();
    Path home = temp.resolve("home");
    byte[] bytes = Files.readAllBytes(archive);

    try (ArchiveServer server = new ArchiveServer()) {
      server.route("/mnist_png.tgz", ArchiveServer.bytes(bytes));
      URI url = server.url("/mnist_png.tgz");

      Run fetch = DataCommandTest.run("data", "fetch", "--url", url.toString(), "--data-home",
          home.toString());

      assertEquals(ExitCodes.OK, fetch.exit(), fetch.err());
      assertTrue(fetch.out().contains("Downloaded " + url + " (" + String.format("%,d",
          bytes.length) + " bytes) and imported it into " + home.resolve("mnist_png")
          + ": 70,000 images."), fetch.out());
    }

    Run verify = DataCommandTest.run("data", "verify", "--data-home", home.toString());
    assertEquals(ExitCodes.OK, verify.exit(), verify.out() + verify.err());
    assertTrue(verify.out().contains("3         6131 / 6131        1010 / 1010"), verify.out());
    assertTrue(verify.out().contains("7         6265 / 6265        1028 / 1028"), verify.out());

    FileTime extracted = Files.getLastModifiedTime(home.resolve("mnist_png/training"));
    Run reuse = DataCommandTest.runNeedsData("--data", home.resolve("mnist_png.tgz").toString(),
        "--data-home", home.toString(), "--offline");
    assertEquals(ExitCodes.OK, reuse.exit(), reuse.err());
    assertEquals(home.resolve("mnist_png").toString(), reuse.out().strip());
    assertEquals(extracted, Files.getLastModifiedTime(home.resolve("mnist_png/training")),
        "the same archive must not be extracted again");
  }
}
