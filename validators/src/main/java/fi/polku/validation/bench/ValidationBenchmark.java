package fi.polku.validation.bench;

import fi.polku.validation.PolkuValidators;
import fi.polku.validation.api.ResourceValidator;
import fi.polku.validation.api.ResourceValidator.ValidationOptions;
import fi.polku.validation.oracle.Hl7Validator;
import fi.polku.validation.oracle.KnownDifferences;
import fi.polku.validation.oracle.OracleCase;
import fi.polku.validation.oracle.OracleComparison;
import fi.polku.validation.oracle.OracleCorpus;
import fi.polku.validation.spi.ReferenceResolver;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Validates the oracle corpus with Polku's structural engine and with the HL7 validator on the same
 * number of threads, each warmed up first, compares their throughput and checks that the two agree
 * on every case (except the documented differences). Polku's engine is measured for a fixed period;
 * the HL7 validator over one pass of the corpus, which also gives its verdicts. The last line of
 * the output is {@code validate: own=<N>/s hl7=<N>/s ratio=<R>}.
 *
 * <p>Both engines take cases from one seeded permutation of the corpus, so they see the same mix of
 * small and large resources; each parses the JSON itself (Polku from bytes, HAPI from text).
 */
public final class ValidationBenchmark {

  /**
   * What to run.
   *
   * @param corpus the oracle corpus folder
   * @param differences the documented differences, or null if there are none
   * @param threads validating threads per engine
   * @param warmup how long each engine runs before it is measured
   * @param measured how long Polku's engine is measured (the HL7 validator: one corpus pass)
   */
  public record Settings(
      Path corpus, Path differences, int threads, Duration warmup, Duration measured) {

    /** Default warm-up per engine. */
    public static final Duration DEFAULT_WARMUP = Duration.ofSeconds(3);

    /** Default measured period per engine. */
    public static final Duration DEFAULT_MEASURED = Duration.ofSeconds(10);

    public Settings {
      Objects.requireNonNull(corpus, "corpus");
      Objects.requireNonNull(warmup, "warmup");
      Objects.requireNonNull(measured, "measured");
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      if (warmup.isNegative() || measured.isNegative() || measured.isZero()) {
        throw new IllegalArgumentException("warm-up must not be negative, measured must be > 0");
      }
    }

    /**
     * The defaults for the repository at or above {@code start}: its corpus and documented
     * differences, one thread per processor, {@link #DEFAULT_WARMUP} warm-up and {@link
     * #DEFAULT_MEASURED} measured per engine. The verdict check before the measurement already runs
     * every case through both engines, so a short warm-up suffices and the whole run stays within
     * about two minutes, most of it the HL7 validator loading the FHIR core.
     */
    public static Settings defaults(Path start) {
      Path corpus = OracleCorpus.find(start);
      if (corpus == null) {
        throw new IllegalArgumentException(
            "No oracle corpus (" + OracleCorpus.SOURCE_FOLDER + ") at or above " + start);
      }
      return new Settings(
          corpus,
          differencesFor(corpus),
          Runtime.getRuntime().availableProcessors(),
          DEFAULT_WARMUP,
          DEFAULT_MEASURED);
    }

    /** The documented differences of the repository holding {@code corpus}, or null. */
    public static Path differencesFor(Path corpus) {
      Path root = corpus.toAbsolutePath().normalize();
      for (int i = 0; i < Path.of(OracleCorpus.SOURCE_FOLDER).getNameCount() && root != null; i++) {
        root = root.getParent(); // validators/src/test/resources/oracle -> repository root
      }
      Path doc = root == null ? null : root.resolve(KnownDifferences.DOCUMENT);
      return doc != null && Files.isRegularFile(doc) ? doc : null;
    }
  }

  /**
   * One engine's measurement.
   *
   * @param validated resources validated in the measured period
   * @param seconds the measured period
   */
  public record Throughput(String engine, long validated, double seconds) {

    public double perSecond() {
      return validated / seconds;
    }
  }

  /**
   * The outcome.
   *
   * @param unexplained cases on which the engines disagree without a documented reason
   */
  public record Result(Throughput own, Throughput hl7, int unexplained) {

    public double ratio() {
      return own.perSecond() / hl7.perSecond();
    }

