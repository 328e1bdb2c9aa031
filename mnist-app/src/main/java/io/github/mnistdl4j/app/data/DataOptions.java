package io.github.mnistdl4j.app.data;

import io.github.mnistdl4j.app.Console;
import io.github.mnistdl4j.data.store.DataHome;
import io.github.mnistdl4j.data.store.DataStore;
import io.github.mnistdl4j.data.store.FetchSettings;
import io.github.mnistdl4j.data.store.StoreSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options that locate MNIST for a command. Mix them into any command with
 * {@code @Mixin DataOptions data;} and call {@link #resolveTree(Console)}.
 *
 * <p>Resolution order: {@code --data} (a tree or a {@code .tgz} archive, imported into the data
 * home once), then the tree in the data home ({@code --data-home}, else {@code MNIST_HOME},
 * else {@code ~/.mnist-dl4j/data}), then an archive {@code mnist_png.tgz} in the data home,
 * then a download unless {@code --offline} or {@code MNIST_OFFLINE=1}.
 */
@Command(resourceBundle = "io.github.mnistdl4j.app.i18n.data")
public class DataOptions {

  private static final String BUNDLE = "io.github.mnistdl4j.app.i18n.data";
  private static final Set<String> OPTION_KEYS =
      Set.of("option.data", "option.dataHome", "option.offline", "option.url");

  @Option(names = "--data", paramLabel = "PATH", descriptionKey = "option.data")
  Path data;

  @Option(names = "--data-home", paramLabel = "DIR", descriptionKey = "option.dataHome")
  Path dataHome;

  @Option(names = "--offline", descriptionKey = "option.offline")
  boolean offline;

  @Option(names = "--url", paramLabel = "URL", descriptionKey = "option.url")
  List<String> urls = new ArrayList<>();

  /** Environment the settings are read from; tests replace it to stay independent of the shell. */
  Map<String, String> environment = System.getenv();

  /**
   * Replaces this mixin's options in the command that mixes them in by copies whose description
   * comes from the data bundle. picocli 4.7 looks descriptions up only in the bundle of that
   * command, which does not hold these keys, and then falls back to the literal description.
   */
  @Spec(Spec.Target.MIXEE)
  void useDataBundle(CommandSpec mixee) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    for (OptionSpec option : List.copyOf(mixee.options())) {
      if (OPTION_KEYS.contains(option.descriptionKey())) {
        mixee.remove(option);
        mixee.addOption(OptionSpec.builder(option)
            .description(bundle.getString(option.descriptionKey()))
            .descriptionKey("data-options-localized")
            .build());
      }
    }
  }

  /**
   * Returns the MNIST tree root (the folder holding {@code training/} and {@code testing/}),
   * importing or downloading it first when needed; download progress goes to the console's
   * error stream.
   *
   * @throws io.github.mnistdl4j.data.InvalidDataException if {@code --data} does not exist
   * @throws io.github.mnistdl4j.data.store.DataStoreException if no tree is found and none can
   *     be imported or downloaded; the message is the one line to show
   */
  public Path resolveTree(Console console) {
    return store(console).resolveTree(Optional.ofNullable(data));
  }

  /** Builds the data store these options describe, reporting progress to the console. */
  public DataStore store(Console console) {
    return newStore(dataHome, offline, urls, environment, console);
  }

  /**
   * Builds a data store from option values and the environment ({@code MNIST_HOME},
   * {@code MNIST_OFFLINE}, {@code MNIST_URL}), with a progress bar on the console's error
   * stream.
   *
   * @param dataHome the {@code --data-home} value, or null
   */
  static DataStore newStore(Path dataHome, boolean offline, List<String> urls,
      Map<String, String> environment, Console console) {
    Path home = DataHome.resolve(Optional.ofNullable(dataHome), environment);
    boolean isOffline = offline || FetchSettings.offlineIn(environment);
    StoreSettings settings = StoreSettings.of(home, isOffline,
        FetchSettings.from(urls, environment));
    return new DataStore(settings,
        new ProgressBar(console.err(), System.console() != null, System::nanoTime));
  }

  /** Returns the explicit {@code --data} path, if one was given. */
  public Optional<Path> dataPath() {
    return Optional.ofNullable(data);
  }
}
