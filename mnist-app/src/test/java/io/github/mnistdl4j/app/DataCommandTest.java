package io.github.mnistdl4j.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.app.data.DataOptions;
import io.github.mnistdl4j.data.testing.ArchiveServer;
import io.github.mnistdl4j.data.testing.RealMnist;
import io.github.mnistdl4j.data.testing.TarGzBuilder;
import io.github.mnistdl4j.data.testing.TinyMnist;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * The {@code data} command and the data options as a user meets them: exit codes, the table,
 * and one error line naming the file or URL, in English and in Korean. Every URL points at a
 * server on 127.0.0.1 that the test starts, or at a closed port there.
 */
class DataCommandTest {

  @TempDir Path temp;

  private final Locale original = Locale.getDefault();
  private Path home;
  private Path tinyTree;

  /** What one run printed. */
  record Run(int exit, String out, String err) {

    /** The lines of standard error that start with the error prefix. */
    List<String> errorLines() {
      return err.lines().filter(line -> line.startsWith("error: ") || line.startsWith("오류: "))
          .toList();
    }

    /** The single error line, after checking that there is exactly one. */
    String errorLine() {
      List<String> lines = errorLines();
      assertEquals(1, lines.size(), "expected one error line in: " + err);
      assertFalse(err.contains("\tat "), "no stack trace without --verbose: " + err);
      return lines.get(0);
    }
  }

