package io.github.mnistdl4j.data.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.data.Split;
import io.github.mnistdl4j.data.testing.TarGzBuilder;
import io.github.mnistdl4j.data.testing.TinyMnist;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archive import into a data home: the safe cases and every unsafe or damaged archive. Each
 * failure must name the archive, write nothing outside the data home and leave the good tree
 * imported before it exactly as it was.
 */
class ArchiveImportTest {

  @TempDir Path temp;

  private Path home;
  private Path archives;
  private Path tinyTree;
  private DataStore store;

  @BeforeEach
  void setUp() throws IOException {
    home = temp.resolve("sandbox").resolve("home");
    archives = Files.createDirectories(temp.resolve("archives"));
    tinyTree = TinyMnist.writeTree(temp.resolve("source").resolve("mnist_png"));
    store = storeWith(ArchiveLimits.DEFAULT);
  }

  private DataStore storeWith(ArchiveLimits limits) {
    return new DataStore(new StoreSettings(home, true, FetchSettings.defaults(), limits,
        TinyMnist.counts()), StoreListener.NONE);
  }

  private TarGzBuilder goodArchive() {
    return new TarGzBuilder().tree(tinyTree, "mnist_png");
  }

  /**
   * Imports a good archive first, so that each failure case can show that it survives. It is
   * built from its own tree and carries a note outside mnist_png/, so that its checksum differs
   * from every archive under test.
   */
  private HomeSnapshot importGoodTree() {
    Path goodTree = TinyMnist.writeTree(temp.resolve("good-source").resolve("mnist_png"));
    store.importArchive(new TarGzBuilder().tree(goodTree, "mnist_png")
        .file("NOTE.txt", "good".getBytes(StandardCharsets.UTF_8))
        .writeTo(archives.resolve("good.tgz")));
    return HomeSnapshot.of(home);
  }

  /**
   * Imports a bad archive over a good tree and checks the one-line message, the untouched home
   * and that nothing appeared beside the home.
   */
  private DataStoreException assertRejected(Path archive, String key, DataStore with) {
    HomeSnapshot before = importGoodTree();
    HomeSnapshot sandboxBefore = HomeSnapshot.of(temp.resolve("sandbox"));

    DataStoreException error = assertThrows(DataStoreException.class,
        () -> with.importArchive(archive));

    assertEquals(key, error.messageKey(), error.getMessage());
    assertTrue(error.getMessage().contains(archive.toString()),
        "message must name the archive: " + error.getMessage());
    assertFalse(error.getMessage().contains("\n"), error.getMessage());
    assertEquals(before, HomeSnapshot.of(home), "the good tree must survive");
    assertEquals(sandboxBefore, HomeSnapshot.of(temp.resolve("sandbox")),
        "nothing may be written beside the home");
    String korean = error.localizedMessage(Locale.KOREAN);
    assertTrue(korean.contains(archive.toString()), korean);
    assertFalse(korean.equals(error.getMessage()), "Korean text expected: " + korean);
    return error;
  }

  private DataStoreException assertRejected(Path archive, String key) {
    return assertRejected(archive, key, store);
  }

