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
final class BenchLoadCommand implements Callable<Integer> {

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

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
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
    PrintWriter out = spec.commandLine().getOut();
    boolean temporary = work == null;
    Path folder = temporary ? Files.createTempDirectory("polku-bench-load-") : work;
    try {
      Path export = folder.resolve("export");
      out.println("bench load: generating " + learners + " learners for city " + city);
      out.flush();
      // Shared with the warm-up exports, which then share no identity code with this one.
      RunIds run = new RunIds();
      SampleSet.write(
          new Settings(learners, Settings.DEFAULT_SEED, List.of(city), 0.0),
          SampleSet.folder(export),
          run);
      Path cityFolder = LoadWarmup.only(export);
      CityExport cityExport = CityExport.of(cityFolder);
      Path data = folder.resolve("data");
      LoadReport report;
      long peakMb;
      try (EmbeddedHub hub = EmbeddedHub.start(data, false, true);
          Loader loader = new Loader(hub.port(), data)) {
        if (warmup.none()) {
          out.println("warm-up: none");
        } else {
          out.println(
              "warm-up: loading other cities' exports until the JIT compiler has settled (at most "
                  + warmupMax
                  + " s)");
          out.flush();
          new LoadWarmup(out, folder, run, city, warmupLearners, Duration.ofSeconds(warmupMax))
              .run(loader);
        }
        out.println("bench load: loading " + cityFolder.resolve("register"));
        out.flush();
        System.gc();
        resetPeaks();
        ConsoleProgress progress = new ConsoleProgress(out, ConsoleProgress.isTerminal());
        report =
            loader.load(
                Loader.compile("student-register", cityExport.registerParameters()),
                List.of(cityExport.register().toString()),
                progress,
                false);
        progress.finish();
        peakMb = peakHeapMb();
      }
      out.print(report.toText());
      Counts r = report.resourceTotals();
      long resources = r.created() + r.updated() + r.unchanged();
      out.printf(
          Locale.ROOT,
          "load: rows=%d resources=%d rate=%.0f/s maxheap=%d%n",
          report.totals().read(),
          resources,
          report.resourcesPerSecond(),
          peakMb);
      out.flush();
      return 0;
    } finally {
      if (temporary) {
        delete(folder);
      }
    }
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
