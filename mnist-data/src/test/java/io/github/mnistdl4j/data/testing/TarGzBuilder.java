package io.github.mnistdl4j.data.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Builds gzip-compressed tar archives for tests, including the entries a safe importer must
 * reject or skip: absolute paths, {@code ..} segments, links and device files. Entry names are
 * written exactly as given.
 */
public final class TarGzBuilder {

  private record Entry(String name, byte type, byte[] content, String linkName) {}

  private final List<Entry> entries = new ArrayList<>();

  /** Adds every folder and file under {@code root}, named {@code prefix/relative/path}. */
  public TarGzBuilder tree(Path root, String prefix) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted().toList()) {
        String relative = root.relativize(path).toString().replace('\\', '/');
        String name = relative.isEmpty() ? prefix : prefix + "/" + relative;
        if (Files.isDirectory(path)) {
          folder(name);
        } else {
          file(name, Files.readAllBytes(path));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Adds a folder entry. */
  public TarGzBuilder folder(String name) {
    entries.add(new Entry(name.endsWith("/") ? name : name + "/", TarConstants.LF_DIR, null,
        null));
    return this;
  }

  /** Adds a regular file entry. */
  public TarGzBuilder file(String name, byte[] content) {
    entries.add(new Entry(name, TarConstants.LF_NORMAL, content, null));
    return this;
  }

  /** Adds a symbolic link entry. */
  public TarGzBuilder symlink(String name, String target) {
    entries.add(new Entry(name, TarConstants.LF_SYMLINK, null, target));
    return this;
  }

  /** Adds a hard link entry; {@code target} is relative to the archive's root. */
  public TarGzBuilder hardLink(String name, String target) {
    entries.add(new Entry(name, TarConstants.LF_LINK, null, target));
    return this;
  }

  /** Adds a character device entry. */
  public TarGzBuilder characterDevice(String name) {
    entries.add(new Entry(name, TarConstants.LF_CHR, null, null));
    return this;
  }

  /** Adds a FIFO entry. */
  public TarGzBuilder fifo(String name) {
    entries.add(new Entry(name, TarConstants.LF_FIFO, null, null));
    return this;
  }

  /** The gzip-compressed tar bytes. */
  public byte[] bytes() {
    return gzip(tarBytes());
  }

  /** The uncompressed tar bytes. */
  public byte[] tarBytes() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(buffer)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Entry entry : entries) {
        TarArchiveEntry header = new TarArchiveEntry(entry.name(), entry.type(), true);
        if (entry.linkName() != null) {
          header.setLinkName(entry.linkName());
        }
        if (entry.content() != null) {
          header.setSize(entry.content().length);
        }
        tar.putArchiveEntry(header);
        if (entry.content() != null) {
          tar.write(entry.content());
        }
        tar.closeArchiveEntry();
      }
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  /** Writes the archive to {@code file} and returns {@code file}. */
  public Path writeTo(Path file) {
    TinyMnist.write(file, bytes());
    return file;
  }

  /** Compresses bytes with gzip. */
  public static byte[] gzip(byte[] content) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
      out.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }
}
