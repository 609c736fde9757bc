package fi.polku.hub.cli;

import fi.polku.hub.app.PolkuApplication;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code polku serve}: runs the hub until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the hub: the FHIR REST API at http://<bind>:<port>/fhir.",
      "Defaults: embedded H2 database under the data folder, localhost only, port 8080.",
      "Every polku.* property (docs/operations.md) can also be given as --polku.x.y=value."
    },
    // The statuses are the start-up codes' (StartsHub).
    exitCodeListHeading = "%nExit status when the hub cannot start:%n")
final class ServeCommand implements Callable<Integer>, StartsHub {

  @Option(names = "--port", description = "HTTP port (default: polku.server.port, 8080).")
  Integer port;

  @Option(
      names = "--data",
      description = "Data folder for the embedded database (default: polku.data, ./data).")
  Path data;

  @Option(
      names = "--bind",
      description = "Address to listen on (default: polku.server.bind, 127.0.0.1).")
  String bind;

  @picocli.CommandLine.Unmatched String[] springArgs = new String[0];

  @Override
  public Integer call() {
    Map<String, Object> overrides = new LinkedHashMap<>();
    if (port != null) {
      overrides.put("polku.server.port", port);
    }
    if (data != null) {
      overrides.put("polku.data", data.toString());
    }
    if (bind != null) {
      overrides.put("polku.server.bind", bind);
    }
    // A hub that cannot start is told by StartupFailures: the code and what to do in a line for
    // the operator, the code's exit status for a script.
    PolkuApplication.start(overrides, springArgs);
    // The web server's threads keep the JVM running; the command itself is done.
    return PolkuCommand.SERVING;
  }
}
