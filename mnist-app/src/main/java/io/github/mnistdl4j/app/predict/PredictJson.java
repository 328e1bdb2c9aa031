package io.github.mnistdl4j.app.predict;

import io.github.mnistdl4j.app.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --json} document of {@code predict}: a list with one object per image, keys
 * {@code file}, {@code digit} and {@code probability} (of the pair's second digit). The keys are
 * a published format.
 */
public final class PredictJson {

  private PredictJson() {}

  /** Builds the document as a list of ordered maps. */
  public static List<Map<String, Object>> toJson(PredictResult result) {
    List<Map<String, Object>> rows = new ArrayList<>(result.predictions().size());
    for (PredictResult.ImagePrediction prediction : result.predictions()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("file", prediction.file().toString());
      row.put("digit", prediction.prediction().digit());
      row.put("probability", Json.number(prediction.prediction().probability()));
      rows.add(row);
    }
    return rows;
  }
}
