package io.github.mnistdl4j.data.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP server on 127.0.0.1 for download tests, built on the JDK's
 * {@code com.sun.net.httpserver}. Each path serves bytes or a fault: an error status, a body cut
 * short of its {@code Content-Length}, a stall before the headers or in the body. Ranged
 * requests are answered with 206 where the route allows it. Every request is recorded.
 */
public final class ArchiveServer implements AutoCloseable {

  /** How one path answers; the attempt number counts requests to that path from 1. */
  @FunctionalInterface
  public interface Route {
    void answer(HttpExchange exchange, int attempt) throws IOException;
  }

  /**
   * One recorded request.
   *
   * @param path the request path
   * @param range the {@code Range} header, or null
   */
  public record Request(String path, String range) {}

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

  private final HttpServer server;
  private final ExecutorService executor;
  private final CountDownLatch closing = new CountDownLatch(1);
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  /** Starts a server on a free port of 127.0.0.1. */
  public ArchiveServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    executor = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "archive-server");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.start();
  }

  /** Registers how {@code path} answers. */
  public ArchiveServer route(String path, Route route) {
    int[] attempts = {0};
    server.createContext(path, exchange -> {
      requests.add(new Request(exchange.getRequestURI().getPath(),
          exchange.getRequestHeaders().getFirst("Range")));
      int attempt;
      synchronized (attempts) {
        attempt = ++attempts[0];
      }
      try {
        route.answer(exchange, attempt);
      } catch (IOException e) {
        // The client went away or the route cut the body on purpose.
      } finally {
        exchange.close();
      }
    });
    return this;
  }

  /** The URL of a path on this server. */
  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Requests received so far, in order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** A URL on 127.0.0.1 where nothing listens, so connecting is refused. */
  public static URI refusingUrl() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/mnist_png.tgz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves {@code bytes}, honouring {@code Range: bytes=N-} with 206 and Content-Range. */
  public static Route bytes(byte[] bytes) {
    return (exchange, attempt) -> sendRange(exchange, bytes, true);
  }

  /** Serves {@code bytes} with 200 and ignores any Range header. */
  public static Route bytesIgnoringRange(byte[] bytes) {
    return (exchange, attempt) -> sendRange(exchange, bytes, false);
  }

  /** Answers with an HTTP status and a short text body. */
  public static Route status(int code) {
    return (exchange, attempt) -> {
      byte[] body = ("status " + code + "\n").getBytes();
      exchange.sendResponseHeaders(code, body.length);
      exchange.getResponseBody().write(body);
    };
  }

  /**
   * Declares the full length but sends only the first {@code sent} bytes of what was asked for,
   * then closes the connection; from attempt {@code healedFrom} on it serves normally.
   */
  public static Route shortBody(byte[] bytes, int sent, int healedFrom) {
    return (exchange, attempt) -> {
      if (attempt >= healedFrom) {
        sendRange(exchange, bytes, true);
        return;
      }
      long start = rangeStart(exchange);
      if (start > 0) {
        exchange.getResponseHeaders().set("Content-Range",
            "bytes " + start + "-" + (bytes.length - 1) + "/" + bytes.length);
      }
      exchange.sendResponseHeaders(start > 0 ? 206 : 200, bytes.length - start);
      OutputStream out = exchange.getResponseBody();
      out.write(bytes, (int) start, (int) Math.min(sent, bytes.length - start));
      out.flush();
      throw new IOException("cut on purpose");
    };
  }

  /** Sends the headers and {@code sent} bytes, then sends nothing until the server closes. */
  public Route stallInBody(byte[] bytes, int sent) {
    return (exchange, attempt) -> {
      exchange.sendResponseHeaders(200, bytes.length);
      OutputStream out = exchange.getResponseBody();
      out.write(bytes, 0, sent);
      out.flush();
      awaitClose();
    };
  }

  /** Sends nothing at all, not even headers, until the server closes. */
  public Route stallBeforeHeaders() {
    return (exchange, attempt) -> awaitClose();
  }

  private void awaitClose() {
    try {
      closing.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long rangeStart(HttpExchange exchange) {
    String range = exchange.getRequestHeaders().getFirst("Range");
    if (range == null) {
      return 0;
    }
    Matcher matcher = RANGE.matcher(range);
    return matcher.matches() ? Long.parseLong(matcher.group(1)) : 0;
  }

  private static void sendRange(HttpExchange exchange, byte[] bytes, boolean honourRange)
      throws IOException {
    long start = honourRange ? rangeStart(exchange) : 0;
    if (start >= bytes.length && start > 0) {
      exchange.getResponseHeaders().set("Content-Range", "bytes */" + bytes.length);
      exchange.sendResponseHeaders(416, -1);
      return;
    }
    if (start > 0) {
      exchange.getResponseHeaders().set("Content-Range",
          "bytes " + start + "-" + (bytes.length - 1) + "/" + bytes.length);
      exchange.sendResponseHeaders(206, bytes.length - start);
    } else {
      exchange.sendResponseHeaders(200, bytes.length);
    }
    exchange.getResponseBody().write(bytes, (int) start, (int) (bytes.length - start));
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