  /** Runs the app as {@code main} does, capturing both streams. */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new MnistApp());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = MnistApp.run(commandLine, args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** A stand-in for a command that needs data, such as {@code train}: it prints the tree. */
  @Command(name = "needs-data", resourceBundle = "io.github.mnistdl4j.app.i18n.app")
  static final class NeedsData implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
      console.println(data.resolveTree(console).toString());
      return ExitCodes.OK;
    }
  }

  /** Runs the stand-in command; {@code --lang} is applied here as the root command would. */
  static Run runNeedsData(String... args) {
    MnistApp.applyLanguage(args);
    List<String> rest = new java.util.ArrayList<>(List.of(args));
    int lang = rest.indexOf("--lang");
    if (lang >= 0) {
      rest.subList(lang, lang + 2).clear();
    }
    args = rest.toArray(String[]::new);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new NeedsData());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setExecutionExceptionHandler(new ErrorHandler(false));
    int exit = commandLine.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @BeforeEach
  void setUp() {
    home = temp.resolve("home");
    tinyTree = TinyMnist.writeTree(temp.resolve("source").resolve("mnist_png"));
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(original);
  }

  /** Puts a tree and its checksum record into the home, as an earlier import would. */
  private Map snapshotAfterGoodTree() throws IOException {
    TinyMnist.writeTree(home.resolve("mnist_png"));
    Files.writeString(home.resolve("mnist_png.sha256"), "0".repeat(64) + "  mnist_png.tgz\n");
    return Map.of(home);
  }

  /** Every file under a folder with its content, to show that a failed run changed nothing. */
  record Map(List<String> entries) {
    static Map of(Path root) throws IOException {
      try (Stream<Path> paths = Files.walk(root)) {
        return new Map(paths.filter(path -> !path.getFileName().toString().equals(".lock"))
            .map(path -> {
              try {
                return root.relativize(path) + (Files.isRegularFile(path)
                    ? " " + java.util.Arrays.hashCode(Files.readAllBytes(path)) : "/");
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }).sorted().toList());
      }
    }
  }

  @Test
  void dataWithoutSubcommandPrintsUsage() {
    Run run = run("data");

    assertEquals(ExitCodes.USAGE, run.exit());
    assertTrue(run.out().contains("import"), run.out());
    assertTrue(run.out().contains("fetch"), run.out());
    assertTrue(run.out().contains("verify"), run.out());
  }

  @Test
  void helpIsKoreanWithLangKo() {
    Run run = run("--lang", "ko", "data", "import", "--help");

    assertEquals(ExitCodes.OK, run.exit());
    assertTrue(run.out().contains("가져올 mnist_png.tgz 압축 파일"), run.out());
    assertTrue(run.out().contains("데이터 홈에 가져옵니다"), run.out());
  }

  @Test
  void importRejectsParentEntryAndKeepsTree() throws IOException {
    Map before = snapshotAfterGoodTree();
    Path archive = new TarGzBuilder().file("../evil", "x".getBytes(StandardCharsets.UTF_8))
        .tree(tinyTree, "mnist_png").writeTo(temp.resolve("evil.tgz"));

    Run run = run("data", "import", archive.toString(), "--data-home", home.toString());

    assertEquals(ExitCodes.FAILURE, run.exit());
    assertEquals("error: Unsafe archive " + archive + ": entry \"../evil\" contains \"..\","
        + " which would write outside the data home. Nothing was imported.", run.errorLine());
    assertEquals(before, Map.of(home));
    assertFalse(Files.exists(temp.resolve("evil")));
  }

  @Test
  void importRejectsAbsoluteEntryInKorean() throws IOException {
    Map before = snapshotAfterGoodTree();
    Path outside = temp.resolve("abs");
    Path archive = new TarGzBuilder().tree(tinyTree, "mnist_png")
        .file(outside.toString(), "x".getBytes(StandardCharsets.UTF_8))
        .writeTo(temp.resolve("abs.tgz"));

    Run run = run("--lang", "ko", "data", "import", archive.toString(), "--data-home",
        home.toString());

    assertEquals(ExitCodes.FAILURE, run.exit());
    assertEquals("오류: 안전하지 않은 압축 파일 " + archive + ": 항목 \"" + outside
        + "\"이(가) 절대 경로입니다. 아무것도 가져오지 않았습니다.", run.errorLine());
    assertEquals(before, Map.of(home));
    assertFalse(Files.exists(outside));
  }

  @Test
  void importRejectsSymlinkOutside() throws IOException {
    Map before = snapshotAfterGoodTree();
    Path archive = new TarGzBuilder().tree(tinyTree, "mnist_png")
        .symlink("mnist_png/up", "../..").writeTo(temp.resolve("link.tgz"));

    Run run = run("data", "import", archive.toString(), "--data-home", home.toString());

    assertEquals(ExitCodes.FAILURE, run.exit());
    assertTrue(run.errorLine().contains("link \"mnist_png/up\" points outside the data home"),
        run.err());
    assertEquals(before, Map.of(home));
  }

  @Test
  void importRejectsFileThatIsNotGzip() throws IOException {
    Path archive = temp.resolve("notes.tgz");
    Files.writeString(archive, "plain text");

    Run run = run("data", "import", archive.toString(), "--data-home", home.toString());

    assertEquals(ExitCodes.FAILURE, run.exit());
    assertEquals("error: Not a gzip file: " + archive + ". Expected mnist_png.tgz, a"
        + " gzip-compressed tar archive. The data home is unchanged.", run.errorLine());
  }

  @Test
  void importRejectsIncompleteDataSet() {
    Path archive = new TarGzBuilder().tree(tinyTree, "mnist_png")
        .writeTo(temp.resolve("tiny.tgz"));

    Run run = run("data", "import", archive.toString(), "--data-home", home.toString());

    assertEquals(ExitCodes.FAILURE, run.exit());
    assertTrue(run.errorLine().contains("Archive " + archive + " is not a complete MNIST data set:"
        + " 0 bad image(s) and 20 digit folder(s) with the wrong number of images; first"
        + " problem: mnist_png/training/0: 3 images, expected 5,923."), run.err());
    assertFalse(Files.exists(home.resolve("mnist_png")));
  }

  @Test
  void importNamesMissingArchive() {
    Path archive = temp.resolve("missing.tgz");

    Run run = run("--lang", "ko", "data", "import", archive.toString(), "--data-home",
        home.toString());

    assertEquals(ExitCodes.FAILURE, run.exit());
    assertEquals("오류: 압축 파일을 찾을 수 없습니다: " + archive + ". 경로를 확인하세요.",
        run.errorLine());
    assertFalse(Files.exists(home));
  }

  @Test
  void fetchNamesUrlOnNotFound() throws IOException {
    Map before = snapshotAfterGoodTree();
    try (ArchiveServer server = new ArchiveServer()) {
      server.route("/mnist_png.tgz", ArchiveServer.status(404));
      URI url = server.url("/mnist_png.tgz");

      Run run = run("data", "fetch", "--force", "--url", url.toString(), "--data-home",
          home.toString());

      assertEquals(ExitCodes.FAILURE, run.exit());
      assertEquals("error: Download of " + url + " failed: the server returned HTTP 404."
          + " Download the file by hand into " + home + " and run: mnist-dl4j data import "
          + home.resolve("mnist_png.tgz"), run.errorLine());
      assertEquals(before, Map.of(home));
    }
  }

  @Test
  void fetchNamesUrlOnRefusedConnectionInKorean() {
    URI url = ArchiveServer.refusingUrl();

    Run run = run("--lang", "ko", "data", "fetch", "--url", url.toString(), "--data-home",
        home.toString());

    assertEquals(ExitCodes.FAILURE, run.exit());
    assertEquals("오류: " + url + " 다운로드 실패: 127.0.0.1:" + url.getPort()
        + "이(가) 연결을 거부했습니다 (4번 시도함). 파일을 직접 " + home
        + "에 내려받은 뒤 실행하세요: mnist-dl4j data import " + home.resolve("mnist_png.tgz"),
        run.errorLine());
    assertTrue(run.err().contains("다시 시도합니다(4번 중 2번째)"), run.err());
  }

  @Test
  void fetchOfflineMakesNoRequest() {
    try (ArchiveServer server = new ArchiveServer()) {
      URI url = server.url("/mnist_png.tgz");

      Run run = run("data", "fetch", "--offline", "--url", url.toString(), "--data-home",
          home.toString());

      assertEquals(ExitCodes.FAILURE, run.exit());
      assertEquals("error: Downloading is off (--offline or MNIST_OFFLINE=1), so " + url
          + " was not downloaded. Download it by hand into " + home
          + " and run: mnist-dl4j data import " + home.resolve("mnist_png.tgz"),
          run.errorLine());
      assertEquals(List.of(), server.requests());
    }
  }

  @Test
  void fetchRejectsInvalidUrl() {
    Run run = run("data", "fetch", "--url", "ftp://example.org/mnist_png.tgz", "--data-home",
        home.toString());

    assertEquals(ExitCodes.FAILURE, run.exit());
    assertTrue(run.errorLine().contains("Invalid download URL \"ftp://example.org/mnist_png.tgz\""),
        run.err());
  }

  @Test
  void fetchSkipsDownloadWhenTreePresent() throws IOException {
    snapshotAfterGoodTree();

    String already = "MNIST is already in " + home.resolve("mnist_png")
        + "; nothing downloaded. Use --force to download it again.";

    Run offline = run("data", "fetch", "--offline", "--data-home", home.toString());
    assertEquals(ExitCodes.OK, offline.exit(), offline.err());
    assertEquals(already, offline.out().strip());
    Run online = run("data", "fetch", "--url", ArchiveServer.refusingUrl().toString(),
        "--data-home", home.toString());
    assertEquals(ExitCodes.OK, online.exit(), online.err());
    assertEquals(already, online.out().strip());
    Run forcedOffline = run("data", "fetch", "--offline", "--force", "--data-home",
        home.toString());
    assertEquals(ExitCodes.FAILURE, forcedOffline.exit());
    assertTrue(forcedOffline.errorLine().startsWith("error: Downloading is off"),
        forcedOffline.err());
  }

  @Test
  void verifyNamesBadFilesAndCount() throws IOException {
    Path bad = tinyTree.resolve("training/3/0000.png");
    Files.writeString(bad, "not a png");
    Files.write(tinyTree.resolve("testing/1/0000.png"), new byte[0]);

    Run run = run("data", "verify", tinyTree.toString());

    assertEquals(ExitCodes.FAILURE, run.exit());
    assertTrue(run.out().lines().anyMatch(line -> line.matches("3 +4 / 6131 ! +2 / 1010 !")),
        run.out());
    assertTrue(run.out().contains("Bad images: 2 (first 2):"), run.out());
    assertTrue(run.out().contains("  " + bad + ": not a PNG file"), run.out());
    assertTrue(run.out().contains("  " + tinyTree.resolve("testing/1/0000.png")
        + ": empty file (0 bytes)"), run.out());
    assertEquals("error: Check of " + tinyTree + " failed: 2 bad image(s) and 20 digit"
        + " folder(s) with the wrong number of images; first problem: "
        + tinyTree.resolve("testing/1/0000.png") + ": empty file (0 bytes). Repair it with"
        + " \"data import --force ARCHIVE\" or \"data fetch --force\".", run.errorLine());
  }

  @Test
  void verifyInKoreanNamesColourImage() throws IOException {
    Path colour = tinyTree.resolve("testing/8/0000.png");
    Files.write(colour, TinyMnist.colourPng());

    Run run = run("--lang", "ko", "data", "verify", tinyTree.toString());

    assertEquals(ExitCodes.FAILURE, run.exit());
    assertTrue(run.out().contains("숫자"), run.out());
    assertTrue(run.errorLine().contains(colour + ": 28x28 8비트 RGB, 28x28 8비트 흑백이어야 함"),
        run.err());
  }

  @Test
  void verifyChecksDataHomeThatIsATree() {
    Run run = run("data", "verify", "--data-home", tinyTree.toString());

    assertEquals(ExitCodes.FAILURE, run.exit());
    assertTrue(run.out().startsWith("MNIST check of " + tinyTree + " "), run.out());
  }

  @Test
  void verifyTakesTheTreeWithDataToo() {
    Run run = run("data", "verify", "--data", tinyTree.toString());

    assertEquals(ExitCodes.FAILURE, run.exit());
    assertTrue(run.out().startsWith("MNIST check of " + tinyTree + " "), run.out());
    Run both = run("data", "verify", tinyTree.toString(), "--data", home.toString());
    assertEquals(ExitCodes.USAGE, both.exit());
    assertEquals("error: Two trees given, " + tinyTree + " and " + home
        + ": give the tree once, as PATH or with --data.", both.errorLine());
  }

  @Test
  void verifyRejectsMissingRootWithoutCreatingIt() {
    Path missing = temp.resolve("no-tree");

    Run run = run("data", "verify", missing.toString());

    assertEquals(ExitCodes.FAILURE, run.exit());
    assertTrue(run.errorLine().startsWith("error: MNIST folder not found: " + missing + "."),
        run.err());
    assertFalse(Files.exists(missing));
  }

  @Test
  void verifyPassesRealTree() {
    Path tree = RealMnist.treeOrSkip();

    Run run = run("data", "verify", tree.toString());

    assertEquals(ExitCodes.OK, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("total   60000 / 60000      10000 / 10000"), run.out());
    assertTrue(run.out().contains("Result: OK"), run.out());
  }

  @Test
  void needsDataOfflineNamesUrlFolderAndImport() {
    Run run = runNeedsData("--offline", "--data-home", home.toString());

    assertEquals(ExitCodes.FAILURE, run.exit());
    assertEquals("error: No MNIST data in " + home + " and downloading is off (--offline or"
        + " MNIST_OFFLINE=1). Download https://s3.amazonaws.com/fast-ai-imageclas/mnist_png.tgz"
        + " into " + home + " and run: mnist-dl4j data import " + home.resolve("mnist_png.tgz"),
        run.errorLine());
    assertFalse(Files.exists(home));
  }

  @Test
  void needsDataOfflineInKorean() {
    Run run = runNeedsData("--lang", "ko", "--offline", "--data-home", home.toString());

    assertEquals(ExitCodes.FAILURE, run.exit());
    assertTrue(run.errorLine().startsWith("오류: " + home + "에 MNIST 데이터가 없고 다운로드가"
        + " 꺼져 있습니다"), run.err());
  }

  @Test
  void needsDataWhenDownloadFails() {
    try (ArchiveServer server = new ArchiveServer()) {
      server.route("/mnist_png.tgz", ArchiveServer.status(500));
      URI url = server.url("/mnist_png.tgz");

      Run run = runNeedsData("--url", url.toString(), "--data-home", home.toString());

      assertEquals(ExitCodes.FAILURE, run.exit());
      assertEquals("error: No MNIST data in " + home + " and the download failed: " + url
          + ": the server returned HTTP 500 (after 4 tries). Download " + url + " into " + home
          + " and run: mnist-dl4j data import " + home.resolve("mnist_png.tgz"),
          run.errorLine());
      assertEquals(4, server.requests().size());
      assertFalse(Files.exists(home.resolve("mnist_png")));
    }
  }

  @Test
  void needsDataRejectsMissingRoot() {
    Path missing = temp.resolve("typo");

    Run run = runNeedsData("--data", missing.toString(), "--offline");

    assertEquals(ExitCodes.FAILURE, run.exit());
    assertTrue(run.errorLine().startsWith("error: MNIST folder not found: " + missing), run.err());
    assertFalse(Files.exists(missing));
  }

  @Test
  void needsDataUsesExplicitTree() {
    Run run = runNeedsData("--data", tinyTree.toString(), "--offline");

    assertEquals(ExitCodes.OK, run.exit(), run.err());
    assertEquals(tinyTree.toString(), run.out().strip());
  }

  @Test
  void needsDataRejectsBadArchive() throws IOException {
    Path archive = temp.resolve("broken.tgz");
    byte[] full = new TarGzBuilder().tree(tinyTree, "mnist_png").bytes();
    Files.write(archive, java.util.Arrays.copyOf(full, full.length / 3));

    Run run = runNeedsData("--data", archive.toString(), "--data-home", home.toString());

    assertEquals(ExitCodes.FAILURE, run.exit());
    assertEquals("error: Archive is cut off (truncated): " + archive
        + ". Download it again. The data home is unchanged.", run.errorLine());
    assertFalse(Files.exists(home.resolve("mnist_png")));
  }
}
