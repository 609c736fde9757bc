package fi.polku.mapping.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.mapping.hub.HubPort;
import fi.polku.mapping.hub.TransactionResult;
import fi.polku.mapping.hub.UploadOutcome;
import fi.polku.mapping.hub.WriteEntry;
import fi.polku.mapping.source.Archives;
import fi.polku.mapping.source.InputFiles;
import fi.polku.mapping.source.PositionStore;
import fi.polku.mapping.source.SourceReader;
import fi.polku.mapping.source.SourceReaders;
import fi.polku.mapping.source.SqlDatabases;
import fi.polku.mapping.source.SqlPosition;
import fi.polku.mapping.source.SqlSourceReader;
import fi.polku.mapping.spec.SourceSpec.SourceKind;
import fi.polku.mapping.transform.CompiledMapping;
import fi.polku.mapping.transform.ConceptMapTranslator.ConceptMapFile;
import fi.polku.mapping.transform.EntityPlan;
import fi.polku.validation.PolkuValidators;
import fi.polku.validation.api.ResourceValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs loads: one Camel context with the load route, shared by every run (a command-line load
 * creates one; the hub keeps one for its inbox and scheduled loads). A run uploads the spec's
 * ConceptMaps, records a Provenance, loads the entities in the spec's order, and leaves a report
 * and the dead letters in its run folder.
 */
