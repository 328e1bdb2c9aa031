package io.github.mnistdl4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Thread settings of the native backend, read back from OpenMP itself. */
class NativeBackendTest {

  private int threadsBefore;
  private int matrixThreadsBefore;

  @BeforeEach
  void rememberSettings() {
    threadsBefore = NativeBackend.threads();
    matrixThreadsBefore = NativeBackend.matrixThreads();
  }

  @AfterEach
  void restoreSettings() {
    NativeBackend.useThreads(threadsBefore, matrixThreadsBefore);
  }

  @Test
  void defaultThreadsByProcessorCount() {
    assertEquals(1, NativeBackend.defaultThreads(1, 8));
    assertEquals(1, NativeBackend.defaultThreads(2, 8));
    assertEquals(8, NativeBackend.defaultThreads(4, 8));
  }

  @Test
  void matrixProductUsesAndRestoresCounts() {
    NativeBackend.useThreads(1, 3);
    AtomicInteger inside = new AtomicInteger();

    NativeBackend.runMatrixProduct(() -> inside.set(NativeBackend.threads()));

    assertEquals(3, inside.get(), "OpenMP threads during the product");
    assertEquals(1, NativeBackend.threads(), "OpenMP threads after the product");
    NativeBackend.Description description = NativeBackend.describe();
    assertEquals(1, description.threads());
    assertEquals(3, description.matrixThreads());
  }

  @Test
  void oneCountAppliesToTheMatrixProductsToo() {
    NativeBackend.useThreads(2);
    AtomicInteger inside = new AtomicInteger();

    NativeBackend.runMatrixProduct(() -> inside.set(NativeBackend.threads()));

    assertEquals(2, inside.get());
    assertEquals(2, NativeBackend.matrixThreads());
  }

  @Test
  void countsOutOfRangeAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> NativeBackend.useThreads(0));
    assertThrows(IllegalArgumentException.class, () -> NativeBackend.useThreads(1, 0));
    assertThrows(IllegalArgumentException.class,
        () -> NativeBackend.useThreads(NativeBackend.MAX_THREADS + 1));
  }

  @Test
  void threadsVariableValues() {
    for (String valid : new String[] {null, "", " ", "1", "2", " 8 ", "1024"}) {
      assertTrue(NativeBackend.isValidThreadsVariable(valid), "valid: \"" + valid + "\"");
    }
    for (String invalid : new String[] {"0", "-1", "abc", "4,2", "1025", "100000", "1.5"}) {
      assertFalse(NativeBackend.isValidThreadsVariable(invalid), "invalid: \"" + invalid + "\"");
    }
  }
}
