package fi.polku.hub.cli;

import fi.polku.mapping.load.Counts;
import fi.polku.mapping.load.LoadReport;
import fi.polku.samples.cli.SampleSet;
import fi.polku.samples.cli.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * heap in use during the load, which stays flat because the load streams).
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

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    boolean temporary = work == null;
    Path folder = temporary ? Files.createTempDirectory("polku-bench-load-") : work;
    try {
      Path export = folder.resolve("export");
      out.println("bench load: generating " + learners + " learners for city " + city);
      out.flush();
      SampleSet.write(
          new Settings(learners, Settings.DEFAULT_SEED, List.of(city), 0.0),
          SampleSet.folder(export));
      Path cityFolder = only(export);
      CityExport cityExport = CityExport.of(cityFolder);
      out.println("bench load: loading " + cityFolder.resolve("register"));
      out.flush();
      Path data = folder.resolve("data");
      LoadReport report;
      long peakMb;
      try (EmbeddedHub hub = EmbeddedHub.start(data, false, true);
          Loader loader = new Loader(hub.port(), data)) {
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

  private static Path only(Path export) throws IOException {
    try (Stream<Path> s = Files.list(export)) {
      return s.filter(Files::isDirectory).findFirst().orElseThrow();
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

  private static void delete(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove the work folder " + root, e);
    }
  }
}
