package io.github.mnistdl4j.data.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * An exclusive lock on a data home, held while an import or download writes to it, so that two
 * runs at once cannot mix their files. It combines an operating-system file lock on
 * {@code HOME/.lock}, which other processes respect, with a lock per home inside this JVM,
 * because a JVM cannot take the same file lock twice. Readers of the tree take no lock.
 */
final class StoreLock implements AutoCloseable {

  /** Name of the lock file inside the data home; it stays after the lock is released. */
  static final String FILE_NAME = ".lock";

  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS =
      new ConcurrentHashMap<>();

  private final ReentrantLock inProcess;
  private final FileChannel channel;
  private final FileLock fileLock;

  private StoreLock(ReentrantLock inProcess, FileChannel channel, FileLock fileLock) {
    this.inProcess = inProcess;
    this.channel = channel;
    this.fileLock = fileLock;
  }

  /**
   * Waits for and takes the lock of an existing data home; calls {@code onWait} once before
   * blocking when another run holds it.
   *
   * @throws UncheckedIOException if the lock file cannot be created or locked
   */
  static StoreLock acquire(Path home, Consumer<Path> onWait) {
    Path lockFile = home.resolve(FILE_NAME);
    ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(home, key -> new ReentrantLock());
    if (!inProcess.tryLock()) {
      onWait.accept(lockFile);
      inProcess.lock();
    }
    FileChannel channel = null;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock fileLock = channel.tryLock();
      if (fileLock == null) {
        onWait.accept(lockFile);
        fileLock = channel.lock();
      }
      return new StoreLock(inProcess, channel, fileLock);
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      inProcess.unlock();
      if (e instanceof IOException io) {
        throw new UncheckedIOException("Cannot lock " + lockFile, io);
      }
      throw (RuntimeException) e;
    }
  }

  @Override
  public void close() {
    try {
      fileLock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot release the lock on " + channel, e);
    } finally {
      inProcess.unlock();
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // The lock attempt already failed; that error is the one to report.
    }
  }
}
