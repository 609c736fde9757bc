package fi.polku.hub.cli;

import fi.polku.hub.app.PolkuApplication;
import fi.polku.hub.index.IndexMaintenance;
import fi.polku.validation.sample.RecordTemplates;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code polku bench ingest}: how fast the hub takes in records through its real write path
 * (parsing, validation, reference resolution, storage), compared with the fastest the same database
 * can store the same JSON (plain JDBC batch inserts, committed per Bundle). Both are measured in
 * the same run, on the same pre-generated Bundles, with the same number of concurrent clients,
 * after a warm-up that is not counted: by default until the JIT compiler has settled, so that the
 * figures are the steady state rather than the compiler's first minutes.
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
final class BenchIngestCommand implements Callable<Integer>, StartsHub {

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
      defaultValue = "auto",
      converter = WarmupOption.WithCount.class,
      paramLabel = "auto|none|N",
      description =
          "Warm-up before the measurement, not counted, on both sides: auto (write until the JIT"
              + " compiler has settled: under 5%% of the last "
              + JitSettling.WINDOW_SECONDS
              + " s spent compiling), none, or N"
              + " resources (default: ${DEFAULT-VALUE}).")
  WarmupOption warmup;

  @Option(
      names = "--warmup-max",
      defaultValue = "300",
      paramLabel = "SECONDS",
      description = "Longest automatic warm-up (default: ${DEFAULT-VALUE}).")
  int warmupMax;

  @Option(
      names = "--clients",
      defaultValue = "1",
      description =
          "Concurrent writers, each sending its own Bundles; the reference uses as many"
              + " connections (default: ${DEFAULT-VALUE}).")
  int clients;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Most concurrent clients: more than a small hub's connection pool makes no sense. */
  static final int MAX_CLIENTS = 16;

  /** Longest automatic warm-up that can be asked for, in seconds. */
  static final int MAX_WARMUP_SECONDS = 3600;

  /** Learners the hub has been sent (warm-up and measured); a search must find them all. */
  private final LongAdder learnersWritten = new LongAdder();

  @Override
  public Integer call() throws Exception {
    check();
    PrintWriter out = spec.commandLine().getOut();
    Path data = Files.createTempDirectory("polku-bench");
    String summary;
    // Logging is set before the application starts; the benchmark's own lines are what matters.
    try (ConfigurableApplicationContext ctx =
        PolkuApplication.start(hubProperties(data), "--logging.level.root=WARN")) {
      DataSource ds = ctx.getBean(DataSource.class);
      requireEmpty(ds);
      IngestTarget writer = http ? IngestTarget.http(ctx) : IngestTarget.inProcess(ctx);
      // The study rights name a provider and a school: the hub holds them before (not measured),
      // as a real one would, since a reference must point at a resource that exists.
      writer.write(RecordTemplates.organisationsTransaction());
      try (IngestReference reference = new IngestReference(ds, clients)) {
        summary =
            compare(out, writer, reference, ctx.getBean(IndexMaintenance.class)::mergeSegments);
      }
    } finally {
      deleteTree(data);
    }
    // Printed after the hub has stopped, so that nothing it logs on the way out comes after it.
    out.println(summary);
    out.flush();
    return 0;
  }

  /** The embedded hub's settings: a fresh data folder, any free port, the chosen database. */
  private Map<String, Object> hubProperties(Path data) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("polku.data", data.toString());
    props.put("polku.server.port", 0);
    props.put("polku.limits.max-bundle-entries", Math.max(bundle, 5000));
    if (db == Db.postgres) {
      props.put("polku.database.url", dbUrl);
      props.put("polku.database.user", dbUser);
      props.put("polku.database.password", dbPassword);
    }
    return props;
  }

  /**
   * Warms both sides up, measures the hub and then the reference on the same Bundles, prints the
   * CPU line and returns the summary line.
   */
  private String compare(
      PrintWriter out, IngestTarget writer, IngestReference reference, LongSupplier mergeIndex)
      throws Exception {
    IngestData generator = new IngestData();
    out.printf(
        Locale.ROOT,
        "ingest: %d resources in Bundles of %d on %s, %s, %d client%s, validation on"
            + " (warm-up %s)%n",
        resources,
        bundle,
        db,
        http ? "over HTTP" : "in-process",
        clients,
        clients == 1 ? "" : "s",
        warmup.auto() ? "auto, at most " + warmupMax + " s" : warmup);
    out.flush();
    // Generated before the warm-up, so that the warm-up can use what identity codes are left and
    // neither side's measurement includes making the data.
    List<IngestData.Batch> measured = batches(generator, resources);
    warmUp(out, generator, writer, reference, mergeIndex);
    // The hub's phase ends when a search finds every learner written: a write's index changes
    // may still be applied after its answer (docs/operations.md, "Search index").
    Phase hub =
        measure(
            measured,
            (client, batch) -> writeCounted(writer, batch),
            () -> requireSearchable(writer));
    Phase ref = measure(measured, reference::insert, () -> {});
    // CPU time of the whole process: on a machine shared with other work, the fairer figure.
    out.printf(
        Locale.ROOT,
        "ingest: cpu per 1000 resources: hub=%d ms reference=%d ms%n",
        Math.round(hub.cpuNanos() / 1e6 * 1000 / resources),
        Math.round(ref.cpuNanos() / 1e6 * 1000 / resources));
    // A warm-up that ended too early shows here: the compiler's CPU counts in the hub's figure.
    out.printf(
        Locale.ROOT,
        "ingest: jit compile time while measured: hub=%d ms reference=%d ms%n",
        hub.compileMillis(),
        ref.compileMillis());
    out.flush();
    double rate = resources / (hub.wallNanos() / 1e9);
    double refRate = resources / (ref.wallNanos() / 1e9);
    return String.format(
        Locale.ROOT,
        "ingest: resources=%d rate=%d/s reference=%d/s ratio=%.2f",
        resources,
        Math.round(rate),
        Math.round(refRate),
        rate / refRate);
  }

  private void check() {
    if (resources < 1 || bundle < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--resources and --bundle must be positive");
    }
    if (clients < 1 || clients > MAX_CLIENTS) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--clients must be within 1.." + MAX_CLIENTS + ": " + clients);
    }
    if (warmupMax < 0 || warmupMax > MAX_WARMUP_SECONDS) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--warmup-max must be within 0.." + MAX_WARMUP_SECONDS + " seconds: " + warmupMax);
    }
    if (resources + (long) warmup.count() > IngestData.MAX_LEARNERS) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--resources is limited to " + (IngestData.MAX_LEARNERS - warmup.count()));
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

  private List<IngestData.Batch> batches(IngestData generator, int count) {
    List<IngestData.Batch> batches = new ArrayList<>();
    for (int done = 0; done < count; done += bundle) {
      batches.add(generator.next(Math.min(bundle, count - done)));
    }
    return batches;
  }

  /**
   * Writes warm-up Bundles on both sides, not counted: a fixed number of resources, or, for auto,
   * until the JIT compiler has settled, the limit is reached or the identity codes run out.
   */
  private void warmUp(
      PrintWriter out,
      IngestData generator,
      IngestTarget writer,
      IngestReference reference,
      LongSupplier mergeIndex)
      throws Exception {
    if (warmup.none()) {
      out.println("warm-up: none");
      out.flush();
      return;
    }
    Supplier<IngestData.Batch> source =
        warmup.auto()
            ? autoWarmup(out, generator, mergeIndex)
            : fixedWarmup(generator, warmup.count());
    long t0 = System.nanoTime();
    LongAdder written = new LongAdder();
    BenchClients.drain(
        clients,
        source,
        (client, batch) -> {
          writeCounted(writer, batch);
          reference.insert(client, batch);
          written.add(batch.resources().size());
        });
    // Not counted either: what the index threads still had to apply of the warm-up.
    requireSearchable(writer);
    String how = source instanceof IngestWarmup auto ? "; " + auto.outcome() : "";
    out.printf(
        Locale.ROOT,
        "warm-up: resources=%d seconds=%d%s%n",
        written.sum(),
        Duration.ofNanos(System.nanoTime() - t0).toSeconds(),
        how);
    out.flush();
  }

  private IngestWarmup autoWarmup(PrintWriter out, IngestData generator, LongSupplier mergeIndex) {
    JitSettling jit =
        new JitSettling(
            JitSettling.jvmOrNeverSettled(),
            JitSettling.WINDOW,
            JitSettling.SHARE,
            Duration.ofSeconds(warmupMax));
    return new IngestWarmup(out, generator, bundle, jit, mergeIndex);
  }

  private Supplier<IngestData.Batch> fixedWarmup(IngestData generator, int count) {
    AtomicInteger left = new AtomicInteger(count);
    return () -> {
      int size = left.getAndUpdate(n -> Math.max(0, n - bundle));
      return size <= 0 ? null : generator.next(Math.min(bundle, size));
    };
  }

  /** Warm-up Bundles until the JIT compiler has settled; prints progress every few seconds. */
  /** Wall time and process CPU time (ns), and JIT compile time (ms), of one measured phase. */
  private record Phase(long wallNanos, long cpuNanos, long compileMillis) {}

  private void writeCounted(IngestTarget writer, IngestData.Batch batch) throws Exception {
    writer.write(batch.bundleJson());
    learnersWritten.add(batch.types().stream().filter("Learner"::equals).count());
  }

  /** Fails unless a search of the hub finds every learner written. */
  private void requireSearchable(IngestTarget writer) throws Exception {
    long learners = learnersWritten.sum();
    long found = writer.count("Learner");
    if (found != learners) {
      throw new IllegalStateException(
          "A search found " + found + " learners; the benchmark wrote " + learners);
    }
  }

  /**
   * Runs the batches through one side with all clients, then {@code finish}; the wall and CPU time
   * it took.
   */
  private Phase measure(
      List<IngestData.Batch> batches, BenchClients.Step<IngestData.Batch> side, Finish finish)
      throws Exception {
    Iterator<IngestData.Batch> next = batches.iterator();
    Supplier<IngestData.Batch> source =
        () -> {
          synchronized (next) {
            return next.hasNext() ? next.next() : null;
          }
        };
    long j0 = ProcessCpu.compileMillis();
    long c0 = ProcessCpu.nanos();
    long t0 = System.nanoTime();
    BenchClients.drain(clients, source, side);
    finish.run();
    return new Phase(
        System.nanoTime() - t0, ProcessCpu.nanos() - c0, ProcessCpu.compileMillis() - j0);
  }

  /** What ends a measured phase, inside its time. */
  private interface Finish {
    void run() throws Exception;
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
