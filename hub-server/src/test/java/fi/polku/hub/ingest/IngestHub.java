package fi.polku.hub.ingest;

import fi.polku.hub.app.PolkuApplication;
import fi.polku.mapping.codes.MappingCodes;
import fi.polku.mapping.load.LoadEngine;
import fi.polku.mapping.load.LoadReport;
import fi.polku.mapping.load.LoadRequest;
import fi.polku.mapping.load.LoadSettings;
import fi.polku.mapping.spec.SpecLoader;
import fi.polku.mapping.transform.MappingCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A hub of its own on H2 for the loading tests, with a real Camel load engine writing into it
 * through {@link InProcessHubPort}.
 */
final class IngestHub implements AutoCloseable {

  private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

  final Path data;
  final ConfigurableApplicationContext context;
  final InProcessHubPort port;
  final LoadEngine engine = new LoadEngine();
  final String base;

  IngestHub() {
    try {
      data = Files.createTempDirectory("polku-ingest-it");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("polku.data", data.toString());
    props.put("polku.server.port", 0);
    // Small enough for the inbox test's ZIP bomb to pass it quickly; the exports are far smaller.
    props.put("polku.load.max-archive-size", "4MB");
    context = PolkuApplication.start(props, "--logging.level.root=WARN");
    port = context.getBean(InProcessHubPort.class);
    int http = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    base = "http://127.0.0.1:" + http + "/fhir";
  }

  /** The repository root (tests run in hub-server/). */
  static Path root() {
    return Path.of("..").toAbsolutePath().normalize();
  }

  static Path samples() {
    return root().resolve("samples/data");
  }

  LoadReport load(String mapping, Map<String, String> params, Path... inputs) {
    return load(MappingCompiler.compile(SpecLoader.resolve(mapping), params), false, inputs);
  }

  LoadReport load(
      fi.polku.mapping.transform.CompiledMapping mapping, boolean full, Path... inputs) {
    return load(mapping, full, LoadSettings.DEFAULT_BATCH_SIZE, inputs);
  }

  /** A load in transactions of {@code batch} records. */
  LoadReport load(String mapping, Map<String, String> params, int batch, Path... inputs) {
    return load(MappingCompiler.compile(SpecLoader.resolve(mapping), params), false, batch, inputs);
  }

  private LoadReport load(
      fi.polku.mapping.transform.CompiledMapping mapping, boolean full, int batch, Path... inputs) {
    List<String> in = new ArrayList<>();
    for (Path p : inputs) {
      in.add(p.toString());
    }
    LoadRequest r = LoadRequest.of(mapping, in);
    return engine.run(
        full ? r.full() : r,
        port,
        LoadSettings.defaults(data.resolve("loads")).withBatchSize(batch));
  }

  /** The rows of a run's dead-letter file (without the header), or none. */
  static List<DeadLetter> deadLetters(LoadReport report) {
    return report.deadLetters() == null
        ? new ArrayList<>()
        : deadLetters(Path.of(report.deadLetters()));
  }

  /** The rows of a dead-letter CSV; none when it does not exist (a run without rejections). */
  static List<DeadLetter> deadLetters(Path csv) {
    List<DeadLetter> out = new ArrayList<>();
    if (!Files.exists(csv)) {
      return out;
    }
    try {
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        List<String> f = fields(line);
        out.add(new DeadLetter(f.get(0), f.get(1), f.get(2), f.get(4), f.get(7)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ;-separated fields of a line, "-quoted where needed ("" inside quotes). */
  static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ';') {
        out.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    out.add(f.toString());
    return out;
  }

  /** The total a search through the REST API (so through the search index) answers. */
  int searchTotal(String query) {
    HttpResponse<String> r;
    try {
      r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/" + query)).build(),
                  HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("The search " + query + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted searching " + query, e);
    }
    Matcher m = TOTAL.matcher(r.body());
    if (r.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException(
          "The search " + query + " answered " + r.statusCode() + ": " + r.body());
    }
    return Integer.parseInt(m.group(1));
  }

  /** One dead letter: where it came from, the code and the English message. */
  record DeadLetter(String file, String line, String entity, String code, String messageEn) {

    /** {@code <file name>:<line>}, as {@link #registerFaults} keys them. */
    String where() {
      return fileName(file) + ":" + line;
    }
  }

  /**
   * The faults injected into a city's register export (its {@code faults.csv}), as {@code <file
   * name>:<line>} with the code each must be rejected with.
   */
  static Map<String, String> registerFaults(Path city) {
    Map<String, String> codes =
        Map.of(
            "impossible-date", MappingCodes.INVALID_DATE.code(),
            "unknown-code", MappingCodes.UNKNOWN_CODE.code(),
            "dangling-key", MappingCodes.DANGLING_REFERENCE.code(),
            "duplicate-key", MappingCodes.DUPLICATE_KEY.code(),
            "missing-value", MappingCodes.REQUIRED_VALUE_MISSING.code());
    Map<String, String> expected = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(city.resolve("faults.csv"))) {
        List<String> f = fields(line);
        if (f.get(0).startsWith("register/")) {
          expected.put(fileName(f.get(0)) + ":" + f.get(1), codes.get(f.get(4)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return expected;
  }

  /** The last part of a path written with / or \. */
  static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash < 0 ? path : path.substring(slash + 1);
  }

  @Override
  public void close() {
    engine.close();
    context.close();
    try {
      org.springframework.util.FileSystemUtils.deleteRecursively(data);
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove the test hub's data folder " + data, e);
    }
  }
}
