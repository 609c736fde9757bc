package fi.polku.samples.cli;

import fi.polku.samples.ecec.EcecWriter;
import fi.polku.samples.generate.Allocation;
import fi.polku.samples.generate.Cities;
import fi.polku.samples.generate.City;
import fi.polku.samples.generate.CityPlan;
import fi.polku.samples.generate.EcecChild;
import fi.polku.samples.generate.FaultLog;
import fi.polku.samples.generate.Koodisto;
import fi.polku.samples.generate.Output;
import fi.polku.samples.generate.PopulationGenerator;
import fi.polku.samples.generate.PopulationSink;
import fi.polku.samples.generate.Pupil;
import fi.polku.samples.generate.RunIds;
import fi.polku.samples.generate.SchoolCalendar;
import fi.polku.samples.generate.SchoolClass;
import fi.polku.samples.register.RegisterWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generates a sample set: for each city a folder {@code <code>-<name>/} with {@code
 * register/*.csv}, {@code ecec/ecec.sql} and {@code faults.csv}, and a {@code manifest.txt} at the
 * root with the settings and row counts. Everything streams: memory does not grow with the number
 * of learners.
 */
public final class SampleSet {

  /**
   * What was generated for one city.
   *
   * @param city the city
   * @param learners learners (pupils and ECEC-only children)
   * @param pupils rows of the pupil file
   * @param ececChildren children in the ECEC database (pre-primary pupils with supplementary ECEC
   *     included)
   * @param faults injected faults
   * @param registerRows data rows per register file
   * @param ececRows rows per ECEC table
   */
  public record CityResult(
      City city,
      int learners,
      long pupils,
      long ececChildren,
      long faults,
      Map<String, Long> registerRows,
      Map<String, Long> ececRows) {}

  private SampleSet() {}

  /** Generates the set into the output. */
  public static List<CityResult> write(Settings settings, Output output) throws IOException {
    return write(settings, output, new RunIds());
  }

  /**
   * Generates the set into the output with run-wide identifiers from {@code run}: sets written with
   * the same {@code run} share no identity codes, learner numbers or school numbers, so they can be
   * loaded into one hub side by side (as long as their cities differ, since each city's source keys
   * start from the same numbers). The first set written with a fresh {@code run} is the same as
   * {@link #write(Settings, Output)} writes.
   */
  public static List<CityResult> write(Settings settings, Output output, RunIds run)
      throws IOException {
    Koodisto koodisto = new Koodisto();
    Cities cities = Cities.load(koodisto);
    List<City> selected =
        settings.cities().stream().map(c -> cities.byCode(c).orElseThrow()).toList();
    double[] weights = selected.stream().mapToDouble(City::population).toArray();
    int[] learners = Allocation.split(settings.learners(), weights);
    PopulationGenerator generator = new PopulationGenerator(settings.seed(), koodisto, run);
    List<CityResult> results = new ArrayList<>();
    for (int i = 0; i < selected.size(); i++) {
      City city = selected.get(i);
      Output folder = output.under(city.folder());
      try (FaultLog faults = new FaultLog(folder.open("faults.csv"))) {
        RegisterWriter register =
            new RegisterWriter(folder, faults, settings.seed(), settings.faultRate());
        EcecWriter ecec = new EcecWriter(folder, faults, settings.seed(), settings.faultRate());
        Counter counter = new Counter();
        generator.generate(city, learners[i], PopulationSink.all(register, ecec, counter));
        results.add(
            new CityResult(
                city,
                learners[i],
                counter.pupils,
                counter.children,
                faults.count(),
                register.rows(),
                ecec.rows()));
      }
    }
    writeManifest(settings, results, output);
    return results;
  }

  /** An output into a folder on disk; sub-folders are created as needed. */
  public static Output folder(Path root) {
    return path -> {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    };
  }

  /** The command that regenerates a set with these settings into a folder. */
  public static String command(Settings settings, String folder) {
    return "./mvnw -q -pl samples compile exec:java -Dexec.args=\"--learners "
        + settings.learners()
        + " --seed "
        + settings.seed()
        + " --fault-rate "
        + settings.faultRate()
        + " --cities "
        + String.join(",", settings.cities())
        + " --out "
        + folder
        + "\"";
  }

  private static void writeManifest(Settings settings, List<CityResult> results, Output output)
      throws IOException {
    StringBuilder text = new StringBuilder();
    text.append(
        "# Polku synthetic sample set, generated by fi.polku.samples.cli.SampleGenerator.\n");
    text.append("# Do not edit; regenerate from the repository root with:\n");
    text.append("# ").append(command(settings, "<this folder>")).append('\n');
    text.append("seed=").append(settings.seed()).append('\n');
    text.append("learners=").append(settings.learners()).append('\n');
    text.append("fault-rate=").append(settings.faultRate()).append('\n');
    text.append("cities=").append(String.join(",", settings.cities())).append('\n');
    text.append("export-date=").append(SchoolCalendar.EXPORT_DATE).append('\n');
    for (CityResult r : results) {
      String folder = r.city().folder();
      text.append('\n')
          .append(folder)
          .append(": learners=")
          .append(r.learners())
          .append(" pupils=")
          .append(r.pupils())
          .append(" ecec-children=")
          .append(r.ececChildren())
          .append(" faults=")
          .append(r.faults())
          .append('\n');
      r.registerRows()
          .forEach(
              (file, rows) ->
                  text.append(folder)
                      .append("/register/")
                      .append(file)
                      .append(" rows=")
                      .append(rows)
                      .append('\n'));
      r.ececRows()
          .forEach(
              (table, rows) ->
                  text.append(folder)
                      .append('/')
                      .append(EcecWriter.PATH)
                      .append(' ')
                      .append(table)
                      .append(" rows=")
                      .append(rows)
                      .append('\n'));
    }
    try (OutputStream out = output.open("manifest.txt");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      writer.write(text.toString());
    }
  }

  /** Counts what passes by. */
  private static final class Counter implements PopulationSink {
    long pupils;
    long children;

    @Override
    public void beginCity(CityPlan plan) {}

    @Override
    public void schoolClass(SchoolClass schoolClass) {}

    @Override
    public void pupil(Pupil pupil) {
      pupils++;
    }

    @Override
    public void ececChild(EcecChild child) {
      children++;
    }

    @Override
    public void endCity() {}
  }
}