    /** The closing line: {@code validate: own=<N>/s hl7=<N>/s ratio=<R>}. */
    public String line() {
      return String.format(
          Locale.ROOT,
          "validate: own=%d/s hl7=%d/s ratio=%.1f",
          Math.round(own.perSecond()),
          Math.round(hl7.perSecond()),
          ratio());
    }
  }

  private final PrintWriter out;

  /** A benchmark reporting its progress to {@code out}. */
  public ValidationBenchmark(PrintWriter out) {
    this.out = out;
  }

  /**
   * Runs the benchmark with Polku's shared structural validator and a new HL7 validator; the last
   * line it prints is {@link Result#line()}.
   */
  public Result run(Settings settings) {
    long t = System.nanoTime();
    ResourceValidator own = PolkuValidators.structural();
    say("own: Polku's structural engine compiled from the model (%.1f s)%n", since(t));
    t = System.nanoTime();
    Hl7Validator hl7 = new Hl7Validator(PolkuValidators.fhirContext());
    say(
        "hl7: HL7 validator set up with the model package and the FHIR R5 core (%.1f s)%n",
        since(t));
    return run(settings, own, hl7);
  }

  /**
   * Runs the benchmark with the given engines (an HL7 validator that is already loaded is reused:
   * loading the FHIR core takes most of a run); the last line it prints is {@link Result#line()}.
   *
   * <p>Polku's engine is warmed up and measured for the configured periods, going round the corpus
   * as often as it can. The HL7 validator, two orders of magnitude slower, is warmed up for the
   * same period and then measured over exactly one pass of the corpus, whose verdicts are also the
   * ones compared with Polku's: one pass serves both, which keeps a default run short.
   */
  public Result run(Settings settings, ResourceValidator own, Hl7Validator hl7) {
    long start = System.nanoTime();
    say("corpus: %s%n", settings.corpus());
    List<OracleCase> cases = OracleCorpus.load(settings.corpus()).cases();
    long bytes = cases.stream().mapToLong(c -> c.json().length).sum();
    say(
        "corpus: %d resources, %d KiB, %d generated (%.1f s)%n",
        cases.size(), bytes / 1024, count(cases, OracleCase.Kind.GENERATED), since(start));

    ValidationOptions options =
        new ValidationOptions(OracleCorpus.AS_OF, ReferenceResolver.none(), false);
    byte[][] json = cases.stream().map(OracleCase::json).toArray(byte[][]::new);
    String[] text = cases.stream().map(OracleCase::text).toArray(String[]::new);
    String[] profiles = cases.stream().map(OracleCase::profile).toArray(String[]::new);
    int[] order = order(cases.size());

    Throughput ownResult = measure("own", settings, order, i -> own.validate(json[i], options));

    long t = System.nanoTime();
    hl7.validate(text[0], profiles[0]); // the first validation generates snapshots
    say("hl7: first validation (%.1f s)%n", since(t));
    say("hl7: warming up for %.1f s%n", settings.warmup().toMillis() / 1000.0);
    runFor(
        settings.warmup(),
        settings.threads(),
        order,
        i -> hl7.validate(text[i], profiles[i]),
        "hl7 warm-up");
    say("hl7: measuring one pass over the corpus (%d resources)%n", cases.size());
    Hl7Validator.Hl7Verdict[] verdicts = new Hl7Validator.Hl7Verdict[cases.size()];
    long passStart = System.nanoTime();
    runPass(settings.threads(), order, i -> verdicts[i] = hl7.validate(text[i], profiles[i]));
    Throughput hl7Result = new Throughput("hl7", cases.size(), since(passStart));

    for (Throughput r : List.of(ownResult, hl7Result)) {
      say(
          "%s: %d resources in %.1f s on %d threads: %.1f resources/s, %.3f ms per resource"
              + " per thread%n",
          r.engine(),
          r.validated(),
          r.seconds(),
          settings.threads(),
          r.perSecond(),
          1000.0 * settings.threads() / r.perSecond());
    }
    int unexplained = compareVerdicts(settings, cases, own, hl7, List.of(verdicts));
    Result result = new Result(ownResult, hl7Result, unexplained);
    say("%s%n", result.line());
    return result;
  }

