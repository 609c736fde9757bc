package fi.polku.hub.cli;

import fi.polku.hub.app.PolkuApplication;
import fi.polku.hub.app.PolkuProperties;
import fi.polku.hub.index.IndexMaintenance;
import fi.polku.hub.ingest.InProcessHubPort;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the hub inside a command: with its REST API (demo) or without (load, bench). */
final class EmbeddedHub implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private EmbeddedHub(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /**
   * Starts the hub on {@code data} (its embedded H2 database and load folders).
   *
   * @param web whether to serve the REST API (and watch the inbox)
   * @param quiet whether to keep the hub's log to warnings (a command's own output stays readable)
   */
  static EmbeddedHub start(Path data, boolean web, boolean quiet, String... extra) {
    Map<String, Object> overrides = new LinkedHashMap<>();
    overrides.put("polku.data", data.toString());
    List<String> args = new ArrayList<>(List.of(extra));
    if (!web) {
      args.add("--spring.main.web-application-type=none");
    }
    if (quiet) {
      args.add("--logging.level.root=WARN");
      args.add("--spring.main.log-startup-info=false");
    }
    return new EmbeddedHub(PolkuApplication.start(overrides, args.toArray(String[]::new)));
  }

  /** The loader's port into this hub. */
  InProcessHubPort port() {
    return context.getBean(InProcessHubPort.class);
  }

  /** The hub's settings, as it bound them from every source. */
  PolkuProperties properties() {
    return context.getBean(PolkuProperties.class);
  }

  /** Merges the search index's segments; how many milliseconds it took. */
  long mergeIndex() {
    return context.getBean(IndexMaintenance.class).mergeSegments();
  }

  @Override
  public void close() {
    context.close();
  }
}
