package io.github.mnistdl4j.app.data;

import io.github.mnistdl4j.app.Console;
import io.github.mnistdl4j.app.ExitCodes;
import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.data.Split;
import io.github.mnistdl4j.data.store.DataHome;
import io.github.mnistdl4j.data.store.ExpectedCounts;
import io.github.mnistdl4j.data.store.TreeReport;
import io.github.mnistdl4j.data.store.TreeReport.BadImage;
import io.github.mnistdl4j.data.store.TreeReport.FolderCount;
import io.github.mnistdl4j.data.store.TreeVerifier;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code data verify [PATH]}: checks a tree against MNIST's counts and image format, prints a
 * table and fails naming the first bad files. It never downloads or writes anything.
 */
@Command(name = "verify", resourceBundle = "io.github.mnistdl4j.app.i18n.data")
final class VerifyCommand implements Callable<Integer> {

  private static final Text TEXT = new Text("data");

  /** Bad files listed on screen; the one-line error gives the total. */
  static final int LISTED_BAD_FILES = 10;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", descriptionKey = "verify.path")
  Path path;

  /** The same as PATH, for users who give the tree with --data as in every other command. */
  @Option(names = "--data", paramLabel = "PATH", descriptionKey = "verify.data")
  Path data;

  @Option(names = "--data-home", paramLabel = "DIR", descriptionKey = "option.dataHome")
  Path dataHome;

  @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
  boolean help;

  @Spec
  CommandSpec spec;

  Map<String, String> environment = System.getenv();

  @Override
  public Integer call() {
    if (path != null && data != null && !path.equals(data)) {
      throw new ParameterException(spec.commandLine(), TEXT.get("verify.twoPaths", path, data));
    }
    Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
    console.status(TEXT.get("progress.checking"));
    TreeReport report = verify();
    render(report, console);
    if (!report.passed()) {
      throw report.toException();
    }
    return ExitCodes.OK;
  }

  /** Checks PATH, or the tree in the data home when PATH is not given. */
  TreeReport verify() {
    Path tree = path != null ? path : data;
    Path root = tree != null ? tree
        : DataHome.treeFor(DataHome.resolve(Optional.ofNullable(dataHome), environment));
    return new TreeVerifier(ExpectedCounts.MNIST).verify(root);
  }

  private static void render(TreeReport report, Console console) {
    console.println(TEXT.get("verify.title", report.root()));
    // The headers end where the numbers end, before the two-character mark column.
    console.println(String.format(Locale.ROOT, "%-6s%15s%19s", TEXT.get("verify.digit"),
        Split.TRAINING.folderName(), Split.TESTING.folderName()));
    for (int digit = 0; digit < 10; digit++) {
      String row = String.format(Locale.ROOT, "%-6d%17s  %17s", digit,
          cell(report.folders().get(digit)), cell(report.folders().get(10 + digit)));
      console.println(row.stripTrailing());
    }
    console.println(String.format(Locale.ROOT, "%-6s%17s  %17s", TEXT.get("verify.total"),
        report.found(Split.TRAINING) + " / " + ExpectedCounts.MNIST.total(Split.TRAINING) + "  ",
        report.found(Split.TESTING) + " / " + ExpectedCounts.MNIST.total(Split.TESTING) + "  ")
        .stripTrailing());
    console.println(TEXT.get("verify.summary", report.found(Split.TRAINING)
        + report.found(Split.TESTING), report.badImageCount(), report.ignoredEntries()));

    if (report.badImageCount() > 0) {
      console.println(TEXT.get("verify.badHeading", report.badImageCount(),
          Math.min(LISTED_BAD_FILES, report.badImages().size())));
      for (BadImage bad : report.badImages().subList(0,
          Math.min(LISTED_BAD_FILES, report.badImages().size()))) {
        console.println("  " + bad.describe(report.root(), report.root())
            .localizedMessage(Locale.getDefault()));
      }
    }
    console.println(report.passed() ? TEXT.get("verify.passed") : TEXT.get("verify.failed"));
  }

  /** "found / expected", with a mark where they differ and a word where the folder is missing. */
  private static String cell(FolderCount folder) {
    String found = folder.present() ? Integer.toString(folder.found())
        : TEXT.get("verify.missing");
    return found + " / " + folder.expected() + (folder.matches() ? "  " : " !");
  }
}
