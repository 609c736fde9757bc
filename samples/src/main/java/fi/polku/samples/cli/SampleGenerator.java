package fi.polku.samples.cli;

import fi.polku.samples.ecec.EcecDatabase;
import fi.polku.samples.ecec.EcecWriter;
import fi.polku.samples.generate.Output;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line of the synthetic-data generator.
 *
 * <pre>
 * ./mvnw -q -pl samples compile exec:java -Dexec.args="--learners 1000 --out /tmp/polku-samples"
 * </pre>
 */
@Command(
    name = "sample-generator",
    mixinStandardHelpOptions = true,
    version = "Polku sample generator 1",
    description =
        "Generates legacy exports (student register CSV files and an ECEC database script) of"
            + " synthetic learners for the five seed cities. The same options always give the same"
            + " bytes.")
public final class SampleGenerator implements Callable<Integer> {

  @Option(
      names = "--learners",
      defaultValue = "1000",
      description =
          "Learners in total, shared among the cities by population (default: ${DEFAULT-VALUE}).")
  int learners;

  @Option(
      names = "--seed",
      defaultValue = "" + Settings.DEFAULT_SEED,
      description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, description = "Output folder (created if missing).")
  Path out;

  @Option(
      names = "--cities",
      split = ",",
      defaultValue = "092,049,564,837,853",
      description = "Municipality codes of the cities to generate (default: ${DEFAULT-VALUE}).")
  List<String> cities;

  @Option(
      names = "--fault-rate",
      defaultValue = "0",
      description =
          "Share of rows given a realistic fault, recorded in faults.csv (default: ${DEFAULT-VALUE}).")
  double faultRate;

  @Option(
      names = "--h2",
      description =
          "Also load each ECEC script into an H2 database file (needs H2 on the classpath).")
  boolean h2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the generator and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line. */
  public static CommandLine commandLine() {
    return new CommandLine(new SampleGenerator());
  }

  @Override
  public Integer call() throws Exception {
    Settings settings;
    try {
      settings = new Settings(learners, seed, cities, faultRate);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Files.createDirectories(out);
    AtomicLong bytes = new AtomicLong();
    long started = System.nanoTime();
    List<SampleSet.CityResult> results = SampleSet.write(settings, counting(out, bytes));
    PrintWriter printer = spec.commandLine().getOut();
    for (SampleSet.CityResult r : results) {
      printer.printf(
          Locale.ROOT,
          "%s: %d learners (%d pupils, %d ECEC children), %d faults%n",
          r.city().folder(),
          r.learners(),
          r.pupils(),
          r.ececChildren(),
          r.faults());
      if (h2) {
        try {
          printer.println(
              "  " + EcecDatabase.toFile(out.resolve(r.city().folder()).resolve(EcecWriter.PATH)));
        } catch (SQLException e) {
          printer.flush();
          spec.commandLine().getErr().println("--h2: " + e.getMessage());
          return 1;
        }
      }
    }
    printer.printf(
        Locale.ROOT,
        "%d bytes in %s (%.1f s); cities %s%n",
        bytes.get(),
        out,
        (System.nanoTime() - started) / 1e9,
        String.join(",", settings.cities()));
    printer.flush();
    return 0;
  }

  /** Files under a folder; counts the bytes written. */
  static Output counting(Path root, AtomicLong bytes) {
    return path -> {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
      return new FilterOutputStream(raw) {
        @Override
        public void write(int b) throws IOException {
          out.write(b);
          bytes.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          bytes.addAndGet(len);
        }
      };
    };
  }
}
