package io.github.mnistdl4j.app.predict;

import io.github.mnistdl4j.app.Console;
import io.github.mnistdl4j.app.Converters;
import io.github.mnistdl4j.app.ExitCodes;
import io.github.mnistdl4j.app.Json;
import io.github.mnistdl4j.app.Text;
import io.github.mnistdl4j.data.DigitPair;
import io.github.mnistdl4j.model.predict.DigitClassifier;
import io.github.mnistdl4j.model.predict.ImageFiles;
import io.github.mnistdl4j.model.predict.Prediction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Predicts the digit of each image with a model file saved by {@code train --save-model}. */
@Command(name = "predict", resourceBundle = "io.github.mnistdl4j.app.i18n.predict",
    mixinStandardHelpOptions = true, sortOptions = false)
public final class PredictCommand implements Callable<Integer> {

  private static final Text TEXT = new Text("predict");

  @Option(names = "--model", paramLabel = "FILE", descriptionKey = "model", required = true)
  Path model;

  @Option(names = "--digits", paramLabel = "A,B", descriptionKey = "digits",
      converter = Converters.Digits.class)
  DigitPair expectedPair;

  @Option(names = "--json", paramLabel = "FILE", descriptionKey = "json")
  Path json;

  @Parameters(paramLabel = "IMAGE_OR_FOLDER", descriptionKey = "images", arity = "1..*")
  List<Path> inputs = new ArrayList<>();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());

    PredictResult result = predict();

    new PredictRenderer(TEXT).render(result, console);
    if (json != null) {
      Json.write(json, PredictJson.toJson(result));
      console.println(TEXT.get("json.written", json.toAbsolutePath()));
    }
    return ExitCodes.OK;
  }

  /**
   * Loads the model, expands folders and predicts every image. Every image is checked before any
   * result is printed.
   *
   * @throws io.github.mnistdl4j.model.predict.ModelFileException if the model cannot be loaded
   *     or classifies another pair than {@code --digits}
   * @throws io.github.mnistdl4j.model.predict.InvalidImageException naming the first bad image
   */
  PredictResult predict() {
    DigitClassifier classifier = expectedPair == null
        ? DigitClassifier.load(model)
        : DigitClassifier.load(model, expectedPair);
    List<Path> files = ImageFiles.expand(inputs);
    List<Prediction> predictions = classifier.predictFiles(files);

    List<PredictResult.ImagePrediction> rows = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      rows.add(new PredictResult.ImagePrediction(files.get(i), predictions.get(i)));
    }
    return new PredictResult(model.toAbsolutePath().normalize(), classifier.info(),
        List.copyOf(rows));
  }
}
