package io.github.mnistdl4j.app;

import io.github.mnistdl4j.app.approx.ApproximateCommand;
import io.github.mnistdl4j.app.bench.BenchCommand;
import io.github.mnistdl4j.app.data.DataCommand;
import io.github.mnistdl4j.app.experiment.ExperimentCommand;
import io.github.mnistdl4j.app.predict.PredictCommand;
import io.github.mnistdl4j.app.train.TrainCommand;
import io.github.mnistdl4j.model.NativeBackend;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Root command of the app. Options declared here apply to every subcommand.
 *
 * <p>{@code --lang} is read before picocli builds its model, because help text comes from
 * resource bundles that are chosen by the default locale when the model is built.
 */
@Command(
    name = "mnist-dl4j",
    resourceBundle = "io.github.mnistdl4j.app.i18n.app",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {TrainCommand.class, ExperimentCommand.class, PredictCommand.class,
        DataCommand.class, ApproximateCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class MnistApp implements Callable<Integer> {

  private static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxPhysicalBytes";

  private static final String PLATFORM_EXTENSION = "org.bytedeco.javacpp.platform.extension";

  /** The variant of ND4J's natives that the build puts on the class path (see pom.xml). */
  private static final String ND4J_EXTENSION = "-onednn";

  @Option(names = "--lang", descriptionKey = "lang", paramLabel = "en|ko",
      scope = ScopeType.INHERIT, converter = Converters.Language.class)
  String language;

  @Option(names = {"-v", "--verbose"}, descriptionKey = "verbose", scope = ScopeType.INHERIT)
  boolean[] verbosity = new boolean[0];

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    skipResidentMemoryCheck();
    skipGpuLibraryProbe();
    System.exit(run(args));
  }

  /**
   * Turns off JavaCPP's check of the process's resident memory unless the user set
   * {@value #MAX_PHYSICAL_BYTES}. JavaCPP makes that check on every native allocation under a
   * process-wide lock, and datavec allocates several small arrays per image, so reading 12,000
   * images spent a sixth of its time there. JavaCPP's limit on the bytes it allocates itself
   * ({@code org.bytedeco.javacpp.maxBytes}) stays. Must run before any JavaCPP class loads.
   */
  static void skipResidentMemoryCheck() {
    if (System.getProperty(MAX_PHYSICAL_BYTES) == null
        && System.getProperty(MAX_PHYSICAL_BYTES.toLowerCase(Locale.ROOT)) == null) {
      System.setProperty(MAX_PHYSICAL_BYTES, "0");
    }
  }

  /**
   * Makes JavaCPP try only the {@value #ND4J_EXTENSION} variant of each native library, then the
   * plain one, unless the user set {@value #PLATFORM_EXTENSION}. Without it JavaCPP tries every
   * variant a preset lists. OpenCV's {@code -gpu} variant (OpenCV 4.5.5-1.5.7 presets) first
   * looks for 23 CUDA libraries in the 99 jars of the class path, so loading OpenCV took 1.2 s
   * instead of 0.3 s on a 2-core VM. ND4J 1.0.0-M2.1 lists {@value #ND4J_EXTENSION} first, so it
   * loads the same build as before, and a preset without that variant loads its plain build.
   * Must run before any JavaCPP class loads, because JavaCPP reads the property once.
   */
  static void skipGpuLibraryProbe() {
    if (System.getProperty(PLATFORM_EXTENSION) == null) {
      System.setProperty(PLATFORM_EXTENSION, ND4J_EXTENSION);
    }
  }

  /** Runs the app in this JVM and returns the exit code; {@code main} only adds the exit. */
  public static int run(String... args) {
    return run(new CommandLine(new MnistApp()), args);
  }

  static int run(CommandLine commandLine, String... args) {
    applyLanguage(args);
    int verbosity = countVerbosity(args);
    Logging.configure(verbosity);
    String threadsVariable = System.getenv(NativeBackend.THREADS_VARIABLE);
    if (!NativeBackend.isValidThreadsVariable(threadsVariable)) {
      // Checked before any command runs, because ND4J reads the variable when it loads.
      Text text = new Text("app");
      commandLine.getErr().println(text.get("error.prefix", text.get("error.threadsVariable",
          threadsVariable, String.valueOf(NativeBackend.MAX_THREADS))));
      commandLine.getErr().flush();
      return ExitCodes.USAGE;
    }
    CommandLine rebuilt = new CommandLine(commandLine.getCommand());
    rebuilt.setOut(commandLine.getOut());
    rebuilt.setErr(commandLine.getErr());
    rebuilt.setExecutionExceptionHandler(new ErrorHandler(verbosity > 0));
    rebuilt.setParameterExceptionHandler(ErrorHandler::handleParameterException);
    Converters.registerNumbers(rebuilt);
    // picocli's help command is final and would inherit the root's header, so give it its own
    // bundle here.
    rebuilt.getSubcommands().get("help").getCommandSpec().resourceBundle(
        java.util.ResourceBundle.getBundle(Text.bundleName("help"), Locale.getDefault()));
    try {
      return rebuilt.execute(args);
    } catch (UnsatisfiedLinkError | ExceptionInInitializerError | NoClassDefFoundError e) {
      // ND4J, OpenCV and Leptonica load native libraries on first use; a build for another
      // platform fails here, deep inside the first array or image operation.
      rebuilt.getErr().println(new Text("app").get("error.natives", System.getProperty("os.name"),
          System.getProperty("os.arch"), String.valueOf(e.getMessage())));
      if (verbosity > 0) {
        e.printStackTrace(rebuilt.getErr());
      }
      rebuilt.getErr().flush();
      return ExitCodes.FAILURE;
    }
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }

  /** Sets the default locale from {@code --lang en|ko}; without it the JVM's locale stays. */
  static void applyLanguage(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      // Another value keeps the system's locale; picocli then rejects it in that language.
      if (value != null && value.equalsIgnoreCase("ko")) {
        Locale.setDefault(Locale.KOREAN);
      } else if (value != null && value.equalsIgnoreCase("en")) {
        Locale.setDefault(Locale.ENGLISH);
      }
    }
  }

  private static int countVerbosity(String[] args) {
    return Arrays.stream(args).mapToInt(arg -> {
      if (arg.equals("--verbose")) {
        return 1;
      }
      return arg.matches("-v+") ? arg.length() - 1 : 0;
    }).sum();
  }
}
