package fi.polku.mapping.load;

import fi.polku.mapping.hub.HubPort;
import fi.polku.mapping.transform.CompiledMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.FileEndpoint;
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
 * multi-file export (a register's CSV files) is dropped as one ZIP file, or its files together:
 * each is then a run of its own, and files that arrive in one poll are loaded in the dependency
 * order of the mapping ({@link InboxOrder}). A JSON document or an SQL script is dropped as it is.
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
    FileEndpoint files =
        getContext()
            .getEndpoint(
                "file:"
                    + inbox
                    + "?recursive=true&minDepth=2&maxDepth=2"
                    + "&readLock=changed&readLockMinAge=500&readLockCheckInterval=200"
                    + "&exclude=^(mapping\\.properties|\\..*)$"
                    + "&move=.done/${date:now:yyyyMMdd-HHmmss}-${file:onlyname}"
                    + "&moveFailed=.failed/${file:onlyname}"
                    + "&delay=500",
                FileEndpoint.class);
    // Files that arrive together load in the dependency order of their folder's mapping.
    files.setSorter(new InboxOrder());
    from(files).routeId("polku-inbox").process(this::load);
  }

  private void load(Exchange exchange) throws IOException {
    Path file =
        Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class)).toAbsolutePath();
    CompiledMapping mapping = InboxFolder.of(file.getParent()).compile();
    // A ZIP (a multi-file export) is extracted by the engine, as for any load.
    LoadReport report =
        engine.run(LoadRequest.of(mapping, List.of(file.toString())), hub, settings);
    keep(file, report);
    LOG.info("Inbox file {} loaded: {}", file.getFileName(), report.summaryLine());
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
