package fi.polku.hub.cli;

import fi.polku.hub.ingest.InProcessHubPort;
import fi.polku.mapping.load.LoadReport;
import fi.polku.mapping.load.LoadSettings;
import fi.polku.mapping.load.ProgressListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code polku demo}: starts the hub on its embedded defaults, loads the committed sample data (the
 * organisation register, the five cities' student-register exports and ECEC databases, the KOSKI
 * examples), prints what was loaded and requests to try, and keeps serving. Loads are idempotent: a
 * second demo on the same data folder finds everything unchanged.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Start the hub (embedded H2 under --data), load the sample data of samples/data",
      "(organisations, five cities' register exports and ECEC databases, KOSKI examples)",
      "and keep serving at http://localhost:<port>/fhir."
    },
    exitCodeListHeading = "%nExit status:%n",
    // With the start-up codes' statuses (StartsHub).
    exitCodeList = {"2:no sample data was found"})
final class DemoCommand implements Callable<Integer>, StartsHub {

  @Option(names = "--data", description = "Data folder (default ./data).")
  Path data = Path.of("data");

  @Option(names = "--port", description = "HTTP port (default 8080).")
  int port = 8080;

  @Option(
      names = "--samples",
      description = "The sample data folder (default: samples/data of the Polku checkout).")
  Path samples;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** One load of the demo and what it did. */
  private record Step(String what, LoadReport report) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path sampleData = samples != null ? samples : findSamples();
    if (sampleData == null || !Files.isDirectory(sampleData.resolve("cities"))) {
      spec.commandLine()
          .getErr()
          .println(
              "polku demo: no sample data found; run it from the Polku checkout or give --samples");
      return 2;
    }
    out.println("polku demo: starting the hub (data folder " + data.toAbsolutePath() + ")");
    out.flush();
    // A hub that cannot start is told by StartupFailures, as serve's.
    EmbeddedHub hub = EmbeddedHub.start(data, true, true, "--polku.server.port=" + port);
    InProcessHubPort port = hub.port();
    List<Step> steps = new ArrayList<>();
    try (Loader loader =
        new Loader(port, data, LoadSettings.DEFAULT_BATCH_SIZE, hub.properties().load())) {
      steps.add(
          load(
              out,
              loader,
              "organisation register",
              "organisation-register",
              Map.of(),
              sampleData.resolve("organisaatio/hierarkia.json")));
      for (Path city : cities(sampleData.resolve("cities"))) {
        CityExport export = CityExport.of(city);
        String name = city.getFileName().toString();
        steps.add(
            load(
                out,
                loader,
                name + " student register",
                "student-register",
                export.registerParameters(),
                export.register()));
        steps.add(
            load(
                out,
                loader,
                name + " ECEC database",
                "ecec-database",
                export.ececParameters(),
                export.ecec()));
      }
      steps.add(
          load(
              out,
              loader,
              "KOSKI examples",
              "koski",
              Map.of(),
              sampleData.resolve("koski-examples")));
    }
    summary(out, steps, port);
    out.flush();
    // The web server's threads keep the JVM running.
    return PolkuCommand.SERVING;
  }

  private Step load(
      PrintWriter out,
      Loader loader,
      String what,
      String mapping,
      Map<String, String> parameters,
      Path input) {
    LoadReport r =
        loader.load(
            Loader.compile(mapping, parameters),
            List.of(input.toString()),
            ProgressListener.none(),
            false);
    out.printf(Locale.ROOT, "  %-34s %s%n", what, r.summaryLine());
    out.flush();
    return new Step(what, r);
  }

  private void summary(PrintWriter out, List<Step> steps, InProcessHubPort hub) {
    Map<String, long[]> byType = new LinkedHashMap<>();
    long rejected = 0;
    for (Step s : steps) {
      rejected += s.report().totals().rejected();
      s.report()
          .types()
          .forEach(
              (type, c) -> {
                long[] t = byType.computeIfAbsent(type, k -> new long[3]);
                t[0] += c.created();
                t[1] += c.updated();
                t[2] += c.unchanged();
              });
    }
    out.println();
    out.println("Loaded resources (created / updated / unchanged):");
    byType.forEach(
        (type, t) -> out.printf(Locale.ROOT, "  %-22s %7d %7d %7d%n", type, t[0], t[1], t[2]));
    out.println(
        "Rejected records: "
            + rejected
            + " (reasons in each run's dead-letters.csv under "
            + data.resolve("loads/runs").toAbsolutePath()
            + ")");
    String base = "http://localhost:" + port + "/fhir";
    out.println();
    out.println("The hub serves at " + base + ". Try:");
    out.println("  curl -s '" + base + "/metadata'");
    out.println("  curl -s '" + base + "/Learner?_count=5'");
    List<String> learners = hub.ids("Learner", 1);
    if (!learners.isEmpty()) {
      out.println("  curl -s '" + base + "/Learner/" + learners.get(0) + "'");
    }
    out.println("  curl -s '" + base + "/Organization?_count=5'");
    out.println(
        "  curl -s '" + base + "/ConceptMap/register-absence-reason/$translate?sourceCode=S'");
    out.println("  curl -s '" + base + "/Provenance?_count=5'");
    out.println("Stop the hub with Ctrl+C.");
  }

  private static List<Path> cities(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isDirectory)
          .filter(p -> Files.isDirectory(p.resolve("register")))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }

  /** samples/data of the checkout: the launcher says where that is, else the working folder. */
  private static Path findSamples() {
    List<Path> candidates = new ArrayList<>();
    String home = System.getProperty("polku-root");
    if (home != null) {
      candidates.add(Path.of(home, "samples", "data"));
    }
    candidates.add(Path.of("samples", "data"));
    for (Path p : candidates) {
      if (Files.isDirectory(p)) {
        return p.toAbsolutePath().normalize();
      }
    }
    return null;
  }
}
