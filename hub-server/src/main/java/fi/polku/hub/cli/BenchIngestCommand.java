package fi.polku.hub.cli;

import fi.polku.hub.app.InProcessClient;
import fi.polku.hub.app.PolkuApplication;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code polku bench ingest}: how fast the hub takes in records through its real write path
 * (parsing, validation, reference resolution, storage), compared with the fastest the same database
 * can store the same JSON (plain JDBC batch inserts, committed per Bundle). Both are measured in
 * the same run, Bundle by Bundle, after a warm-up that is not counted.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Write N generated, valid records (learners, study rights, absences) in transaction Bundles",
      "through the hub's write path with validation on, in-process or over HTTP, and compare with",
      "plain JDBC batch inserts of the same JSON into the same database.",
      "Last line: ingest: resources=<N> rate=<N>/s reference=<N>/s ratio=<R>"
    })
final class BenchIngestCommand implements Callable<Integer> {

  /** The databases the benchmark runs on. */
  enum Db {
    h2,
    postgres
  }

  @Option(
      names = "--resources",
      defaultValue = "20000",
      description = "Resources to write (default: ${DEFAULT-VALUE}).")
  int resources;

  @Option(
      names = "--bundle",
      defaultValue = "500",
      description = "Entries per transaction Bundle (default: ${DEFAULT-VALUE}).")
  int bundle;

  @Option(
      names = "--db",
      defaultValue = "h2",
      description =
          "h2 (embedded, in a fresh temporary data folder) or postgres (needs --db-url of an"
              + " empty database) (default: ${DEFAULT-VALUE}).")
  Db db;

  @Option(names = "--db-url", description = "JDBC URL of the PostgreSQL database.")
  String dbUrl;

  @Option(names = "--db-user", defaultValue = "postgres", description = "Database user.")
  String dbUser;

  @Option(names = "--db-password", defaultValue = "", description = "Database password.")
  String dbPassword;

  @Option(
      names = "--http",
      description = "Send the Bundles over HTTP to the hub's REST API instead of in-process.")
  boolean http;

  @Option(
      names = "--warmup",
      defaultValue = "2000",
      description =
          "Resources written first and not counted, on both sides (default: ${DEFAULT-VALUE}).")
  int warmup;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private static final com.sun.management.OperatingSystemMXBean CPU =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  @Override
  public Integer call() throws Exception {
    check();
    PrintWriter out = spec.commandLine().getOut();
    Path data = Files.createTempDirectory("polku-bench");
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("polku.data", data.toString());
    props.put("polku.server.port", 0);
    props.put("polku.limits.max-bundle-entries", Math.max(bundle, 5000));
    if (db == Db.postgres) {
      props.put("polku.database.url", dbUrl);
      props.put("polku.database.user", dbUser);
      props.put("polku.database.password", dbPassword);
    }
    String summary;
    // Logging is set before the application starts; the benchmark's own lines are what matters.
    try (ConfigurableApplicationContext ctx =
        PolkuApplication.start(props, "--logging.level.root=WARN")) {
      DataSource ds = ctx.getBean(DataSource.class);
      requireEmpty(ds);
      Writer writer = http ? httpWriter(ctx) : inProcessWriter(ctx);
      try (Reference reference = new Reference(ds)) {
        IngestData generator = new IngestData();
        out.printf(
            Locale.ROOT,
            "ingest: %d resources in Bundles of %d on %s, %s, validation on (warm-up %d)%n",
            resources,
            bundle,
            db,
            http ? "over HTTP" : "in-process",
            warmup);
        out.flush();
        run(generator, warmup, writer, reference);
        long[] nanos = run(generator, resources, writer, reference);
        // CPU time of the whole process: on a machine shared with other work, the fairer figure.
        out.printf(
            Locale.ROOT,
            "ingest: cpu per 1000 resources: hub=%d ms reference=%d ms%n",
            Math.round(nanos[2] / 1e6 * 1000 / resources),
            Math.round(nanos[3] / 1e6 * 1000 / resources));
        out.flush();
        double rate = resources / (nanos[0] / 1e9);
        double ref = resources / (nanos[1] / 1e9);
        summary =
            String.format(
                Locale.ROOT,
                "ingest: resources=%d rate=%d/s reference=%d/s ratio=%.2f",
                resources,
                Math.round(rate),
                Math.round(ref),
                rate / ref);
      }
    } finally {
      deleteTree(data);
    }
    // Printed after the hub has stopped, so that nothing it logs on the way out comes after it.
    out.println(summary);
    out.flush();
    return 0;
  }

