package fi.polku.hub.cli;

import fi.polku.mapping.load.Counts;
import fi.polku.mapping.load.LoadReport;
import fi.polku.mapping.load.ProgressListener;
import fi.polku.samples.cli.SampleSet;
import fi.polku.samples.cli.Settings;
import fi.polku.samples.generate.Cities;
import fi.polku.samples.generate.RunIds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * The warm-up of {@code polku bench load}: loads exports of the other seed cities into the same hub
 * until the JIT compiler has settled ({@link JitSettling}), not counted. Each warm-up export is
 * generated with the measured export's {@link RunIds}, so that no identity code or learner number
 * of the measured export is already in the hub, and for a city of its own, so that no source key is
 * either: the measured load creates what it would create in an empty hub.
 */
final class LoadWarmup {

  /**
   * Default learners per warm-up export. Four exports of 4,000 left the compiler busy (about one
   * core) into the measured load; four of 9,000 brought it down to about half a core.
   */
  static final int DEFAULT_ROUND_LEARNERS = 10_000;

  /** Most learners per warm-up export (a city's identity codes and the disk must suffice). */
  static final int MAX_ROUND_LEARNERS = 50_000;

  private final PrintWriter out;
  private final Path folder;
  private final RunIds run;
  private final String measuredCity;
  private final int roundLearners;
  private final Duration limit;

  /**
   * @param folder where the warm-up exports are generated (each removed after its load)
   * @param run the run-wide identifiers the measured export was generated with
   * @param measuredCity the measured export's city, which the warm-up leaves out
   * @param roundLearners learners of each warm-up export
   * @param limit the longest warm-up (checked between loads)
   */
  LoadWarmup(
      PrintWriter out,
      Path folder,
      RunIds run,
      String measuredCity,
      int roundLearners,
      Duration limit) {
    this.out = out;
    this.folder = folder;
    this.run = run;
    this.measuredCity = measuredCity;
    this.roundLearners = roundLearners;
    this.limit = limit;
  }

  /**
   * Runs the warm-up loads with {@code loader}; prints a line per load and one at the end. After
   * the first load, if the warm-up goes on, the search index's segments are merged once with {@code
   * mergeIndex} (answering the milliseconds it took): the first merges of a run compile Lucene's
   * merge code, which would otherwise come into the measured load with the index's first background
   * merge (as {@link IngestWarmup} does for {@code bench ingest}).
   */
  void run(Loader loader, LongSupplier mergeIndex) throws IOException {
    JitSettling jit =
        new JitSettling(
            JitSettling.jvmOrNeverSettled(), JitSettling.WINDOW, JitSettling.SHARE, limit);
    long t0 = System.nanoTime();
    long resources = 0;
    int loads = 0;
    long mergedAfter = -1;
    boolean goOn = true;
    List<String> cities = Cities.CODES.stream().filter(c -> !c.equals(measuredCity)).toList();
    for (String city : cities) {
      LoadReport report = load(loader, city, jit);
      Counts r = report.resourceTotals();
      resources += r.created() + r.updated() + r.unchanged();
      loads++;
      synchronized (jit) {
        goOn = jit.keepWarming();
        out.printf(
            Locale.ROOT, "warm-up: city %s resources=%d %s%n", city, resources, jit.status());
      }
      out.flush();
      if (loads == 1 && (goOn || jit.settled())) {
        mergedAfter = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
        out.printf(
            Locale.ROOT, "warm-up: index segments merged in %d ms%n", mergeIndex.getAsLong());
        synchronized (jit) {
          // The merge brought new code: the compiler must settle again.
          jit.rewatch();
        }
        goOn = true;
      }
      if (!goOn) {
        break;
      }
    }
    synchronized (jit) {
      out.printf(
          Locale.ROOT,
          "warm-up: loads=%d resources=%d seconds=%d; %s%s%s%n",
          loads,
          resources,
          Duration.ofNanos(System.nanoTime() - t0).toSeconds(),
          goOn ? "stopped: every other seed city was loaded; " : "",
          mergedAfter >= 0 ? "index merged after " + mergedAfter + "s; " : "",
          jit.outcome());
    }
    out.flush();
  }

  private LoadReport load(Loader loader, String city, JitSettling jit) throws IOException {
    Path export = folder.resolve("warmup-" + city);
    SampleSet.write(
        new Settings(roundLearners, Settings.DEFAULT_SEED, List.of(city), 0.0),
        SampleSet.folder(export),
        run);
    try {
      CityExport cityExport = CityExport.of(only(export));
      ConsoleProgress console = new ConsoleProgress(out, ConsoleProgress.isTerminal());
      // Readings while the load runs, so that "settled" means the last few seconds of it.
      ProgressListener progress =
          p -> {
            synchronized (jit) {
              jit.keepWarming();
            }
            console.progress(p);
          };
      LoadReport report = loader.loadRegister(cityExport, progress);
      console.finish();
      return report;
    } finally {
      BenchLoadCommand.delete(export);
    }
  }

  static Path only(Path export) throws IOException {
    try (Stream<Path> s = Files.list(export)) {
      return s.filter(Files::isDirectory).findFirst().orElseThrow();
    }
  }
}
