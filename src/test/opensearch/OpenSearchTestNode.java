import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single-node OpenSearch for the -Popensearch integration test, run in a child JVM (see OpenSearchBackendTests).
 * The node is built directly, as OpenSearch's own MockNode does, with the modules every OpenSearch distribution
 * bundles and the application needs as classpath plugins (HTTP on Netty, the common analysis filters such as
 * asciifolding and edge_ngram, and reindex for the _delete_by_query Hibernate Search's mass indexer purges with): no
 * distribution layout, plugin folders, security manager or bootstrap checks are needed. Arguments: home directory
 * and HTTP port. Prints "OPENSEARCH STARTED" once the node has started, and stops when its standard input closes
 * (the test's JVM ended, however it ended) or on SIGTERM.
 */
public class OpenSearchTestNode {

  static class ClasspathNode extends Node {
    ClasspathNode(Settings settings, Path config) {
      super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), config, () -> "innohub-test"),
          List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class), true);
    }
  }

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]).toAbsolutePath();
    String httpPort = args[1];
    Path config = Files.createDirectories(home.resolve("config"));
    Settings settings = Settings.builder()
        .put("path.home", home.toString())
        .put("path.data", home.resolve("data").toString())
        .put("path.logs", home.resolve("logs").toString())
        .put("cluster.name", "innohub-test")
        .put("node.name", "innohub-test")
        .put("discovery.type", "single-node")
        .put("network.host", "127.0.0.1")
        .put("http.port", httpPort)
        .put("transport.port", "0")
        .put("http.type", "netty4")
        .put("transport.type", "netty4")
        // The test machine's disk may be fuller than the default watermarks allow; one node, no replicas.
        .put("cluster.routing.allocation.disk.threshold_enabled", false)
        .put("action.auto_create_index", false)
        .build();
    Node node = new ClasspathNode(settings, config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runnable stop = () -> {
      try {
        node.close();
      } catch (Exception e) {
        e.printStackTrace();
      }
      stopped.countDown();
    };
    Runtime.getRuntime().addShutdownHook(new Thread(stop));
    node.start();
    System.out.println("OPENSEARCH STARTED http://127.0.0.1:" + httpPort);
    System.out.flush();
    Thread watcher = new Thread(() -> {
      try {
        while (System.in.read() >= 0) {
          // Keep reading: end of input means the parent is gone.
        }
      } catch (Exception ignored) {
        // Parent gone as well.
      }
      System.exit(0);
    });
    watcher.setDaemon(true);
    watcher.start();
    stopped.await();
  }
}
