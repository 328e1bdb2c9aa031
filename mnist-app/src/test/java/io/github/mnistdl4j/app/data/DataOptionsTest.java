package io.github.mnistdl4j.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mnistdl4j.app.Console;
import io.github.mnistdl4j.data.InvalidDataException;
import io.github.mnistdl4j.data.store.DataStoreException;
import io.github.mnistdl4j.data.testing.TinyMnist;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class DataOptionsTest {

  @TempDir Path temp;

  private final Locale original = Locale.getDefault();

  @Command(name = "probe", resourceBundle = "io.github.mnistdl4j.app.i18n.app")
  static class Probe implements Runnable {
    @Mixin DataOptions data;

    @Override
    public void run() {}
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(original);
  }

  private static DataOptions parse(String... args) {
    Probe probe = new Probe();
    new CommandLine(probe).parseArgs(args);
    probe.data.environment = Map.of();
    return probe.data;
  }

  private static Console console() {
    return new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  @Test
  void helpDescribesOptionsInHostCommand() {
    Locale.setDefault(Locale.ENGLISH);
    String english = new CommandLine(new Probe()).getUsageMessage();
    assertTrue(english.contains("Default: MNIST_HOME, else ~/.mnist-dl4j/data."), english);

    Locale.setDefault(Locale.KOREAN);
    String korean = new CommandLine(new Probe()).getUsageMessage();
    assertTrue(korean.contains("네트워크를 쓰지 않습니다"), korean);
  }

  @Test
  void resolveTreeReturnsExplicitTree() {
    Path tree = TinyMnist.writeTree(temp.resolve("tree"));

    Path resolved = parse("--data", tree.toString(), "--data-home", temp.resolve("home").toString())
        .resolveTree(console());

    assertEquals(tree.toAbsolutePath().normalize(), resolved);
    assertFalse(Files.exists(temp.resolve("home")), "data home must not be created");
  }

  @Test
  void resolveTreeFindsTreeInDataHome() {
    Path home = temp.resolve("home");
    TinyMnist.writeTree(home.resolve("mnist_png"));

    Path resolved = parse("--data-home", home.toString(), "--offline").resolveTree(console());

    assertEquals(home.resolve("mnist_png").toAbsolutePath().normalize(), resolved);
  }

  @Test
  void resolveTreeRejectsMissingRootWithoutCreatingIt() {
    Path missing = temp.resolve("no-such-tree");

    InvalidDataException error = assertThrows(InvalidDataException.class,
        () -> parse("--data", missing.toString()).resolveTree(console()));

    assertTrue(error.getMessage().contains(missing.toString()), error.getMessage());
    assertFalse(Files.exists(missing));
  }

  @Test
  void resolveTreeOfflineNamesUrlFolderAndImport() {
    Path home = temp.resolve("empty-home");

    DataStoreException error = assertThrows(DataStoreException.class,
        () -> parse("--data-home", home.toString(), "--offline").resolveTree(console()));

    String message = error.getMessage();
    assertTrue(message.contains("https://s3.amazonaws.com/fast-ai-imageclas/mnist_png.tgz"), message);
    assertTrue(message.contains(home.toString()), message);
    assertTrue(message.contains("data import " + home.resolve("mnist_png.tgz")), message);
    assertFalse(message.contains("\n"), message);
    assertFalse(Files.exists(home), "an offline failure must not create the data home");
  }
}
