package fi.polku.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.hub.cli.PolkuCommand;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Crash safety: a hub in a child JVM is killed with SIGKILL while it works on a large transaction
 * Bundle and acknowledges a stream of single creates. After a restart on the same database, the
 * transaction is there completely or not at all, and every create the hub acknowledged is there.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Db.class)
class CrashSafetyIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LOCATION = Pattern.compile("/fhir/Learner/([^/]+)/_history/1$");
  private static final String TX_SYSTEM = Fixtures.SOURCE;
  private static final int TX_ENTRIES = 5000;
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private final Db db;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Process> started = new ArrayList<>();
  private EmbeddedPostgres postgres;

  CrashSafetyIT(Db db) {
    this.db = db;
  }

  @AfterEach
  void stopEverything() throws IOException {
    for (Process p : started) {
      p.destroyForcibly();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void afterAKillNoTransactionIsPartialAndEveryAcknowledgedWriteIsThere() throws Exception {
    Path data = Files.createTempDirectory("polku-crash-" + db.name().toLowerCase());
    String dbUrl = null;
    if (db == Db.POSTGRES) {
      postgres = EmbeddedPostgres.builder().start();
      dbUrl = postgres.getJdbcUrl("postgres", "postgres");
    }
    int port = freePort();
    Process hub = startHub(data, port, dbUrl);
    String base = "http://127.0.0.1:" + port + "/fhir";

    List<String> acknowledged = new CopyOnWriteArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    CompletableFuture<Void> stream =
        CompletableFuture.runAsync(() -> stream(base, acknowledged, stop));
    await().atMost(Duration.ofMinutes(1)).until(() -> acknowledged.size() >= 5);

    String run = Long.toString(System.nanoTime(), 36);
    AtomicBoolean uploaded = new AtomicBoolean();
    AtomicReference<String> txStatus = new AtomicReference<>();
    CompletableFuture<Void> tx =
        CompletableFuture.runAsync(() -> sendTransaction(port, run, uploaded, txStatus));
    await().atMost(Duration.ofMinutes(2)).untilTrue(uploaded);
    // The hub is now reading, validating and storing the Bundle; the single creates go on
    // meanwhile. A few more acknowledgements are the clock for killing it mid-way.
    int atUpload = acknowledged.size();
    await().atMost(Duration.ofMinutes(1)).until(() -> acknowledged.size() >= atUpload + 10);
    hub.destroyForcibly().waitFor();
    stop.set(true);
    stream.join();
    tx.join();
    int acked = acknowledged.size();

    assertThat(txStatus.get()).as("the kill came before the hub answered the transaction").isNull();

    Process restarted = startHub(data, port, dbUrl);
    for (String id : acknowledged) {
      assertThat(get(base + "/Learner/" + id).statusCode())
          .as("acknowledged Learner/" + id)
          .isEqualTo(200);
    }
    boolean firstThere = count(base, "crash-tx-" + run + "-0") == 1;
    boolean lastThere = count(base, "crash-tx-" + run + "-" + (TX_ENTRIES - 1)) == 1;
    assertThat(lastThere)
        .as("the transaction's first and last entries agree")
        .isEqualTo(firstThere);
    // The stream has at most one create in flight when the hub dies: it may or may not be there.
    long learners = total(base + "/Learner?_count=1");
    long fromTransaction = learners - acked;
    assertThat(fromTransaction)
        .as("learners beyond the acknowledged creates")
        .isIn(0L, 1L, (long) TX_ENTRIES, TX_ENTRIES + 1L);
    assertThat(fromTransaction >= TX_ENTRIES).isEqualTo(firstThere);

    // The restarted hub takes writes as usual.
    assertThat(create(base)).isNotNull();
    restarted.destroy();
    restarted.waitFor();
  }

  /** Sequential creates until the hub is gone; the ids of the acknowledged ones. */
  private void stream(String base, List<String> acknowledged, AtomicBoolean stop) {
    while (!stop.get()) {
      try {
        String id = create(base);
        if (id != null) {
          acknowledged.add(id);
        }
      } catch (UncheckedIOException e) {
        // The hub died (with this create in flight, unacknowledged: it proves nothing).
        return;
      }
    }
  }

  /** Creates a learner; its id when the hub acknowledged it (201), else null. */
  private String create(String base) {
    String body = Fixtures.learnerJson(Fixtures.ids(), "Virtanen");
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(URI.create(base + "/Learner"))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/fhir+json")
                .header("Prefer", "return=minimal")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (r.statusCode() != 201) {
      return null;
    }
    Matcher m = LOCATION.matcher(r.headers().firstValue("Location").orElse(""));
    return m.find() ? m.group(1) : null;
  }

  /**
   * Sends a transaction of {@link #TX_ENTRIES} learners on a raw socket: {@code uploaded} is set
   * once the whole request is written, {@code status} once the hub answers (if it lives so long).
   */
  private static void sendTransaction(
      int port, String run, AtomicBoolean uploaded, AtomicReference<String> status) {
    StringBuilder b = new StringBuilder(TX_ENTRIES * 2048);
    b.append("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[");
    for (int i = 0; i < TX_ENTRIES; i++) {
      Fixtures.Ids ids = Fixtures.ids();
      Fixtures.Ids tx =
          new Fixtures.Ids(ids.hetu(), ids.learnerNumber(), "crash-tx-" + run + "-" + i);
      b.append(i == 0 ? "" : ",")
          .append("{\"resource\":")
          .append(Fixtures.learnerJson(tx, "Korhonen"))
          .append(",\"request\":{\"method\":\"POST\",\"url\":\"Learner\"}}");
    }
    b.append("]}");
    byte[] body = b.toString().getBytes(StandardCharsets.UTF_8);
    String head =
        "POST /fhir HTTP/1.1\r\nHost: 127.0.0.1:"
            + port
            + "\r\nContent-Type: application/fhir+json\r\nPrefer: return=minimal\r\n"
            + "Connection: close\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    try (Socket s = new Socket()) {
      // A small send buffer: the write returns only when the hub has read nearly all of it.
      s.setSendBufferSize(64 * 1024);
      s.connect(new java.net.InetSocketAddress("127.0.0.1", port));
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      uploaded.set(true);
      InputStream in = s.getInputStream();
      byte[] line = new byte[12];
      int n = in.readNBytes(line, 0, line.length);
      if (n == line.length) {
        status.set(new String(line, StandardCharsets.US_ASCII));
      }
    } catch (IOException e) {
      // The hub was killed before it answered: what the test is about.
      uploaded.set(true);
    }
  }

  private Process startHub(Path data, int port, String dbUrl) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(PolkuCommand.class.getName());
    cmd.add("serve");
    cmd.add("--port");
    cmd.add(Integer.toString(port));
    cmd.add("--data");
    cmd.add(data.toString());
    if (dbUrl != null) {
      cmd.add("--polku.database.url=" + dbUrl);
      cmd.add("--polku.database.user=postgres");
      cmd.add("--polku.database.password=");
    }
    Path log = data.resolve("hub-" + started.size() + ".log");
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    started.add(p);
    String metadata = "http://127.0.0.1:" + port + "/fhir/metadata";
    await()
        .atMost(START_TIMEOUT)
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () -> {
              if (!p.isAlive()) {
                throw new AssertionError("The hub exited; see " + log);
              }
              return get(metadata).statusCode() == 200;
            });
    return p;
  }

  private long count(String base, String sourceKey) {
    String q = URLEncoder.encode(TX_SYSTEM + "|" + sourceKey, StandardCharsets.UTF_8);
    return total(base + "/Learner?_count=1&identifier=" + q);
  }

  private long total(String url) {
    HttpResponse<String> r = get(url);
    assertThat(r.statusCode()).as(url).isEqualTo(200);
    try {
      JsonNode bundle = JSON.readTree(r.body());
      return bundle.path("total").asLong(-1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> get(String url) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofMinutes(1))
            .header("Accept", "application/fhir+json"));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