public final class LoadEngine implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LoadEngine.class);
  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final CamelContext camel;
  private final ProducerTemplate template;
  private final ResourceValidator validator;
  private final java.util.concurrent.ExecutorService workers;

  /** The most batches written at the same time (see {@link LoadSettings#writers()}). */
  public static final int MAX_WRITERS = 2;

  /**
   * The writing threads, one executor each; a run's batches that must be written in order go to the
   * first.
   */
  private final java.util.concurrent.ExecutorService[] submitThreads;

  /** An engine with its own Camel context and Polku's structural validator. */
  public LoadEngine() {
    this(new DefaultCamelContext(), PolkuValidators.structural());
  }

  /**
   * An engine in {@code camel} (started here if it is not yet), validating with {@code validator}.
   */
  public LoadEngine(CamelContext camel, ResourceValidator validator) {
    this.camel = camel;
    this.validator = validator;
    try {
      camel.addRoutes(new LoadRoutes());
    } catch (Exception e) {
      throw new IllegalStateException("Cannot add the load route", e);
    }
    if (!camel.isStarted()) {
      camel.start();
    }
    this.template = camel.createProducerTemplate();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.workers =
        java.util.concurrent.Executors.newFixedThreadPool(threads, daemon("polku-validate"));
    java.util.concurrent.ThreadFactory submitFactory = daemon("polku-submit");
    this.submitThreads = new java.util.concurrent.ExecutorService[MAX_WRITERS];
    for (int i = 0; i < MAX_WRITERS; i++) {
      submitThreads[i] = java.util.concurrent.Executors.newSingleThreadExecutor(submitFactory);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** The Camel context (for adding the inbox route). */
  public CamelContext camelContext() {
    return camel;
  }

  /**
   * Runs a load against {@code hub}. Data problems are in the report; exceptions mean broken setup.
   *
   * @throws UnusableInputException when an input cannot be used at all (a damaged ZIP archive):
   *     nothing was loaded
   */
  public LoadReport run(LoadRequest request, HubPort hub, LoadSettings settings) {
    CompiledMapping mapping = request.mapping();
    String runId = newRunId();
    Path folder = settings.runFolder(runId);
    createFolder(folder);
    try (DeadLetterWriter dead = new DeadLetterWriter(folder.resolve("dead-letters.csv"))) {
      RunState run =
          new RunState(runId, mapping, hub, validator, settings, dead, request.progress());
      LOG.info("Load run {} with mapping {} started", runId, mapping.spec().name());
      uploadConceptMaps(run);
      if (mapping.spec().source().kind() == SourceKind.SQL) {
        loadSql(run, request);
      } else {
        loadFiles(run, request);
      }
      // Part of the run's duration: its records are loaded when they can be found.
      hub.awaitVisible();
      Instant finished = Instant.now();
      writeProvenance(run, finished);
      hub.awaitVisible();
      dead.close();
      LoadReport report =
          run.report.build(
              runId,
              mapping.spec().name(),
              mapping.spec().version(),
              mapping.sourceSystem(),
              run.started,
              finished,
              dead.file() == null ? null : dead.file().toString());
      RunFiles.save(folder, report);
      LOG.info("Load run {} finished: {}", runId, report.summaryLine());
      return report;
    }
  }

  private void loadFiles(RunState run, LoadRequest request) {
    Path unpacked = null;
    try {
      List<Path> inputs = new ArrayList<>();
      for (String i : request.inputs()) {
        Path p = Path.of(i);
        if (!Files.exists(p)) {
          throw new IllegalArgumentException("No such file or folder: " + i);
        }
        if (Archives.isZip(p)) {
          if (unpacked == null) {
            unpacked = Files.createTempDirectory("polku-load-");
          }
          p = unzip(run, p, unpacked);
        }
        inputs.add(p);
      }
      loadFiles(run, inputs);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot extract the ZIP input: " + e.getMessage(), e);
    } finally {
      Archives.deleteTree(unpacked);
    }
  }

  /**
   * Unpacks the ZIP input {@code zip} into a folder of {@code temporary} named after it, so that
   * reports and dead letters say {@code export.zip/oppilaat.csv}; notes the operating system's
   * files left out. Every input is unpacked before anything is loaded, so a refused archive stops
   * the run with nothing loaded.
   */
  private static Path unzip(RunState run, Path zip, Path temporary) throws IOException {
    Archives.Extraction x =
        Archives.unzip(
            zip, temporary.resolve(zip.getFileName().toString()), run.settings.archiveLimits());
    if (x instanceof Archives.Refused refused) {
      throw new UnusableInputException(refused.problem(), refused.cause());
    }
    Archives.Unpacked u = (Archives.Unpacked) x;
    if (!u.leftOut().isEmpty()) {
      int shown = Math.min(u.leftOut().size(), 5);
      run.report.note(
          zip.getFileName()
              + ": left out the operating system's files (never data): "
              + String.join(", ", u.leftOut().subList(0, shown))
              + (u.leftOut().size() > shown
                  ? " and " + (u.leftOut().size() - shown) + " more"
                  : ""));
    }
    return u.folder();
  }

  private void loadFiles(RunState run, List<Path> inputs) {
    Set<String> ignored = new HashSet<>();
    if (run.mapping.spec().ignored() != null) {
      run.mapping.spec().ignored().forEach(i -> ignored.add(i.path()));
    }
    Set<String> read = new HashSet<>();
    boolean missing = false;
    for (EntityPlan plan : run.mapping.entities()) {
      SourceReader reader =
          SourceReaders.files(run.mapping.spec().source(), plan.spec(), ignored, inputs);
      if (reader == null) {
        String pattern = SourceReaders.filePattern(run.mapping.spec().source(), plan.spec());
        run.report.note("no input for entity " + plan.name() + " (no file " + pattern + ")");
        run.report.withoutInput(plan.name());
        missing = true;
        continue;
      }
      load(run, plan, reader);
      reader.inputs().forEach(i -> read.add(i.name()));
    }
    if (missing) {
      noteUnreadFiles(run, inputs, read);
    }
  }

  /** Names the input files no entity read: the file an entity missed is often among them. */
  private static void noteUnreadFiles(RunState run, List<Path> inputs, Set<String> read) {
    List<String> unread = new ArrayList<>();
    for (InputFiles.Found f : InputFiles.all(inputs)) {
      if (!read.contains(f.name())) {
        unread.add(f.name());
      }
    }
    if (!unread.isEmpty()) {
      int shown = Math.min(unread.size(), 10);
      run.report.note(
          "files no entity reads: "
              + String.join(", ", unread.subList(0, shown))
              + (unread.size() > shown ? " and " + (unread.size() - shown) + " more" : ""));
    }
  }

  private void loadSql(RunState run, LoadRequest request) {
    if (request.inputs().size() != 1) {
      throw new IllegalArgumentException(
          "An SQL mapping reads one database: a JDBC URL, an .mv.db file or an .sql script");
    }
    PositionStore positions = new PositionStore(run.settings.positionsFolder());
    String ref = "polkuSource-" + run.runId;
    try (SqlDatabases.Database db = SqlDatabases.open(request.inputs().get(0))) {
      camel.getRegistry().bind(ref, db.dataSource());
      for (EntityPlan plan : run.mapping.entities()) {
        boolean incremental = plan.spec().incremental() != null && !request.fullRead();
        SqlPosition since =
            incremental
                ? positions.load(run.mapping.sourceSystem(), plan.name()).orElse(null)
                : null;
        SqlSourceReader reader = SourceReaders.sql(template, ref, plan.spec(), since);
        load(run, plan, reader);
        if (plan.spec().incremental() != null) {
          positions.save(run.mapping.sourceSystem(), plan.name(), reader.lastPosition());
        }
      }
      run.report.note("database: " + db.description());
    } finally {
      camel.getRegistry().unbind(ref);
    }
  }

  private void load(RunState run, EntityPlan plan, SourceReader reader) {
    EntityJob job = new EntityJob(run, plan, reader, workers, submitThreads);
    Exchange result;
    try {
      if (reader instanceof SqlSourceReader sql) {
        result =
            template.send(
                LoadRoutes.SQL_ENTITY,
                e -> {
                  e.setProperty(LoadRoutes.JOB, job);
                  e.setProperty(LoadRoutes.SQL_URI, sql.endpointUri());
                  e.getIn().setBody(sql.queryParameters());
                });
      } else {
        result =
            template.send(
                LoadRoutes.ENTITY,
                e -> {
                  e.setProperty(LoadRoutes.JOB, job);
                  e.getIn().setBody(job.records());
                });
      }
    } finally {
      reader.close();
    }
    Exception failure = result.getException();
    if (failure != null) {
      Throwable cause = failure;
      while (cause instanceof org.apache.camel.CamelException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      throw cause instanceof RuntimeException r
          ? r
          : new IllegalStateException("Loading " + plan.name() + " failed", cause);
    }
  }

  private void uploadConceptMaps(RunState run) {
    for (ConceptMapFile f : run.mapping.conceptMaps()) {
      String id = f.map().getIdElement().getIdPart();
      UploadOutcome o = run.hub.upload("ConceptMap", id, f.json());
      if (!o.stored()) {
        run.report.note(o.detail() + "; codes are translated locally with " + f.name());
      }
    }
  }

  /**
   * Records the run's Provenance when it wrote anything. A run that only found unchanged records
   * stores none: re-running a load must not add versions (the file copy is kept either way).
   */
  private void writeProvenance(RunState run, Instant finished) {
    ObjectNode p =
        ProvenanceRecorder.build(
            run.runId,
            run.mapping.spec().name(),
            run.mapping.spec().version(),
            run.mapping.sourceSystem(),
            run.started,
            finished,
            run.report.inputs());
    byte[] json = RowPreparer.bytes(p);
    if (run.report.wroteAnything()) {
      TransactionResult r =
          run.hub.transaction(List.of(new WriteEntry("Provenance", null, run.runId, json)));
      if (!r.committed()) {
        run.report.note("the hub did not store the run's Provenance: " + r.issues());
      }
    } else {
      run.report.note("nothing was created or updated, so no Provenance was stored");
    }
    try {
      Files.write(settingsFolder(run).resolve("provenance.json"), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path settingsFolder(RunState run) {
    return run.settings.runFolder(run.runId);
  }

  private static String newRunId() {
    byte[] random = new byte[3];
    ThreadLocalRandom.current().nextBytes(random);
    return "load-" + RUN_TIME.format(Instant.now()) + "-" + HexFormat.of().formatHex(random);
  }

  private static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the run folder " + folder, e);
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
    for (java.util.concurrent.ExecutorService s : submitThreads) {
      s.shutdownNow();
    }
    try {
      template.close();
      camel.close();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot stop the load engine's Camel context", e);
    }
  }

  /** Writes the report files of a run folder. */
  static final class RunFiles {
    private RunFiles() {}

    static void save(Path folder, LoadReport report) {
      try {
        Files.writeString(folder.resolve("report.txt"), report.toText(), StandardCharsets.UTF_8);
        Files.writeString(
            folder.resolve("report.json"),
            report.toJson().toPrettyString(),
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the report in " + folder, e);
      }
    }
  }

  static RuntimeException unwrap(CamelExecutionException e) {
    Throwable c = e.getCause();
    return c instanceof RuntimeException r ? r : e;
  }
}
