package io.github.mnistdl4j.model.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ApproximationSettingsTest {

  private static final ApproximationSettings DEFAULTS = ApproximationSettings.defaults();

  @Test
  void defaultsAreTheLectureSettings() {
    assertEquals(List.of(1, 2, 4, 8, 16, 32, 64), DEFAULTS.hiddenWidths());
    assertEquals(HiddenActivation.SIGMOID, DEFAULTS.activation());
    assertEquals(5000, DEFAULTS.steps());
    assertEquals(0.01, DEFAULTS.learningRate());
    assertEquals(200, DEFAULTS.points());
  }

  @Test
  void hiddenWidthOfZeroIsRejected() {
    var error = assertThrows(InvalidApproximationSettingException.class,
        () -> DEFAULTS.withHiddenWidths(List.of(4, 0)));

    assertEquals("hidden.range", error.messageKey());
    assertEquals("Invalid hidden width 0: expected 1 to 4096.", error.getMessage());
  }

  @Test
  void repeatedHiddenWidthIsRejected() {
    var error = assertThrows(InvalidApproximationSettingException.class,
        () -> DEFAULTS.withHiddenWidths(List.of(4, 8, 4)));

    assertEquals("hidden.repeated", error.messageKey());
  }

  @Test
  void emptyHiddenListIsRejected() {
    var error = assertThrows(InvalidApproximationSettingException.class,
        () -> DEFAULTS.withHiddenWidths(List.of()));

    assertEquals("hidden.empty", error.messageKey());
  }

  @Test
  void stepsBelowOneAreRejected() {
    var error = assertThrows(InvalidApproximationSettingException.class,
        () -> new ApproximationSettings(List.of(1), HiddenActivation.RELU, 0, 0.01, 1, 200));

    assertEquals("steps.range", error.messageKey());
  }

  @Test
  void learningRateMustBePositiveAndFinite() {
    for (double rate : new double[] {0, -0.01, Double.NaN, Double.POSITIVE_INFINITY}) {
      var error = assertThrows(InvalidApproximationSettingException.class,
          () -> new ApproximationSettings(List.of(1), HiddenActivation.RELU, 10, rate, 1, 200),
          "learning rate " + rate);
      assertEquals("lr.range", error.messageKey());
    }
  }

  @Test
  void learningRateMessageAvoidsExponent() {
    var error = assertThrows(InvalidApproximationSettingException.class,
        () -> new ApproximationSettings(List.of(1), HiddenActivation.RELU, 10, -0.0001, 1, 200));

    assertEquals("Invalid learning rate -0.0001: expected a number above 0, for example 0.01.",
        error.getMessage());
  }

  @Test
  void pointsOutsideRangeAreRejected() {
    var error = assertThrows(InvalidApproximationSettingException.class,
        () -> new ApproximationSettings(List.of(1), HiddenActivation.RELU, 10, 0.01, 1, 4));

    assertEquals("points.range", error.messageKey());
    assertEquals("Invalid number of points 4: expected 5 to 100000.", error.getMessage());
  }

  @Test
  void hiddenListParsesWithSpaces() {
    assertEquals(List.of(1, 16, 64), ApproximationSettings.parseHiddenWidths("1, 16 ,64"));
  }

  @Test
  void hiddenListRejectsNonNumbers() {
    var error = assertThrows(InvalidApproximationSettingException.class,
        () -> ApproximationSettings.parseHiddenWidths("1,two,4"));

    assertEquals("hidden.format", error.messageKey());
    assertEquals("잘못된 은닉층 너비 목록 \"1,two,4\": \"two\"은(는) 정수가 아닙니다. "
        + "1,2,4,8처럼 쉼표로 구분해 쓰세요.", error.localizedMessage(Locale.KOREAN));
  }

  @Test
  void hiddenListRejectsEmptyItem() {
    var error = assertThrows(InvalidApproximationSettingException.class,
        () -> ApproximationSettings.parseHiddenWidths("1,,4"));

    assertEquals("hidden.format", error.messageKey());
  }

  @Test
  void activationParsesIgnoringCase() {
    assertEquals(HiddenActivation.RELU, HiddenActivation.parse("ReLU"));
    assertEquals(HiddenActivation.SIGMOID, HiddenActivation.parse("sigmoid"));
  }

  @Test
  void unknownActivationIsRejected() {
    var error = assertThrows(InvalidApproximationSettingException.class,
        () -> HiddenActivation.parse("tanh"));

    assertEquals("Invalid activation \"tanh\": expected sigmoid or relu.", error.getMessage());
  }
}
