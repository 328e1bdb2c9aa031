package io.github.mnistdl4j.data.store;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts a gzip-compressed tar archive into an empty folder without ever writing outside it.
 * The whole archive is rejected when an entry has an absolute path, a {@code ..} segment or a
 * backslash, or is a link whose target lies outside the folder. Links that stay inside are not
 * created, and device files, FIFOs and entries outside the {@code mnist_png/} folder are
 * skipped; all skipped entries are counted. The entry count and the bytes written are capped.
 */
final class ArchiveExtractor {

  private static final Logger log = LoggerFactory.getLogger(ArchiveExtractor.class);

  private static final String TREE_PREFIX = DataHome.TREE_FOLDER + "/";
  private static final int BUFFER_BYTES = 64 * 1024;

  private final ArchiveLimits limits;

  ArchiveExtractor(ArchiveLimits limits) {
    this.limits = limits;
  }

  /**
   * Counts of one extraction.
   *
   * @param entries tar entries read
   * @param files regular files written
   * @param bytes bytes written
   * @param skipped entries not extracted
   */
  record Extraction(long entries, long files, long bytes, long skipped) {}

  /**
   * Extracts {@code archive} into {@code destination}, an existing empty folder. On failure the
   * folder may hold part of the archive; the caller deletes it.
   *
   * @throws DataStoreException if the archive is not gzip, not tar, truncated, corrupt, unsafe
   *     or over a limit. The message names the archive and, where there is one, the entry.
   * @throws UncheckedIOException if writing into {@code destination} fails
   */
  Extraction extract(Path archive, Path destination) {
    checkGzipMagic(archive);
    long entries = 0;
    long files = 0;
    long bytes = 0;
    long skipped = 0;
    try (InputStream file = Files.newInputStream(archive);
        GZIPInputStream gzip = new GZIPInputStream(new BufferedInputStream(file, BUFFER_BYTES),
            BUFFER_BYTES);
        TarArchiveInputStream tar = new TarArchiveInputStream(gzip)) {
      byte[] buffer = new byte[BUFFER_BYTES];
      TarArchiveEntry entry;
      while ((entry = nextEntry(tar, archive, entries)) != null) {
        entries++;
        if (entries > limits.maxEntries()) {
          throw new DataStoreException("archive.tooManyEntries", archive, limits.maxEntries());
        }
        String name = checkedName(archive, entry);
        Path target = destination.resolve(name).normalize();
        if (!target.startsWith(destination)) {
          throw new DataStoreException("archive.parentEntry", archive, entry.getName());
        }

        if (entry.isSymbolicLink() || entry.isLink()) {
          checkLinkInside(archive, entry, name, destination);
          log.debug("Skipping link {} -> {}", entry.getName(), entry.getLinkName());
          skipped++;
        } else if (!name.startsWith(TREE_PREFIX) && !name.equals(DataHome.TREE_FOLDER)) {
          log.debug("Skipping {}: outside {}", entry.getName(), TREE_PREFIX);
          skipped++;
        } else if (isSpecial(entry)) {
          log.debug("Skipping {}: a device, FIFO or sparse file", entry.getName());
          skipped++;
        } else if (entry.isDirectory()) {
          createFolder(target);
        } else if (entry.isFile()) {
          long written = copyEntry(tar, archive, entry, target, buffer,
              limits.maxTotalBytes() - bytes);
          bytes += written;
          files++;
        } else {
          log.debug("Skipping {}: not a file or folder", entry.getName());
          skipped++;
        }
      }
      if (entries == 0) {
        throw new DataStoreException("archive.notTar", archive);
      }
      drain(gzip, archive);
    } catch (EOFException e) {
      throw new DataStoreException(e, "archive.truncated", archive);
    } catch (ZipException e) {
      throw new DataStoreException(e, "archive.corrupt", archive, e.getMessage());
    } catch (IOException e) {
      throw new DataStoreException(e, "archive.corrupt", archive, e.getMessage());
    }
    log.debug("Extracted {}: {} entries, {} files, {} bytes, {} skipped", archive, entries, files,
        bytes, skipped);
    return new Extraction(entries, files, bytes, skipped);
  }

  /**
   * Returns whether an entry is a device, FIFO or sparse file, which {@link
   * TarArchiveEntry#isFile()} also counts as files.
   */
  private static boolean isSpecial(TarArchiveEntry entry) {
    return entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()
        || entry.isSparse();
  }