  /**
   * Sets the HL7 verdicts against Polku's; returns the number of disagreements the documented
   * differences do not explain, each of which it prints.
   */
  private int compareVerdicts(
      Settings settings,
      List<OracleCase> cases,
      ResourceValidator own,
      Hl7Validator hl7,
      List<Hl7Validator.Hl7Verdict> hl7Verdicts) {
    KnownDifferences known =
        settings.differences() == null
            ? KnownDifferences.none()
            : KnownDifferences.read(settings.differences());
    OracleComparison.Result verdicts =
        new OracleComparison(own, hl7, known).compare(cases, hl7Verdicts);
    List<OracleComparison.Outcome> unexplained = verdicts.unexplained();
    say(
        "verdicts: %d identical, %d documented differences (%s), %d unexplained%n",
        cases.size() - verdicts.explained().size() - unexplained.size(),
        verdicts.explained().size(),
        settings.differences() == null ? "no document" : settings.differences().getFileName(),
        unexplained.size());
    unexplained.forEach(o -> say("  %s%n", o.describe().replace("\n", "\n  ")));
    return unexplained.size();
  }

  /**
   * Runs {@code task} over the corpus on the configured threads: first for the warm-up period, then
   * for the measured one. Threads take cases from one shared sequence (a seeded permutation,
   * repeated), so every engine sees the same mix of small and large resources.
   */
  private Throughput measure(String engine, Settings settings, int[] order, IntConsumer task) {
    say("%s: warming up for %.1f s%n", engine, settings.warmup().toMillis() / 1000.0);
    runFor(settings.warmup(), settings.threads(), order, task, engine + " warm-up");
    say("%s: measuring for %.1f s%n", engine, settings.measured().toMillis() / 1000.0);
    long start = System.nanoTime();
    long validated = runFor(settings.measured(), settings.threads(), order, task, engine);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Throughput(engine, validated, seconds);
  }

  /** Runs {@code task} once for every case, in the seeded order, on {@code threads} threads. */
  private static void runPass(int threads, int[] order, IntConsumer task) {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      Thread thread =
          new Thread(
              guarded(
                  failure,
                  () -> {
                    for (int k = next.getAndIncrement();
                        k < order.length;
                        k = next.getAndIncrement()) {
                      task.accept(order[k]);
                    }
                  }),
              "bench-pass-" + w);
      thread.start();
      workers.add(thread);
    }
    for (Thread thread : workers) {
      join(thread, 0);
    }
    rethrow(failure);
  }

  private long runFor(Duration period, int threads, int[] order, IntConsumer task, String label) {
    AtomicLong next = new AtomicLong();
    AtomicLong done = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long deadline = System.nanoTime() + period.toNanos();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      Thread thread =
          new Thread(
              guarded(
                  failure,
                  () -> {
                    // At least one resource per thread, so that even a period shorter than one
                    // validation yields a rate (and a ratio) rather than zero.
                    do {
                      task.accept(order[(int) (next.getAndIncrement() % order.length)]);
                      done.incrementAndGet();
                    } while (System.nanoTime() < deadline);
                  }),
              "bench-" + label + "-" + w);
      thread.start();
      workers.add(thread);
    }
    long reportEvery = Duration.ofSeconds(10).toNanos();
    long nextReport = System.nanoTime() + reportEvery;
    for (Thread thread : workers) {
      while (thread.isAlive()) {
        join(thread, Math.max(1, (nextReport - System.nanoTime()) / 1_000_000));
        if (System.nanoTime() >= nextReport && System.nanoTime() < deadline) {
          say("  %s: %d validated%n", label, done.get());
          nextReport += reportEvery;
        }
      }
    }
    rethrow(failure);
    return done.get();
  }

  /** {@code work}, recording its failure (the first one of all workers) instead of losing it. */
  private static Runnable guarded(AtomicReference<Throwable> failure, Runnable work) {
    return () -> {
      try {
        work.run();
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
      }
    };
  }

  private static void rethrow(AtomicReference<Throwable> failure) {
    Throwable e = failure.get();
    if (e != null) {
      throw new IllegalStateException("A validating thread failed", e);
    }
  }

  /** Prints a line of progress at once: a benchmark's output is watched while it runs. */
  private void say(String format, Object... args) {
    out.printf(Locale.ROOT, format, args);
    out.flush();
  }

  private static void join(Thread thread, long millis) {
    try {
      thread.join(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private static int[] order(int size) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(20_251_128L));
    return order.stream().mapToInt(Integer::intValue).toArray();
  }

  private static long count(List<OracleCase> cases, OracleCase.Kind kind) {
    return cases.stream().filter(c -> c.kind() == kind).count();
  }

  private static double since(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
