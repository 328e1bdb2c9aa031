package io.github.mnistdl4j.model.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;

class LossKindTest {

  @Test
  void optionValuesParse() {
    assertEquals(LossKind.LIBRARY, LossKind.fromOptionValue("library"));
    assertEquals(LossKind.CLAMPED, LossKind.fromOptionValue(" Clamped "));
    assertEquals(LossKind.NAIVE, LossKind.fromOptionValue("NAIVE"));
    for (LossKind kind : LossKind.values()) {
      assertEquals(kind, LossKind.fromOptionValue(kind.optionValue()));
    }
  }

  @Test
  void unknownValueListsTheValidOnes() {
    InvalidLossException e = assertThrows(InvalidLossException.class,
        () -> LossKind.fromOptionValue("mse"));
    assertTrue(e.getMessage().startsWith("Invalid loss \"mse\": expected one of library, clamped,"
        + " naive"), e.getMessage());
    String korean = e.localizedMessage(Locale.KOREAN);
    assertTrue(korean.contains("손실함수"), korean);
    assertTrue(korean.contains("\"mse\""), korean);
  }

  @Test
  void kindsCreateTheirLossFunctions() {
    LossBinaryXENT library = assertInstanceOf(LossBinaryXENT.class,
        LossKind.LIBRARY.lossFunction());
    assertEquals(1e-5, library.getClipEps(), 0.0);
    assertInstanceOf(ClampedBinaryCrossEntropy.class, LossKind.CLAMPED.lossFunction());
    assertInstanceOf(NaiveBinaryCrossEntropy.class, LossKind.NAIVE.lossFunction());
  }

  @Test
  void namesAreReadable() {
    assertEquals("ClampedBinaryCrossEntropy()", LossKind.CLAMPED.lossFunction().name());
    assertEquals("NaiveBinaryCrossEntropy()", LossKind.NAIVE.lossFunction().toString());
  }
}
