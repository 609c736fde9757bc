package fi.polku.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import fi.polku.hub.problem.StartupCodes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code polku serve} in a process of its own, as an operator or a service manager runs it, when
 * the hub cannot start: a reason with a code is one line on standard error and the code's exit
 * status, with no stack trace on either stream; any other failure keeps its stack trace and ends
 * with a line naming its root cause, exit status 1.
 */
class ServeStartupFailureIT {

  /** Start-up fails within seconds; a hub that does start instead is ended after this long. */
  private static final long TIMEOUT_SECONDS = 180;

  @TempDir Path work;

  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void stopWhatIsLeft() {
    started.forEach(Process::destroyForcibly);
  }

  @Test
  void anUnreachableDatabaseStopsServeWithOneLineNamingItWithoutItsPassword() throws Exception {
    int port = closedPort();

    Run run =
        serve(
            "--polku.database.url=jdbc:postgresql://127.0.0.1:" + port + "/polku",
            "--polku.database.password=s3cret");

    assertThat(run.status()).isEqualTo(StartupCodes.DATABASE_UNREACHABLE.exitStatus());
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith(
            "polku serve: POLKU-HUB-1004: Cannot connect to the database jdbc:postgresql://127.0.0.1:"
                + port
                + "/polku: ")
        .contains("polku.database.url");
    assertNoStackTraceOrError(run);
    assertThat(run.out() + run.err()).doesNotContain("s3cret");
  }

  @Test
  void anUnreachableSearchClusterStopsServeWithOneLineNamingItWithoutItsPassword()
      throws Exception {
    Run run =
        serve(
            "--polku.search.backend=elasticsearch",
            "--polku.search.uris=http://hub:s3cret@127.0.0.1:1",
            "--polku.search.username=hub",
            "--polku.search.password=s3cret");

    assertThat(run.status()).isEqualTo(StartupCodes.SEARCH_UNREACHABLE.exitStatus()).isEqualTo(9);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith(
            "polku serve: POLKU-HUB-1007: Cannot connect to the search cluster"
                + " http://hub:***@127.0.0.1:1: ")
        .contains("polku.search.uris")
        .endsWith("polku.search.backend=lucene.");
    assertNoStackTraceOrError(run);
    assertThat(run.out() + run.err()).doesNotContain("s3cret");
  }

  @Test
  void aClusterRefusingTheLoginOnlyOnceTheHubUsesItIsRecognisedInHibernateSearchsFailure()
      throws Exception {
    // Answers the start-up check's request for / and refuses what Hibernate Search asks next: the
    // refusal is told from Hibernate Search's own bootstrap failure.
    HttpServer cluster = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    cluster.createContext(
        "/",
        exchange -> {
          byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(
              exchange.getRequestURI().getPath().equals("/") ? 200 : 401, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    cluster.start();
    try {
      String uri = "http://127.0.0.1:" + cluster.getAddress().getPort();

      Run run =
          serve(
              "--polku.search.backend=elasticsearch",
              "--polku.search.uris=" + uri,
              "--polku.search.username=hub",
              "--polku.search.password=s3cret");

      assertThat(run.status())
          .isEqualTo(StartupCodes.SEARCH_LOGIN_REFUSED.exitStatus())
          .isEqualTo(10);
      assertThat(run.err().lines())
          .singleElement()
          .asString()
          .startsWith(
              "polku serve: POLKU-HUB-1008: The search cluster "
                  + uri
                  + " refused the hub's login (HTTP 401): ")
          .contains("polku.search.username and polku.search.password");
      // No stack trace; the log keeps the error lines Hibernate and Tomcat write themselves before
      // the failure reaches the hub, as for every failure recognised this late.
      assertThat(run.out() + run.err()).doesNotContain("\tat ").doesNotContain("s3cret");
    } finally {
      cluster.stop(0);
    }
  }

  @Test
  void anInvalidSettingStopsServeWithOneLineNamingTheSettingTheValueAndTheRule() throws Exception {
    Run run = serve("--polku.limits.max-bundle-entries=-5");

    assertThat(run.status()).isEqualTo(StartupCodes.SETTING_INVALID.exitStatus()).isEqualTo(2);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith(
            "polku serve: POLKU-HUB-1002: The setting polku.limits.max-bundle-entries cannot be"
                + " \"-5\": it must be at least 1.");
    assertNoStackTraceOrError(run);
  }

  @Test
  void aDataFolderUnderAFileStopsServeWithOneLineNamingTheFileInTheWay() throws Exception {
    Path file = Files.writeString(work.resolve("hostname"), "not a folder");

    Run run = serveOn(file.resolve("sub"));

    assertThat(run.status()).isEqualTo(StartupCodes.DATA_FOLDER_UNUSABLE.exitStatus());
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("polku serve: POLKU-HUB-1003: The data folder " + file.resolve("sub"))
        .contains(file + " is a file, not a folder");
    assertNoStackTraceOrError(run);
  }

  @Test
  void anUnrecognisedFailureKeepsItsStackTraceAndEndsWithALineNamingItsRootCause()
      throws Exception {
    // Something that takes the connection and hangs up at once: no database server, yet no
    // failure to connect either.
    try (ServerSocket hangsUp = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      Thread acceptor = new Thread(() -> hangUpOn(hangsUp), "hangs-up");
      acceptor.setDaemon(true);
      acceptor.start();

      Run run =
          serve(
              "--polku.database.url=jdbc:postgresql://127.0.0.1:"
                  + hangsUp.getLocalPort()
                  + "/polku");

      assertThat(run.status()).isEqualTo(1);
      assertThat(run.err()).contains("\tat ").contains("Caused by: ");
      assertThat(run.err().lines().reduce((a, b) -> b))
          .hasValueSatisfying(
              last ->
                  assertThat(last)
                      .startsWith("polku serve: failed: java.io.EOFException")
                      .endsWith("(the root cause of the trace above)"));
    }
  }

  private Run serve(String... settings) throws IOException, InterruptedException {
    return serveOn(work.resolve("data"), settings);
  }

  private Run serveOn(Path data, String... settings) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(PolkuCommand.class.getName());
    cmd.add("serve");
    cmd.add("--port");
    cmd.add("0");
    cmd.add("--data");
    cmd.add(data.toString());
    cmd.addAll(List.of(settings));
    Path out = work.resolve("out-" + started.size() + ".log");
    Path err = work.resolve("err-" + started.size() + ".log");
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    started.add(p);
    assertThat(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS))
        .as("polku serve ended within %d s; its log is %s", TIMEOUT_SECONDS, out)
        .isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** What a finished {@code polku serve} printed and its exit status. */
  private record Run(int status, String out, String err) {}

  private static void assertNoStackTraceOrError(Run run) {
    assertThat(run.out() + run.err())
        .doesNotContain("\tat ")
        .doesNotContain(" ERROR ")
        .doesNotContain("APPLICATION FAILED TO START")
        .doesNotContain("Exception");
  }

  private static void hangUpOn(ServerSocket server) {
    while (!server.isClosed()) {
      try (Socket s = server.accept()) {
        // Closed unanswered.
      } catch (IOException e) {
        // The test closed the socket: the acceptor's work is done.
        return;
      }
    }
  }

  /** A port of this machine nothing listens on (it did a moment ago). */
  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }
}
