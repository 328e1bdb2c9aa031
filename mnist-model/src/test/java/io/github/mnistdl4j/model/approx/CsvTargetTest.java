package io.github.mnistdl4j.model.approx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTargetTest {

  private static final String SIX_ROWS = "0,0\n0.2,0.04\n0.4,0.16\n0.6,0.36\n0.8,0.64\n1,1\n";

  @TempDir
  Path folder;

  @Test
  void oneInputFileReadsEveryRow() throws IOException {
    Path file = write("square.csv", "x,y\n" + SIX_ROWS);

    CsvTarget target = CsvTarget.read(file);

    assertEquals("square.csv", target.displayName());
    assertEquals(1, target.inputCount());
    assertEquals(6, target.samples().size());
    assertArrayEquals(new double[] {0.4}, target.samples().inputs()[2]);
    assertEquals(0.16, target.samples().outputs()[2]);
    assertTrue(target.evaluatedOnTrainingPoints());
    assertTrue(target.rescaled());
  }

  @Test
  void twoInputFileReadsEveryRow() throws IOException {
    Path file = write("plane.csv",
        "x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,2\n0.5,0.5,1\n2,1,3\n");

    CsvTarget target = CsvTarget.read(file);

    assertEquals(2, target.inputCount());
    assertEquals(6, target.samples().size());
    assertArrayEquals(new double[] {2, 1}, target.samples().inputs()[5]);
    assertEquals(3, target.samples().outputs()[5]);
  }

  @Test
  void headerIgnoresCaseSpacesAndByteOrderMark() throws IOException {
    Path file = write("bom.csv", "\uFEFF X , Y \n" + SIX_ROWS.replace(",", " , "));

    assertEquals(6, CsvTarget.read(file).samples().size());
  }

  @Test
  void blankLinesAreSkipped() throws IOException {
    Path file = write("blank.csv", "\n\nx,y\n\n" + SIX_ROWS.replace("\n", "\n\n"));

    assertEquals(6, CsvTarget.read(file).samples().size());
  }

  @Test
  void missingHeaderNamesLineOne() throws IOException {
    Path file = write("noheader.csv", SIX_ROWS);

    var error = assertThrows(InvalidTargetException.class, () -> CsvTarget.read(file));

    assertEquals("csv.headerMissing", error.messageKey());
    assertTrue(error.getMessage().startsWith(file + ", line 1:"), error.getMessage());
    assertTrue(error.getMessage().contains("x,y or x1,x2,y"), error.getMessage());
  }

  @Test
  void unknownHeaderIsInvalid() throws IOException {
    Path file = write("header.csv", "input,output\n" + SIX_ROWS);

    var error = assertThrows(InvalidTargetException.class, () -> CsvTarget.read(file));

    assertEquals("csv.headerInvalid", error.messageKey());
    assertTrue(error.getMessage().contains("\"input,output\""), error.getMessage());
  }

  @Test
  void nonNumberNamesLineColumnAndValue() throws IOException {
    Path file = write("word.csv", "x,y\n0,0\n0.2,0.04\n0.4,abc\n0.6,0.36\n0.8,0.64\n1,1\n");

    var error = assertThrows(InvalidTargetException.class, () -> CsvTarget.read(file));

    assertEquals("csv.notNumber", error.messageKey());
    assertEquals(file + ", line 4: the value of y is \"abc\", which is not a number.",
        error.getMessage());
  }

  @Test
  void emptyValueIsNotANumber() throws IOException {
    Path file = write("hole.csv", "x,y\n0,0\n,0.04\n0.4,0.16\n0.6,0.36\n0.8,0.64\n1,1\n");

    var error = assertThrows(InvalidTargetException.class, () -> CsvTarget.read(file));

    assertEquals("csv.notNumber", error.messageKey());
    assertTrue(error.getMessage().contains("line 3"), error.getMessage());
  }

  @Test
  void lineNumbersCountBlankLines() throws IOException {
    Path file = write("gap.csv", "x,y\n\n0,0\n0.2,x\n");

    var error = assertThrows(InvalidTargetException.class, () -> CsvTarget.read(file));

    assertTrue(error.getMessage().contains("line 4"), error.getMessage());
  }

  @Test
  void notANumberValueIsRejected() throws IOException {
    Path file = write("nan.csv", "x,y\n0,0\n0.2,0.04\n0.4,NaN\n0.6,0.36\n0.8,0.64\n1,1\n");

    var error = assertThrows(InvalidTargetException.class, () -> CsvTarget.read(file));

    assertEquals("csv.notFinite", error.messageKey());
    assertEquals(file + ", line 4: the value of y is NaN, but only finite numbers are allowed.",
        error.getMessage());
  }

  @Test
  void infiniteValueIsRejected() throws IOException {
    Path file = write("inf.csv", "x1,x2,y\n0,0,0\n-Infinity,1,1\n1,0,1\n1,1,2\n0.5,0.5,1\n");

    var error = assertThrows(InvalidTargetException.class, () -> CsvTarget.read(file));

    assertEquals("csv.notFinite", error.messageKey());
    assertTrue(error.getMessage().contains("line 3: the value of x1 is -Infinity"),
        error.getMessage());
  }

  @Test
  void wrongColumnCountNamesExpectedAndFound() throws IOException {
    Path file = write("wide.csv", "x,y\n0,0\n0.2,0.04,7\n0.4,0.16\n0.6,0.36\n0.8,0.64\n1,1\n");

    var error = assertThrows(InvalidTargetException.class, () -> CsvTarget.read(file));

    assertEquals("csv.columnCount", error.messageKey());
    assertEquals(file + ", line 3: expected 2 values (x,y) but found 3.", error.getMessage());
  }

  @Test
  void tooFewRowsIsRejected() throws IOException {
    Path file = write("short.csv", "x,y\n0,0\n0.5,0.25\n1,1\n");

    var error = assertThrows(InvalidTargetException.class, () -> CsvTarget.read(file));

    assertEquals("csv.tooFewRows", error.messageKey());
    assertEquals(file + " holds 3 data rows, but a target needs at least 5.",
        error.getMessage());
  }

  @Test
  void headerOnlyHasTooFewRows() throws IOException {
    Path file = write("header-only.csv", "x,y\n");

    var error = assertThrows(InvalidTargetException.class, () -> CsvTarget.read(file));

    assertEquals("csv.tooFewRows", error.messageKey());
  }

  @Test
  void emptyFileIsRejected() throws IOException {
    Path file = write("empty.csv", "");

    var error = assertThrows(InvalidTargetException.class, () -> CsvTarget.read(file));

    assertEquals("csv.empty", error.messageKey());
    assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
  }

  @Test
  void blankFileIsEmpty() throws IOException {
    Path file = write("blank-only.csv", "\n  \n\n");

    var error = assertThrows(InvalidTargetException.class, () -> CsvTarget.read(file));

    assertEquals("csv.empty", error.messageKey());
  }

  @Test
  void missingFileIsNotFound() {
    Path file = folder.resolve("absent.csv");

    var error = assertThrows(InvalidTargetException.class, () -> CsvTarget.read(file));

    assertEquals("csv.notFound", error.messageKey());
    assertEquals("CSV file not found: " + file + ".", error.getMessage());
    assertFalse(Files.exists(file), "reading must not create the file");
  }

  @Test
  void folderIsNotAFile() {
    var error = assertThrows(InvalidTargetException.class, () -> CsvTarget.read(folder));

    assertEquals("csv.notFile", error.messageKey());
  }

  @Test
  void nonUtf8FileIsNotText() throws IOException {
    Path file = folder.resolve("latin1.csv");
    Files.write(file, "x,y\n0,\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    var error = assertThrows(InvalidTargetException.class, () -> CsvTarget.read(file));

    assertEquals("csv.notText", error.messageKey());
  }

  @Test
  void messageIsLocalizedInKorean() throws IOException {
    Path file = write("word-ko.csv", "x,y\n0,0\n0.2,abc\n");

    var error = assertThrows(InvalidTargetException.class, () -> CsvTarget.read(file));

    assertEquals(file + ", 3행: y의 값 \"abc\"은(는) 숫자가 아닙니다.",
        error.localizedMessage(Locale.KOREAN));
  }

  @Test
  void resolveFindsBuiltInNamesIgnoringCase() {
    assertEquals(BuiltInTarget.SIN, Target.resolve("sin"));
    assertEquals(BuiltInTarget.SADDLE, Target.resolve(" Saddle "));
  }

  @Test
  void resolveReadsAnExistingFile() throws IOException {
    Path file = write("sin.txt", "x,y\n" + SIX_ROWS);

    Target target = Target.resolve(file.toString());

    assertInstanceOf(CsvTarget.class, target);
    assertEquals(6, ((CsvTarget) target).samples().size());
  }

  @Test
  void resolveRejectsUnknownName() {
    var error = assertThrows(InvalidTargetException.class, () -> Target.resolve("cosine"));

    assertEquals("target.notFound", error.messageKey());
    assertTrue(error.getMessage().contains("(sin, abs, bent, step, saddle)"), error.getMessage());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }
}
