package io.github.mnistdl4j.data.store;

/**
 * Caps that stop a hostile or broken archive from filling the disk during import.
 *
 * @param maxEntries the most tar entries read, folders included
 * @param maxTotalBytes the most bytes written for all files together
 * @param maxEntryBytes the most bytes of one file
 */
public record ArchiveLimits(long maxEntries, long maxTotalBytes, long maxEntryBytes) {

  /**
   * Limits with room above MNIST, whose PNG archive contains 70,023 entries (23 folders) and
   * 19,258,482 bytes of files, the largest 419 bytes (counted with {@code tar tzvf}).
   */
  public static final ArchiveLimits DEFAULT = new ArchiveLimits(100_000, 256L << 20, 1L << 20);

  /** Validates that every limit is positive. */
  public ArchiveLimits {
    if (maxEntries <= 0 || maxTotalBytes <= 0 || maxEntryBytes <= 0) {
      throw new IllegalArgumentException("Archive limits must be positive, got entries "
          + maxEntries + ", total bytes " + maxTotalBytes + ", entry bytes " + maxEntryBytes);
    }
  }
}
