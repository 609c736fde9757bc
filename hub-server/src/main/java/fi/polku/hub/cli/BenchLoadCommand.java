package fi.polku.hub.cli;

import fi.polku.mapping.load.Counts;
import fi.polku.mapping.load.LoadReport;
import fi.polku.samples.cli.SampleSet;
import fi.polku.samples.cli.Settings;
import fi.polku.samples.generate.RunIds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code polku bench load}: generates a city's student-register export with the sample generator
 * and loads it in-process into a fresh embedded hub, with validation, then prints {@code load:
 * rows=<N> resources=<N> rate=<N>/s maxheap=<MB>} (rate in resources per second; maxheap the peak
 * heap in use during the load, which stays flat because the load streams). By default other cities'
 * exports are loaded first, not counted, until the JIT compiler has settled ({@link LoadWarmup}):
 * the figures are the steady state.
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a city export (samples generator) and load it into a fresh embedded hub.",
      "Ends with: load: rows=<N> resources=<N> rate=<N>/s maxheap=<MB>"
    })
final class BenchLoadCommand implements Callable<Integer>, StartsHub {

  @Option(names = "--learners", description = "Learners to generate (default 2000).")
  int learners = 2_000;

  @Option(names = "--city", description = "Municipality code of the city (default 092).")
  String city = "092";

  @Option(names = "--work", description = "Work folder (default: a temporary folder, removed).")
  Path work;

  @Option(
      names = "--warmup",
      defaultValue = "auto",
      converter = WarmupOption.AutoOrNone.class,
      paramLabel = "auto|none",
      description =
          "Before the measured load, load exports of the other seed cities (not counted) until the"
              + " JIT compiler has settled (auto), or not at all (none) (default: ${DEFAULT-VALUE}).")
  WarmupOption warmup;

  @Option(
      names = "--warmup-max",
      defaultValue = "300",
      paramLabel = "SECONDS",
      description = "Longest warm-up; checked between warm-up loads (default: ${DEFAULT-VALUE}).")
  int warmupMax;

  @Option(
      names = "--warmup-learners",
      defaultValue = "" + LoadWarmup.DEFAULT_ROUND_LEARNERS,
      description = "Learners of each warm-up export (default: ${DEFAULT-VALUE}).")
  int warmupLearners;

  @CommandLine.Mixin BatchOption batch;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    checkOptions();
    PrintWriter out = spec.commandLine().getOut();
    boolean temporary = work == null;
    Path folder = temporary ? Files.createTempDirectory("polku-bench-load-") : work;
    try {
      // Shared with the warm-up exports, which then share no identity code with this one.
      RunIds run = new RunIds();
      CityExport export = generate(out, folder.resolve("export"), run);
      Measured m = measure(out, folder, run, export);
      out.print(m.report().toText());
      Counts r = m.report().resourceTotals();
      long resources = r.created() + r.updated() + r.unchanged();
      // As for bench ingest: a warm-up that ended too early shows in the compiler's time.
      out.printf(Locale.ROOT, "load: jit compile time while measured: %d ms%n", m.compileMillis());
      // The steadier figure on a shared machine, as for bench ingest.
      out.printf(
          Locale.ROOT,
          "load: cpu per 1000 resources: %d ms%n",
          Math.round(m.cpuNanos() / 1e6 * 1000 / Math.max(1, resources)));
      out.printf(
          Locale.ROOT,
          "load: rows=%d resources=%d rate=%.0f/s maxheap=%d%n",
          m.report().totals().read(),
          resources,
          m.report().resourcesPerSecond(),
          m.peakMb());
      out.flush();
      return 0;
    } finally {
      if (temporary) {
        delete(folder);
      }
    }
  }

  /** The measured load's report, the peak heap in use and the process's CPU time during it. */
  private record Measured(LoadReport report, long peakMb, long cpuNanos, long compileMillis) {}

  private void checkOptions() {
    if (warmupMax < 0 || warmupMax > BenchIngestCommand.MAX_WARMUP_SECONDS) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--warmup-max must be within 0.."
              + BenchIngestCommand.MAX_WARMUP_SECONDS
              + " seconds: "
              + warmupMax);
    }
    if (warmupLearners < 1 || warmupLearners > LoadWarmup.MAX_ROUND_LEARNERS) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--warmup-learners must be within 1.."
              + LoadWarmup.MAX_ROUND_LEARNERS
              + ": "
              + warmupLearners);
    }
  }

  /** Writes the measured city's export into {@code export}. */
  private CityExport generate(PrintWriter out, Path export, RunIds run) throws IOException {
    out.println("bench load: generating " + learners + " learners for city " + city);
    out.flush();
    SampleSet.write(
        new Settings(learners, Settings.DEFAULT_SEED, List.of(city), 0.0),
        SampleSet.folder(export),
        run);
    return CityExport.of(LoadWarmup.only(export));
  }

  /** Starts a fresh hub in {@code folder}, warms it up as asked, then loads {@code export}. */
  private Measured measure(PrintWriter out, Path folder, RunIds run, CityExport export)
      throws IOException {
    Path data = folder.resolve("data");
    try (EmbeddedHub hub = EmbeddedHub.start(data, false, true);
        Loader loader = new Loader(hub.port(), data, batch.records(), hub.properties().load())) {
      warmUp(out, folder, run, loader, hub::mergeIndex);
      out.println("bench load: loading " + export.register());
      out.flush();
      System.gc();
      resetPeaks();
      ConsoleProgress progress = new ConsoleProgress(out, ConsoleProgress.isTerminal());
      long jit = ProcessCpu.compileMillis();
      long cpu = ProcessCpu.nanos();
      LoadReport report = loader.loadRegister(export, progress);
      cpu = ProcessCpu.nanos() - cpu;
      jit = ProcessCpu.compileMillis() - jit;
      progress.finish();
      return new Measured(report, peakHeapMb(), cpu, jit);
    }
  }

  private void warmUp(
      PrintWriter out, Path folder, RunIds run, Loader loader, LongSupplier mergeIndex)
      throws IOException {
    if (warmup.none()) {
      out.println("warm-up: none");
      return;
    }
    out.println(
        "warm-up: loading other cities' exports until the JIT compiler has settled (at most "
            + warmupMax
            + " s)");
    out.flush();
    new LoadWarmup(out, folder, run, city, warmupLearners, Duration.ofSeconds(warmupMax))
        .run(loader, mergeIndex);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peak usage since {@link #resetPeaks()}, in MB. */
  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }

  static void delete(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove the work folder " + root, e);
    }
  }
}
