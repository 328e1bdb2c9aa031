package io.github.mnistdl4j.data.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads one URL into a partial file with {@code java.net.http}: tries it again with
 * exponential backoff after timeouts, connection errors, server errors and cut-off bodies, and
 * resumes from the bytes already on disk with an HTTP {@code Range} request. When a server
 * ignores the range and returns 200, the download starts over.
 *
 * <p>The read timeout applies to the response headers and to every gap between body bytes,
 * because {@code java.net.http} itself limits only the time until the headers arrive.
 */
final class Downloader {

  private static final Logger log = LoggerFactory.getLogger(Downloader.class);

  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");
  private static final long POLL_MILLIS = 100;

  private final FetchSettings settings;
  private final StoreListener listener;
  private final HttpClient client;

  Downloader(FetchSettings settings, StoreListener listener) {
    this.settings = settings;
    this.listener = listener;
    HttpClient.Builder builder = HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .version(HttpClient.Version.HTTP_1_1);
    ProxySelector proxies = ProxySelector.getDefault();
    if (proxies != null) {
      builder.proxy(proxies);
    }
    this.client = builder.build();
  }

  /**
   * Downloads {@code url} into {@code part}, keeping and extending the bytes already there.
   *
   * @return the file's size in bytes
   * @throws DownloadFailure after the last try, or at once when trying again cannot help
   */
  long download(URI url, Path part) throws DownloadFailure {
    int attempts = settings.attempts();
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(url, part);
      } catch (DownloadFailure failure) {
        if (!failure.retryable() || attempt == attempts) {
          if (attempt > 1) {
            throw new DownloadFailure(new Fragment("reason.tries", failure.reason(), attempt),
                false, failure);
          }
          throw failure;
        }
        Duration wait = settings.firstBackoff().multipliedBy(1L << (attempt - 1));
        log.info("Download of {} failed ({}); try {} of {} in {} ms", url, failure.getMessage(),
            attempt + 1, attempts, wait.toMillis());
        listener.downloadRetrying(url, attempt + 1, attempts, wait, failure.reason());
        sleep(wait);
      } finally {
        listener.downloadEnded(url);
      }
    }
  }

  /** Sends one request, resuming from the bytes already in {@code part}. */
  private long attempt(URI url, Path part) throws DownloadFailure {
    long offset = sizeOf(part);
    HttpRequest.Builder request = HttpRequest.newBuilder(url)
        .timeout(settings.readTimeout())
        .header("User-Agent", "mnist-dl4j")
        .GET();
    if (offset > 0) {
      request.header("Range", "bytes=" + offset + "-");
    }

    AtomicReference<Body> body = new AtomicReference<>();
    CompletableFuture<HttpResponse<Long>> response = client.sendAsync(request.build(),
        info -> {
          Body started = start(info, url, part, offset);
          body.set(started);
          return started.subscriber();
        });
    long deadline = System.nanoTime() + settings.connectTimeout().toNanos()
        + settings.readTimeout().toNanos() + TimeUnit.SECONDS.toNanos(5);
    while (true) {
      try {
        HttpResponse<Long> done = response.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        return finish(done, body.get(), url, part);
      } catch (TimeoutException waiting) {
        Body current = body.get();
        if (current == null) {
          // The request timeout covers the headers; this guards against a client that hangs.
          if (System.nanoTime() > deadline) {
            response.cancel(true);
            throw readTimeout(url, null);
          }
          continue;
        }
        if (current.file() != null) {
          listener.downloadProgressed(current.file().position());
          if (current.file().idleNanos() > settings.readTimeout().toNanos()) {
            current.file().abort(new StallException());
          }
        }
      } catch (InterruptedException e) {
        response.cancel(true);
        Thread.currentThread().interrupt();
        throw new DownloadFailure(new Fragment("reason.io", "interrupted"), false, e);
      } catch (ExecutionException e) {
        throw failureOf(e.getCause(), url, body.get());
      }
    }
  }

  /** The outcome of the response headers: a file to write, or a status to report. */
  private record Body(BodySubscriber<Long> subscriber, FileBody file, int status, long total) {}

  private Body start(ResponseInfo info, URI url, Path part, long offset) {
    int status = info.statusCode();
    long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (status == 200) {
      if (offset > 0) {
        log.info("{} ignored the range request; downloading from the start", url);
      }
      FileBody file = new FileBody(part, false, 0);
      listener.downloadStarted(url, 0, length);
      return new Body(file, file, status, length);
    }
    if (status == 206) {
      Matcher range = CONTENT_RANGE.matcher(info.headers().firstValue("Content-Range").orElse(""));
      if (range.matches() && Long.parseLong(range.group(1)) == offset) {
        long total = range.group(3).equals("*") ? -1 : Long.parseLong(range.group(3));
        log.info("Resuming {} at byte {} of {}", url, offset, total);
        FileBody file = new FileBody(part, true, offset);
        listener.downloadStarted(url, offset, total);
        return new Body(file, file, status, total);
      }
    }
    return new Body(BodySubscribers.replacing(-1L), null, status, length);
  }

  private long finish(HttpResponse<Long> response, Body body, URI url, Path part)
      throws DownloadFailure {
    int status = response.statusCode();
    if (body.file() == null) {
      boolean retryable = status == 206 || status == 408 || status == 416 || status == 429
          || status >= 500;
      if (status == 206 || status == 416) {
        // The server's range does not fit the partial file: start over on the next try.
        log.info("{} returned HTTP {} to a range request; discarding the partial file", url,
            status);
        delete(part);
      }
      throw new DownloadFailure(new Fragment("reason.http", status), retryable, null);
    }
    long received = body.file().position();
    if (body.total() >= 0 && received != body.total()) {
      throw new DownloadFailure(new Fragment("reason.shortBody", received, body.total()), true,
          null);
    }
    listener.downloadProgressed(received);
    return received;
  }

  private static void delete(Path part) {
    try {
      Files.deleteIfExists(part);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + part, e);
    }
  }

  private DownloadFailure failureOf(Throwable cause, URI url, Body body) {
    Throwable root = cause;
    while (root instanceof java.util.concurrent.CompletionException && root.getCause() != null) {
      root = root.getCause();
    }
    if (root instanceof StallException || root instanceof HttpTimeoutException
        && !(root instanceof HttpConnectTimeoutException)) {
      return readTimeout(url, root);
    }
    if (root instanceof HttpConnectTimeoutException) {
      return new DownloadFailure(new Fragment("reason.connectTimeout", hostOf(url),
          settings.connectTimeout().toMillis() / 1000.0), true, root);
    }
    if (root instanceof ConnectException) {
      return new DownloadFailure(new Fragment("reason.refused", hostOf(url)), true, root);
    }
    if (body != null && body.file() != null && body.total() >= 0
        && body.file().position() < body.total()) {
      return new DownloadFailure(new Fragment("reason.shortBody", body.file().position(),
          body.total()), true, root);
    }
    if (root instanceof UncheckedIOException unchecked) {
      throw unchecked;
    }
    return new DownloadFailure(new Fragment("reason.io", String.valueOf(root)), true, root);
  }

  private DownloadFailure readTimeout(URI url, Throwable cause) {
    return new DownloadFailure(new Fragment("reason.readTimeout", hostOf(url),
        settings.readTimeout().toMillis() / 1000.0), true, cause);
  }

  private static String hostOf(URI url) {
    int port = url.getPort();
    return port < 0 ? url.getHost() : url.getHost() + ":" + port;
  }

  private static long sizeOf(Path part) {
    try {
      return Files.isRegularFile(part) ? Files.size(part) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + part, e);
    }
  }

  private static void sleep(Duration wait) throws DownloadFailure {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DownloadFailure(new Fragment("reason.io", "interrupted"), false, e);
    }
  }

  /** Raised inside the body subscriber when no byte arrived for the read timeout. */
  private static final class StallException extends IOException {
    StallException() {
      super("no data within the read timeout");
    }
  }

  /**
   * Writes the response body to the partial file as it arrives and records when the last bytes
   * came, so that the polling thread can detect a stalled server.
   */
  private static final class FileBody implements BodySubscriber<Long> {

    private final CompletableFuture<Long> result = new CompletableFuture<>();
    private final AtomicLong position;
    private final AtomicLong lastActivity = new AtomicLong(System.nanoTime());
    private final FileChannel channel;
    private volatile Flow.Subscription subscription;

    FileBody(Path part, boolean append, long offset) {
      try {
        channel = append
            ? FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)
            : FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write " + part, e);
      }
      position = new AtomicLong(offset);
    }

    long position() {
      return position.get();
    }

    long idleNanos() {
      return System.nanoTime() - lastActivity.get();
    }

    void abort(IOException reason) {
      Flow.Subscription current = subscription;
      if (current != null) {
        current.cancel();
      }
      close();
      result.completeExceptionally(reason);
    }

    @Override
    public CompletionStage<Long> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      try {
        for (ByteBuffer buffer : buffers) {
          while (buffer.hasRemaining()) {
            position.addAndGet(channel.write(buffer));
          }
        }
        lastActivity.set(System.nanoTime());
        subscription.request(1);
      } catch (IOException e) {
        abort(e);
      }
    }

    @Override
    public void onError(Throwable error) {
      close();
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      close();
      result.complete(position.get());
    }

    private void close() {
      try {
        channel.close();
      } catch (IOException e) {
        result.completeExceptionally(e);
      }
    }
  }
}
