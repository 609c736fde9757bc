package fi.polku.hub.cli;

import fi.polku.hub.app.PolkuApplication;
import fi.polku.hub.bench.SearchBench;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code polku bench search}: indexing throughput and search latencies. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Generate synthetic resources into a fresh embedded hub (H2 + Lucene), report the",
      "indexing throughput, then time ten representative searches. The last line is",
      "search: resources=<N> p50=<ms> p95=<ms> p99=<ms>."
    })
final class BenchSearchCommand implements Callable<Integer>, StartsHub {

  @Option(
      names = "--resources",
      defaultValue = "1000000",
      description = "Resources to generate (default ${DEFAULT-VALUE}).")
  int resources;

  @Option(
      names = "--runs",
      defaultValue = "50",
      description = "Timed runs of each query (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--deep-page",
      defaultValue = "50",
      description = "Page the deep-cursor query fetches (default ${DEFAULT-VALUE}).")
  int deepPage;

  @Option(
      names = "--data",
      description = {
        "Data folder (default: a new temporary folder). When it already holds the",
        "resources of an earlier run with the same --resources, they are reused",
        "(no generation); otherwise it must be empty."
      })
  Path data;

  @Override
  public Integer call() {
    Path folder = data != null ? data : temporary();
    Map<String, Object> overrides = new LinkedHashMap<>();
    overrides.put("polku.data", folder.toString());
    overrides.put("polku.server.port", 0);
    try (ConfigurableApplicationContext ctx = PolkuApplication.start(overrides)) {
      int port = ((ServletWebServerApplicationContext) ctx).getWebServer().getPort();
      SearchBench bench = SearchBench.of(ctx, "http://127.0.0.1:" + port + "/fhir", System.out);
      System.out.printf("bench search: data in %s%n", folder);
      long existing = bench.existing();
      if (existing == 0) {
        bench.load(resources, 42);
      } else if (existing == resources) {
        System.out.printf(
            "bench search: reusing the %d resources already in %s%n", existing, folder);
      } else {
        System.err.printf(
            "bench search: %s holds %d resources, not %d; use an empty folder%n",
            folder, existing, resources);
        return 1;
      }
      bench.run(resources, runs, deepPage, 7);
    }
    return 0;
  }

  private static Path temporary() {
    try {
      return Files.createTempDirectory("polku-bench");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a data folder for the benchmark", e);
    }
  }
}
