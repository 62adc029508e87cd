package vn.innohub.search.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A single OpenSearch 2.19 node in a child JVM for the -Popensearch tests: its jars come from target/opensearch/lib
 * (resolved by the profile), its main class {@code src/test/opensearch/OpenSearchTestNode.java} is compiled here
 * against them, it listens on a free port with its data under target/opensearch/, and it ends with this JVM (it stops
 * when its standard input, a pipe from here, closes; {@link #stop()} and a shutdown hook also end it).
 */
final class OpenSearchNode {

  private static OpenSearchNode started;

  private final Process process;
  private final int port;
  private final Path log;

  private OpenSearchNode(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** The node of this test JVM, started on first use and then reused. */
  static synchronized OpenSearchNode shared() {
    if (started == null) {
      try {
        started = start();
      } catch (IOException e) {
        throw new IllegalStateException("OpenSearch node did not start", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while OpenSearch started", e);
      }
    }
    return started;
  }

  String hostAndPort() {
    return "127.0.0.1:" + port;
  }

  /** The answer of the node's REST API to a GET of {@code path}, as text. */
  String get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create("http://" + hostAndPort() + path)).GET());
  }

  /** The answer of the node's REST API to a POST of the JSON {@code body} to {@code path}, as text. */
  String post(String path, String body) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create("http://" + hostAndPort() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(built, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(built.method() + " " + built.uri() + " answered " + response.statusCode() + ": "
          + response.body());
    }
    return response.body();
  }

  private static OpenSearchNode start() throws IOException, InterruptedException {
    Path lib = Path.of(System.getProperty("innohub.test.opensearch.lib", "target/opensearch/lib"));
    Path source = Path.of(System.getProperty("innohub.test.opensearch.source",
        "src/test/opensearch/OpenSearchTestNode.java"));
    if (!Files.isDirectory(lib)) {
      throw new IllegalStateException(lib + " is missing: run these tests with ./mvnw verify -Popensearch");
    }
    Path root = lib.getParent();
    String classpath;
    try (Stream<Path> jars = Files.list(lib)) {
      classpath = String.join(java.io.File.pathSeparator,
          jars.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).sorted().toList());
    }
    Path classes = Files.createDirectories(root.resolve("classes"));
    var compiler = javax.tools.ToolProvider.getSystemJavaCompiler();
    if (compiler == null || compiler.run(null, null, null, "-cp", classpath, "-d", classes.toString(),
        source.toString()) != 0) {
      throw new IllegalStateException("could not compile " + source + " (a JDK is needed)");
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path home = root.resolve("node");
    deleteRecursively(home);
    Files.createDirectories(home);
    Path log = root.resolve("node.log");
    String javaBin = ProcessHandle.current().info().command().orElse("java");
    Process process = new ProcessBuilder(List.of(javaBin, "-Xms256m", "-Xmx512m", "-XX:+UseSerialGC",
        "-Dlog4j2.disable.jmx=true", "-cp", classes + java.io.File.pathSeparator + classpath, "OpenSearchTestNode",
        home.toString(), Integer.toString(port)))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    OpenSearchNode node = new OpenSearchNode(process, port, log);
    Runtime.getRuntime().addShutdownHook(new Thread(node::stop));
    node.awaitYellow(Duration.ofMinutes(3));
    return node;
  }

  private void awaitYellow(Duration budget) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + budget.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("OpenSearch node exited with " + process.exitValue() + ":\n" + tail());
      }
      try {
        String health = get("/_cluster/health?wait_for_status=yellow&timeout=2s");
        if (health.contains("\"status\":\"yellow\"") || health.contains("\"status\":\"green\"")) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    stop();
    throw new IllegalStateException("OpenSearch node not yellow within " + budget + ":\n" + tail());
  }

  void stop() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  private String tail() throws IOException {
    List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
