package fi.polku.mapping.load;

import fi.polku.mapping.hub.HubPort;
import fi.polku.mapping.spec.LoadedSpec;
import fi.polku.mapping.spec.SpecLoader;
import fi.polku.mapping.transform.CompiledMapping;
import fi.polku.mapping.transform.MappingCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches an inbox folder (server mode): a file dropped into {@code <inbox>/<mapping>/} is loaded
 * with that mapping and moved to {@code <inbox>/.done/} (or {@code .failed/}); the run's report and
 * dead letters are kept in {@code <inbox>/.reports/<file>-<run id>/}.
 *
 * <p>The folder name is a built-in mapping ({@code koski}, {@code student-register}, ...) unless a
 * {@code mapping.properties} in the folder says otherwise: {@code mapping=} a built-in name or a
 * spec file, and {@code param.<name>=} the run parameters ({@code param.municipality=092}). A
 * multi-file export (a register's CSV files) is dropped as one ZIP file; a JSON document or an SQL
 * script as it is.
 */
public final class InboxRoute extends RouteBuilder {

  private static final Logger LOG = LoggerFactory.getLogger(InboxRoute.class);

  private final Path inbox;
  private final LoadEngine engine;
  private final HubPort hub;
  private final LoadSettings settings;

  /** A route loading files dropped into {@code inbox} with {@code engine} into {@code hub}. */
  public InboxRoute(Path inbox, LoadEngine engine, HubPort hub, LoadSettings settings) {
    this.inbox = inbox.toAbsolutePath();
    this.engine = engine;
    this.hub = hub;
    this.settings = settings;
  }

  @Override
  public void configure() {
    from("file:"
            + inbox
            + "?recursive=true&minDepth=2&maxDepth=2"
            + "&readLock=changed&readLockMinAge=500&readLockCheckInterval=200"
            + "&exclude=^(mapping\\.properties|\\..*)$"
            + "&move=.done/${date:now:yyyyMMdd-HHmmss}-${file:onlyname}"
            + "&moveFailed=.failed/${file:onlyname}"
            + "&delay=500")
        .routeId("polku-inbox")
        .process(this::load);
  }

  private void load(Exchange exchange) throws IOException {
    Path file =
        Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class)).toAbsolutePath();
    String folder = file.getParent().getFileName().toString();
    CompiledMapping mapping = mapping(file.getParent(), folder);
    // A ZIP (a multi-file export) is extracted by the engine, as for any load.
    LoadReport report =
        engine.run(LoadRequest.of(mapping, List.of(file.toString())), hub, settings);
    keep(file, report);
    LOG.info("Inbox file {} loaded: {}", file.getFileName(), report.summaryLine());
  }

  private CompiledMapping mapping(Path folder, String name) throws IOException {
    Path props = folder.resolve("mapping.properties");
    String spec = name;
    Map<String, String> params = new LinkedHashMap<>();
    if (Files.exists(props)) {
      Properties p = new Properties();
      try (var in = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
        p.load(in);
      }
      spec = p.getProperty("mapping", name);
      for (String k : p.stringPropertyNames()) {
        if (k.startsWith("param.")) {
          params.put(k.substring("param.".length()), p.getProperty(k));
        }
      }
    }
    LoadedSpec loaded =
        spec.endsWith(".yaml") ? SpecLoader.load(folder.resolve(spec)) : SpecLoader.resolve(spec);
    return MappingCompiler.compile(loaded, params);
  }

  private void keep(Path file, LoadReport report) throws IOException {
    Path target = inbox.resolve(".reports").resolve(file.getFileName() + "-" + report.runId());
    Files.createDirectories(target);
    Path run = settings.runFolder(report.runId());
    for (String name :
        List.of("report.txt", "report.json", "dead-letters.csv", "provenance.json")) {
      Path f = run.resolve(name);
      if (Files.exists(f)) {
        Files.copy(f, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
