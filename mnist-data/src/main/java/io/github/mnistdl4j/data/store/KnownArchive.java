package io.github.mnistdl4j.data.store;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * An archive whose size and checksum are published for one URL, so that a download from that URL
 * is checked before anything is extracted. The checksum covers only the first MiB, as the one
 * fastai publishes does; the content check after extraction covers the rest.
 *
 * @param url where the archive is downloaded from
 * @param size the archive's size in bytes
 * @param md5OfFirstMiB lower-case hex MD5 of the first 1,048,576 bytes (of the whole file if it
 *     is shorter)
 */
public record KnownArchive(URI url, long size, String md5OfFirstMiB) {

  /** Bytes covered by {@link #md5OfFirstMiB}. */
  public static final int CHECKED_PREFIX_BYTES = 1 << 20;

  /** The MNIST PNG archive that fastai's {@code URLs.MNIST} points to, with fastai's checksum. */
  public static final KnownArchive FASTAI_MNIST = new KnownArchive(
      URI.create("https://s3.amazonaws.com/fast-ai-imageclas/mnist_png.tgz"), 15_683_414L,
      "03639f83c4e3d19e0a3a53a8a997c487");

  /** Validates the fields. */
  public KnownArchive {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(md5OfFirstMiB, "md5OfFirstMiB");
    if (size <= 0) {
      throw new IllegalArgumentException("Archive size must be positive, got " + size);
    }
    md5OfFirstMiB = md5OfFirstMiB.toLowerCase(Locale.ROOT);
    if (!md5OfFirstMiB.matches("[0-9a-f]{32}")) {
      throw new IllegalArgumentException(
          "MD5 must be 32 hex digits, got \"" + md5OfFirstMiB + "\"");
    }
  }
}