  private static void checkGzipMagic(Path archive) {
    byte[] magic;
    try (InputStream in = Files.newInputStream(archive)) {
      magic = in.readNBytes(2);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + archive, e);
    }
    if (magic.length < 2 || (magic[0] & 0xff) != 0x1f || (magic[1] & 0xff) != 0x8b) {
      throw new DataStoreException("archive.notGzip", archive);
    }
  }

  /** Reads the next entry; a header that cannot be parsed before any entry means "not tar". */
  private static TarArchiveEntry nextEntry(TarArchiveInputStream tar, Path archive, long read)
      throws IOException {
    try {
      return tar.getNextEntry();
    } catch (EOFException | ZipException e) {
      throw e;
    } catch (IOException | IllegalArgumentException e) {
      if (read == 0) {
        throw new DataStoreException(e, "archive.notTar", archive);
      }
      throw new DataStoreException(e, "archive.corrupt", archive, e.getMessage());
    }
  }

  /**
   * Returns the entry's name relative to the destination, without a leading {@code ./} or a
   * trailing slash.
   *
   * @throws DataStoreException if the name is absolute, has a {@code ..} segment or a backslash
   */
  private static String checkedName(Path archive, TarArchiveEntry entry) {
    String raw = entry.getName();
    if (raw.startsWith("/") || raw.matches("^[A-Za-z]:.*")) {
      throw new DataStoreException("archive.absoluteEntry", archive, raw);
    }
    if (raw.contains("\\") || raw.indexOf('\0') >= 0) {
      throw new DataStoreException("archive.badEntryName", archive, raw);
    }
    String name = raw;
    while (name.startsWith("./")) {
      name = name.substring(2);
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        throw new DataStoreException("archive.parentEntry", archive, raw);
      }
    }
    while (name.endsWith("/")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.isEmpty() || name.equals(".")) {
      return ".";
    }
    return name;
  }

  /**
   * Rejects a link whose target resolves outside the destination. A symbolic link is relative
   * to its own folder, a hard link to the archive's root.
   */
  private static void checkLinkInside(Path archive, TarArchiveEntry entry, String name,
      Path destination) {
    String linkName = entry.getLinkName();
    if (linkName.startsWith("/") || linkName.contains("\\") || linkName.matches("^[A-Za-z]:.*")) {
      throw new DataStoreException("archive.linkOutside", archive, entry.getName(), linkName);
    }
    Path base = entry.isSymbolicLink()
        ? destination.resolve(name).getParent()
        : destination;
    Path resolved = base.resolve(linkName).normalize();
    if (!resolved.startsWith(destination)) {
      throw new DataStoreException("archive.linkOutside", archive, entry.getName(), linkName);
    }
  }

  private static void createFolder(Path target) {
    try {
      Files.createDirectories(target);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + target, e);
    }
  }

  /** Copies one file entry, counting the bytes actually read instead of trusting the header. */
  private long copyEntry(TarArchiveInputStream tar, Path archive, TarArchiveEntry entry,
      Path target, byte[] buffer, long totalBudget) throws IOException {
    if (entry.getSize() > limits.maxEntryBytes()) {
      throw new DataStoreException("archive.entryTooLarge", archive, entry.getName(),
          entry.getSize(), limits.maxEntryBytes());
    }
    createFolder(target.getParent());
    long written = 0;
    try (OutputStream out = openForWrite(target)) {
      int count;
      while ((count = tar.read(buffer)) != -1) {
        written += count;
        if (written > limits.maxEntryBytes()) {
          throw new DataStoreException("archive.entryTooLarge", archive, entry.getName(),
              written, limits.maxEntryBytes());
        }
        if (written > totalBudget) {
          throw new DataStoreException("archive.tooLarge", archive, limits.maxTotalBytes());
        }
        write(out, buffer, count, target);
      }
    }
    return written;
  }

  private static OutputStream openForWrite(Path target) {
    try {
      // NOFOLLOW_LINKS: the extractor creates no links, but a file must never be written
      // through one that exists for another reason.
      return Files.newOutputStream(target, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target, e);
    }
  }

  private static void write(OutputStream out, byte[] buffer, int count, Path target) {
    try {
      out.write(buffer, 0, count);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target, e);
    }
  }

  /**
   * Reads the gzip stream to its end after the tar end marker, so that gzip checks its CRC and
   * length trailer. A damaged or cut-off archive fails here.
   */
  private void drain(GZIPInputStream gzip, Path archive) throws IOException {
    byte[] buffer = new byte[BUFFER_BYTES];
    long trailing = 0;
    int count;
    while ((count = gzip.read(buffer)) != -1) {
      trailing += count;
      if (trailing > limits.maxTotalBytes()) {
        throw new DataStoreException("archive.tooLarge", archive, limits.maxTotalBytes());
      }
    }
  }
}