  private void check() {
    if (resources < 1 || bundle < 1 || warmup < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--resources and --bundle must be positive, --warmup not negative");
    }
    if (resources + (long) warmup > IngestData.MAX_LEARNERS) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--resources is limited to " + (IngestData.MAX_LEARNERS - warmup));
    }
    if (db == Db.postgres && (dbUrl == null || !dbUrl.startsWith("jdbc:postgresql:"))) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--db postgres needs --db-url jdbc:postgresql://host/empty-database");
    }
    if (db == Db.h2 && dbUrl != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--db-url is for --db postgres; H2 runs in a temporary folder");
    }
  }

  /** Writes {@code count} resources through both sides; nanoseconds spent by each. */
  private long[] run(IngestData generator, int count, Writer writer, Reference reference)
      throws Exception {
    long hub = 0;
    long ref = 0;
    long hubCpu = 0;
    long refCpu = 0;
    for (int done = 0; done < count; ) {
      IngestData.Batch batch = generator.next(Math.min(bundle, count - done));
      long c0 = CPU.getProcessCpuTime();
      long t0 = System.nanoTime();
      writer.write(batch.bundleJson());
      long t1 = System.nanoTime();
      long c1 = CPU.getProcessCpuTime();
      reference.insert(batch);
      long t2 = System.nanoTime();
      long c2 = CPU.getProcessCpuTime();
      hub += t1 - t0;
      ref += t2 - t1;
      hubCpu += c1 - c0;
      refCpu += c2 - c1;
      done += batch.resources().size();
    }
    return new long[] {hub, ref, hubCpu, refCpu};
  }

  /** One side of the comparison: the hub's write path. */
  private interface Writer {
    void write(String bundleJson) throws Exception;
  }

  private static Writer inProcessWriter(ConfigurableApplicationContext ctx) {
    // Parsing is part of the write path: the REST API parses every Bundle it is sent.
    InProcessClient client = InProcessClient.of(ctx);
    return client::bundle;
  }

  private static Writer httpWriter(ConfigurableApplicationContext ctx) {
    int port = ((ServletWebServerApplicationContext) ctx).getWebServer().getPort();
    URI base = URI.create("http://127.0.0.1:" + port + "/fhir");
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    return json -> {
      HttpRequest request =
          HttpRequest.newBuilder(base)
              .timeout(Duration.ofMinutes(5))
              .header("Content-Type", "application/fhir+json")
              .header("Prefer", "return=minimal")
              .POST(HttpRequest.BodyPublishers.ofString(json))
              .build();
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(
            "The hub refused a Bundle with HTTP " + r.statusCode() + ": " + r.body());
      }
    };
  }

  /** The benchmark counts every resource it writes, so it starts from an empty store. */
  private static void requireEmpty(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM resource")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        throw new IllegalStateException("The benchmark needs an empty database");
      }
    }
  }

  /**
   * The reference: the same resource JSON inserted with plain JDBC, one batch and one commit per
   * Bundle, into a table of the same database that is dropped afterwards.
   */
  private static final class Reference implements AutoCloseable {

    private final Connection c;
    private final PreparedStatement insert;
    private long pid;

    Reference(DataSource ds) throws SQLException {
      c = ds.getConnection();
      try (Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS bench_reference");
        s.execute(
            "CREATE TABLE bench_reference (pid BIGINT NOT NULL PRIMARY KEY,"
                + " res_type VARCHAR(64) NOT NULL, res_id VARCHAR(64) NOT NULL,"
                + " res_json VARCHAR(1000000))");
      }
      c.setAutoCommit(false);
      insert =
          c.prepareStatement(
              "INSERT INTO bench_reference (pid, res_type, res_id, res_json) VALUES (?, ?, ?, ?)");
    }

    void insert(IngestData.Batch batch) throws SQLException {
      for (int i = 0; i < batch.resources().size(); i++) {
        long id = ++pid;
        insert.setLong(1, id);
        insert.setString(2, batch.types().get(i));
        insert.setString(3, Long.toString(id));
        insert.setString(4, batch.resources().get(i));
        insert.addBatch();
      }
      insert.executeBatch();
      c.commit();
    }

    @Override
    public void close() throws SQLException {
      try (c;
          insert) {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          s.execute("DROP TABLE bench_reference");
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