  private static String sha256(Path file) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(file)));
  }

  @Test
  void importWritesTreeAndRecordsChecksum() throws Exception {
    Path archive = goodArchive().writeTo(archives.resolve("mnist_png.tgz"));

    ImportResult result = store.importArchive(archive);

    assertEquals(home.resolve("mnist_png"), result.tree());
    assertEquals(50, result.files());
    assertFalse(result.alreadyPresent());
    assertEquals(TinyMnist.TRAINING_PER_DIGIT,
        TinyMnist.images(result.tree(), Split.TRAINING, 3).size());
    assertEquals(sha256(archive), result.sha256());
    assertEquals(sha256(archive) + "  mnist_png.tgz\n",
        Files.readString(home.resolve("mnist_png.sha256")));
    assertTrue(new TreeVerifier(TinyMnist.counts()).verify(result.tree()).passed());
    try (Stream<Path> entries = Files.list(home)) {
      assertEquals(List.of(".lock", "mnist_png", "mnist_png.sha256"),
          entries.map(path -> path.getFileName().toString()).sorted().toList(),
          "no staging folder may remain");
    }
  }

  @Test
  void importSameArchiveTwiceWritesOnce() {
    Path archive = goodArchive().writeTo(archives.resolve("mnist_png.tgz"));
    store.importArchive(archive);
    HomeSnapshot before = HomeSnapshot.of(home);

    ImportResult second = store.importArchive(archive);

    assertTrue(second.alreadyPresent());
    assertEquals(before, HomeSnapshot.of(home));
  }

  @Test
  void resolveTreeImportsExplicitArchiveOnce() {
    Path archive = goodArchive().writeTo(archives.resolve("mnist_png.tgz"));

    Path first = store.resolveTree(Optional.of(archive));
    HomeSnapshot afterFirst = HomeSnapshot.of(home);
    Path second = store.resolveTree(Optional.of(archive));

    assertEquals(home.resolve("mnist_png"), first);
    assertEquals(first, second);
    assertEquals(afterFirst, HomeSnapshot.of(home), "the second run must not extract again");
  }

  @Test
  void resolveTreeRejectsFileThatIsNoArchive() throws IOException {
    Path notes = Files.writeString(archives.resolve("notes.txt"), "hello");

    DataStoreException error = assertThrows(DataStoreException.class,
        () -> store.resolveTree(Optional.of(notes)));

    assertEquals("data.notTreeOrArchive", error.messageKey());
    assertTrue(error.getMessage().contains(notes.toString()), error.getMessage());
    assertFalse(Files.exists(home));
  }

  @Test
  void resolveTreeRejectsFolderWithoutSplits() throws IOException {
    Path folder = Files.createDirectories(archives.resolve("pictures"));

    DataStoreException error = assertThrows(DataStoreException.class,
        () -> store.resolveTree(Optional.of(folder)));

    assertEquals("data.notTree", error.messageKey());
    assertTrue(error.getMessage().contains(folder.toString()), error.getMessage());
  }

  @Test
  void resolveTreeAcceptsDataHomeAsData() {
    Path archive = goodArchive().writeTo(archives.resolve("mnist_png.tgz"));
    store.importArchive(archive);

    assertEquals(home.resolve("mnist_png"), store.resolveTree(Optional.of(home)));
  }

  @Test
  void importForceRepairsDamagedTree() throws IOException {
    Path archive = goodArchive().writeTo(archives.resolve("mnist_png.tgz"));
    store.importArchive(archive);
    Path damaged = home.resolve("mnist_png/training/3/300.png");
    Files.writeString(damaged, "damaged");

    ImportResult skipped = store.importArchive(archive);
    ImportResult repaired = store.importArchive(archive, true);

    assertTrue(skipped.alreadyPresent());
    assertFalse(repaired.alreadyPresent());
    assertTrue(new TreeVerifier(TinyMnist.counts()).verify(repaired.tree()).passed());
  }

  @Test
  void importOtherArchiveReplacesTree() throws Exception {
    importGoodTree();
    TinyMnist.write(tinyTree.resolve("training/5/999.png"), TinyMnist.grayPng(28, 28, 99));
    Files.delete(tinyTree.resolve("training/5/500.png"));
    Path other = goodArchive().writeTo(archives.resolve("other.tgz"));

    ImportResult result = store.importArchive(other);

    assertFalse(result.alreadyPresent());
    assertTrue(Files.exists(home.resolve("mnist_png/training/5/999.png")));
    assertFalse(Files.exists(home.resolve("mnist_png/training/5/500.png")));
    assertEquals(sha256(other) + "  other.tgz\n",
        Files.readString(home.resolve("mnist_png.sha256")));
  }

  @Test
  void importRejectsParentSegment() {
    Path archive = goodArchive().file("mnist_png/../../evil", "x".getBytes())
        .writeTo(archives.resolve("parent.tgz"));

    DataStoreException error = assertRejected(archive, "archive.parentEntry");

    assertTrue(error.getMessage().contains("mnist_png/../../evil"), error.getMessage());
    assertFalse(Files.exists(temp.resolve("sandbox").resolve("evil")));
    assertFalse(Files.exists(temp.resolve("evil")));
  }

  @Test
  void importRejectsLeadingParentSegment() {
    Path archive = new TarGzBuilder().file("../evil", "x".getBytes())
        .tree(tinyTree, "mnist_png").writeTo(archives.resolve("parent-first.tgz"));

    DataStoreException error = assertRejected(archive, "archive.parentEntry");

    assertTrue(error.getMessage().contains("\"../evil\""), error.getMessage());
    assertFalse(Files.exists(temp.resolve("sandbox").resolve("evil")));
  }

  @Test
  void importRejectsAbsolutePath() {
    Path outside = temp.resolve("outside-" + UUID.randomUUID()).resolve("abs");
    Path archive = goodArchive().file(outside.toString(), "x".getBytes())
        .writeTo(archives.resolve("absolute.tgz"));

    DataStoreException error = assertRejected(archive, "archive.absoluteEntry");

    assertTrue(error.getMessage().contains(outside.toString()), error.getMessage());
    assertFalse(Files.exists(outside));
    assertFalse(Files.exists(outside.getParent()));
  }

  @Test
  void importRejectsSymlinkOutside() {
    Path archive = goodArchive().symlink("mnist_png/training/escape", "../../../..")
        .file("mnist_png/training/escape/evil.png", TinyMnist.grayPng(28, 28, 1))
        .writeTo(archives.resolve("symlink.tgz"));

    DataStoreException error = assertRejected(archive, "archive.linkOutside");

    assertTrue(error.getMessage().contains("mnist_png/training/escape"), error.getMessage());
    assertFalse(Files.exists(temp.resolve("evil.png")));
  }

  @Test
  void importRejectsAbsoluteSymlink() {
    Path archive = goodArchive().symlink("mnist_png/etc", "/etc")
        .writeTo(archives.resolve("absolute-link.tgz"));

    DataStoreException error = assertRejected(archive, "archive.linkOutside");

    assertTrue(error.getMessage().contains("\"/etc\""), error.getMessage());
  }

  @Test
  void importRejectsHardLinkOutside() {
    Path archive = goodArchive().hardLink("mnist_png/passwd", "../../etc/passwd")
        .writeTo(archives.resolve("hard-link.tgz"));

    assertRejected(archive, "archive.linkOutside");
  }

  @Test
  void importSkipsLinksInsideAndDevices() throws IOException {
    Path archive = goodArchive()
        .symlink("mnist_png/training/3/alias.png", "300.png")
        .hardLink("mnist_png/training/3/copy.png", "mnist_png/training/3/300.png")
        .characterDevice("mnist_png/null")
        .fifo("mnist_png/pipe")
        .writeTo(archives.resolve("devices.tgz"));

    ImportResult result = store.importArchive(archive);

    assertEquals(4, result.skippedEntries());
    assertEquals(50, result.files());
    for (String skipped : List.of("training/3/alias.png", "training/3/copy.png", "null", "pipe")) {
      assertFalse(Files.exists(result.tree().resolve(skipped),
          java.nio.file.LinkOption.NOFOLLOW_LINKS), skipped);
    }
  }

  @Test
  void importRejectsTooManyEntries() {
    Path archive = goodArchive().writeTo(archives.resolve("many.tgz"));

    DataStoreException error = assertRejected(archive, "archive.tooManyEntries",
        storeWith(new ArchiveLimits(40, 1L << 20, 1L << 20)));

    assertTrue(error.getMessage().contains("40"), error.getMessage());
  }

  @Test
  void importRejectsTooManyBytes() throws IOException {
    Path archive = goodArchive().writeTo(archives.resolve("large.tgz"));
    long oneImage = Files.size(tinyTree.resolve("training/0/0.png"));

    assertRejected(archive, "archive.tooLarge",
        storeWith(new ArchiveLimits(1000, 10 * oneImage, 1L << 20)));
  }

  @Test
  void importRejectsOversizedEntry() {
    Path archive = goodArchive().file("mnist_png/training/3/huge.png", new byte[5000])
        .writeTo(archives.resolve("huge.tgz"));

    DataStoreException error = assertRejected(archive, "archive.entryTooLarge",
        storeWith(new ArchiveLimits(1000, 1L << 20, 4096)));

    assertTrue(error.getMessage().contains("mnist_png/training/3/huge.png"), error.getMessage());
  }

  @Test
  void importRejectsTruncatedArchive() {
    byte[] full = goodArchive().bytes();
    Path archive = archives.resolve("truncated.tgz");
    TinyMnist.write(archive, Arrays.copyOf(full, full.length / 2));

    assertRejected(archive, "archive.truncated");
  }

  @Test
  void importRejectsArchiveCutInTrailer() {
    byte[] full = goodArchive().bytes();
    Path archive = archives.resolve("no-trailer.tgz");
    TinyMnist.write(archive, Arrays.copyOf(full, full.length - 4));

    assertRejected(archive, "archive.truncated");
  }

  @Test
  void importRejectsCorruptArchive() {
    byte[] bytes = goodArchive().bytes();
    bytes[bytes.length - 6] ^= 0x55;
    Path archive = archives.resolve("corrupt.tgz");
    TinyMnist.write(archive, bytes);

    assertRejected(archive, "archive.corrupt");
  }

  @Test
  void importRejectsFileThatIsNotGzip() {
    Path archive = archives.resolve("text.tgz");
    TinyMnist.write(archive, "this is not an archive\n".getBytes(StandardCharsets.UTF_8));

    assertRejected(archive, "archive.notGzip");
  }

  @Test
  void importRejectsEmptyFile() {
    Path archive = archives.resolve("empty.tgz");
    TinyMnist.write(archive, new byte[0]);

    assertRejected(archive, "archive.notGzip");
  }

  @Test
  void importRejectsGzipOfText() {
    Path archive = archives.resolve("gzip-text.tgz");
    TinyMnist.write(archive, TarGzBuilder.gzip(
        "hello, this is plain text and not a tar archive\n".repeat(40)
            .getBytes(StandardCharsets.UTF_8)));

    assertRejected(archive, "archive.notTar");
  }

  @Test
  void importRejectsGzipOfShortText() {
    Path archive = archives.resolve("gzip-short.tgz");
    TinyMnist.write(archive, TarGzBuilder.gzip("hello".getBytes(StandardCharsets.UTF_8)));

    assertRejected(archive, "archive.notTar");
  }

  @Test
  void importRejectsArchiveWithoutTreeFolder() {
    Path archive = new TarGzBuilder().tree(tinyTree, "digits")
        .writeTo(archives.resolve("other-name.tgz"));

    assertRejected(archive, "archive.noTree");
  }

  @Test
  void importRejectsMissingTestingSplit() throws IOException {
    deleteRecursively(tinyTree.resolve("testing"));
    TinyMnist.write(tinyTree.resolve("testing-moved/0/1.png"), TinyMnist.grayPng(28, 28, 1));
    Path archive = new TarGzBuilder().tree(tinyTree, "mnist_png")
        .folder("mnist_png/testing").writeTo(archives.resolve("no-testing.tgz"));

    DataStoreException error = assertRejected(archive, "archive.contentInvalid");

    assertTrue(error.getMessage().contains("mnist_png/testing/0: folder missing"),
        error.getMessage());
  }

  @Test
  void importRejectsArchiveMissingSplitFolder() throws IOException {
    deleteRecursively(tinyTree.resolve("testing"));
    Path archive = goodArchive().writeTo(archives.resolve("no-split.tgz"));

    assertRejected(archive, "archive.noTree");
  }

  @Test
  void importRejectsCorruptImage() {
    Path archive = goodArchive()
        .file("mnist_png/training/3/999.png", TinyMnist.truncatedPng(60))
        .writeTo(archives.resolve("corrupt-png.tgz"));

    DataStoreException error = assertRejected(archive, "archive.contentInvalid");

    assertTrue(error.getMessage().contains("mnist_png/training/3/999.png: cannot be decoded"),
        error.getMessage());
  }

  @Test
  void importRejectsEmptyImage() {
    Path archive = goodArchive().file("mnist_png/testing/7/999.png", new byte[0])
        .writeTo(archives.resolve("empty-png.tgz"));

    DataStoreException error = assertRejected(archive, "archive.contentInvalid");

    assertTrue(error.getMessage().contains("mnist_png/testing/7/999.png: empty file"),
        error.getMessage());
  }

  @Test
  void importRejectsTextNamedPng() {
    Path archive = goodArchive()
        .file("mnist_png/training/0/999.png", "not an image".getBytes(StandardCharsets.UTF_8))
        .writeTo(archives.resolve("text-png.tgz"));

    DataStoreException error = assertRejected(archive, "archive.contentInvalid");

    assertTrue(error.getMessage().contains("mnist_png/training/0/999.png: not a PNG file"),
        error.getMessage());
  }

  @Test
  void importRejectsColourImage() {
    Path archive = goodArchive().file("mnist_png/training/1/999.png", TinyMnist.colourPng())
        .writeTo(archives.resolve("colour.tgz"));

    DataStoreException error = assertRejected(archive, "archive.contentInvalid");

    assertTrue(error.getMessage().contains("mnist_png/training/1/999.png: 28x28 8-bit RGB"),
        error.getMessage());
  }

  @Test
  void importRejectsImageOfOtherSize() {
    Path archive = goodArchive()
        .file("mnist_png/training/2/999.png", TinyMnist.grayPng(32, 32, 1))
        .writeTo(archives.resolve("size.tgz"));

    DataStoreException error = assertRejected(archive, "archive.contentInvalid");

    assertTrue(error.getMessage().contains("mnist_png/training/2/999.png: 32x32 8-bit grayscale"),
        error.getMessage());
  }

  @Test
  void importRejectsEmptyDigitFolder() throws IOException {
    deleteRecursively(tinyTree.resolve("training/4"));
    Files.createDirectories(tinyTree.resolve("training/4"));
    Path archive = goodArchive().writeTo(archives.resolve("empty-folder.tgz"));

    DataStoreException error = assertRejected(archive, "archive.contentInvalid");

    assertTrue(error.getMessage().contains("mnist_png/training/4: 0 images, expected 3"),
        error.getMessage());
  }

  @Test
  void importIgnoresDotFiles() {
    Path archive = goodArchive()
        .file("mnist_png/training/3/.DS_Store", "Bud1".getBytes(StandardCharsets.UTF_8))
        .file("mnist_png/training/3/._300.png", "AppleDouble".getBytes(StandardCharsets.UTF_8))
        .file("._mnist_png", "AppleDouble".getBytes(StandardCharsets.UTF_8))
        .writeTo(archives.resolve("dot-files.tgz"));

    ImportResult result = store.importArchive(archive);

    assertEquals(1, result.skippedEntries(), "._mnist_png lies outside mnist_png/");
    TreeReport report = new TreeVerifier(TinyMnist.counts()).verify(result.tree());
    assertTrue(report.passed(), report.toString());
    assertEquals(2, report.ignoredEntries());
  }

  @Test
  void importRejectsMissingArchive() {
    Path missing = archives.resolve("missing.tgz");

    DataStoreException error = assertThrows(DataStoreException.class,
        () -> store.importArchive(missing));

    assertEquals("archive.missing", error.messageKey());
    assertTrue(error.getMessage().contains(missing.toString()), error.getMessage());
    assertFalse(Files.exists(home), "a missing archive must not create the data home");
  }

  @Test
  void concurrentImportsLeaveOneGoodTree() throws Exception {
    Path first = goodArchive().writeTo(archives.resolve("first.tgz"));
    TinyMnist.write(tinyTree.resolve("training/9/999.png"), TinyMnist.grayPng(28, 28, 9));
    Files.delete(tinyTree.resolve("training/9/900.png"));
    Path second = goodArchive().writeTo(archives.resolve("second.tgz"));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<ImportResult>> results = List.of(
          pool.submit(() -> store.importArchive(first)),
          pool.submit(() -> storeWith(ArchiveLimits.DEFAULT).importArchive(second)));
      for (Future<ImportResult> result : results) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertTrue(new TreeVerifier(TinyMnist.counts()).verify(home.resolve("mnist_png")).passed());
    String recorded = Files.readString(home.resolve("mnist_png.sha256"));
    boolean secondLast = Files.exists(home.resolve("mnist_png/training/9/999.png"));
    assertEquals(sha256(secondLast ? second : first), recorded.substring(0, 64),
        "the checksum must describe the tree that is in place");
  }

  @Test
  void resolveRestoresTreeAfterInterruptedSwap() throws IOException {
    importGoodTree();
    Files.move(home.resolve("mnist_png"), home.resolve(TreeSwap.PREVIOUS_NAME));
    Files.createDirectories(home.resolve(TreeSwap.STAGING_PREFIX + "123"));

    Path tree = store.resolveTree(Optional.empty());

    assertEquals(home.resolve("mnist_png"), tree);
    assertTrue(new TreeVerifier(TinyMnist.counts()).verify(tree).passed());
    assertFalse(Files.exists(home.resolve(TreeSwap.PREVIOUS_NAME)));
    assertFalse(Files.exists(home.resolve(TreeSwap.STAGING_PREFIX + "123")));
  }

  private static void deleteRecursively(Path folder) {
    TreeSwap.deleteRecursively(folder);
  }
}
