package fi.polku.hub.cli;

import fi.polku.hub.app.PolkuApplication;
import fi.polku.hub.index.IndexMaintenance;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code polku reindex}: rebuilds the search index from the database, then exits. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild the search index from the database (e.g. after a model change), then exit.",
      "Stop the hub first when it uses the embedded index: one process owns that folder.",
      "Every polku.* property (docs/operations.md) can also be given as --polku.x.y=value."
    })
final class ReindexCommand implements Callable<Integer>, StartsHub {

  @Option(
      names = "--data",
      description = "Data folder of the embedded database and index (default: polku.data).")
  Path data;

  @picocli.CommandLine.Unmatched String[] springArgs = new String[0];

  @Override
  public Integer call() {
    Map<String, Object> overrides = new LinkedHashMap<>();
    if (data != null) {
      overrides.put("polku.data", data.toString());
    }
    // No web server (a serving hub's port may be taken), and no start-up check: the rebuild below
    // does the whole work once.
    overrides.put("spring.main.web-application-type", "none");
    overrides.put("polku.search.rebuild-on-start", false);
    try (ConfigurableApplicationContext ctx = PolkuApplication.start(overrides, springArgs)) {
      IndexMaintenance.Report r = ctx.getBean(IndexMaintenance.class).rebuild();
      System.out.printf(
          "reindex: resources=%d millis=%d per-second=%.0f%n",
          r.resources(), r.millis(), r.perSecond());
    }
    return 0;
  }
}
