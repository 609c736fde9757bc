package fi.polku.hub.cli;

import fi.polku.hub.app.PolkuProperties;
import fi.polku.hub.app.StartupFailure;
import fi.polku.hub.model.HubModel;
import fi.polku.hub.problem.StartupCodes;
import fi.polku.mapping.hub.HubPort;
import fi.polku.mapping.hub.HubUnavailableException;
import fi.polku.mapping.hub.RemoteHubPort;
import fi.polku.mapping.load.LoadReport;
import fi.polku.mapping.spec.SpecException;
import fi.polku.mapping.transform.CompiledMapping;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code polku load}: loads a legacy export into the hub. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Load a legacy export with a mapping: a built-in one (koski, student-register,",
      "ecec-database, organisation-register) or a spec file (docs/mappings.md).",
      "In-process into the embedded hub of --data by default; with --hub over HTTP.",
      "Ends with: loaded: read=<N> created=<N> updated=<N> unchanged=<N> rejected=<N>"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the run ended (rejected records are in its report and dead letters)",
      "1:the hub could not be reached or started (its POLKU-HUB-10nn code says why), or an"
          + " input could not be used (a damaged or refused ZIP archive: POLKU-VAL-0831..0837)",
      "2:the mapping cannot be used, a path does not exist, or a polku.* setting is invalid"
          + " (POLKU-HUB-1002)",
      "3:no input file matches any entity of the mapping"
    })
final class LoadCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<mapping>", description = "Mapping name or spec file.")
  String mapping;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "<path>",
      description =
          "Export files or folders; for SQL mappings one database (.sql, .mv.db, JDBC URL).")
  List<String> paths;

  @Option(names = "--hub", description = "Base URL of a running hub (http://host:8080/fhir).")
  String hub;

  @Option(
      names = "--data",
      description = "Data folder: the embedded hub's database, load reports (default ./data).")
  Path data = Path.of("data");

  @Option(
      names = {"-p", "--param"},
      paramLabel = "NAME=VALUE",
      description = "A run parameter of the mapping (municipality=092).")
  Map<String, String> parameters = new LinkedHashMap<>();

  @Option(names = "--full", description = "Read an incremental SQL source from the start.")
  boolean full;

  @CommandLine.Mixin BatchOption batch;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Told after POLKU-HUB-1001: the data folder's hub is running, and takes loads over HTTP. */
  private static final String LOAD_OVER_HTTP =
      "to load into the hub that runs on this data folder, give its URL: --hub"
          + " http://127.0.0.1:<port>/fhir";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CompiledMapping compiled;
    try {
      compiled = Loader.compile(mapping, parameters);
    } catch (SpecException e) {
      err.println("polku load: the mapping " + mapping + " cannot be used:");
      err.println(e.getMessage());
      return 2;
    }
    for (String p : paths) {
      if (!p.startsWith("jdbc:") && !Files.exists(Path.of(p))) {
        err.println("polku load: no such file or folder: " + p);
        return 2;
      }
    }
    PolkuProperties.Load remoteLoad;
    try {
      remoteLoad = hub == null ? null : loadSettingsOfTheEnvironment();
    } catch (BindException e) {
      // Told as a hub tells an invalid setting when it starts (POLKU-HUB-1002), and status 2.
      StartupFailures.tell("polku load", StartupFailure.explained(e), err, Map.of());
      return 2;
    }
    EmbeddedHub started;
    try {
      started = hub == null ? EmbeddedHub.start(data, false, true) : null;
    } catch (RuntimeException e) {
      // The line names the code. An invalid setting is status 2, as with --hub; any other hub
      // that cannot start is the documented status 1.
      int status =
          StartupFailures.tell(
              "polku load", e, err, Map.of(StartupCodes.DATA_FOLDER_IN_USE, LOAD_OVER_HTTP));
      return status == StartupCodes.SETTING_INVALID.exitStatus() ? status : StartupFailures.FAILED;
    }
    ConsoleProgress progress = new ConsoleProgress(out, ConsoleProgress.isTerminal());
    LoadReport report;
    try (EmbeddedHub embedded = started;
        HubPort port =
            hub == null ? embedded.port() : new RemoteHubPort(HubModel.newFhirContext(), hub);
        Loader loader =
            new Loader(
                port,
                data,
                batch.records(),
                embedded == null ? remoteLoad : embedded.properties().load())) {
      report = loader.load(compiled, paths, progress, full);
      progress.finish();
      out.println("report: " + loader.runFolder(report).resolve("report.txt"));
      // The report's text ends with the summary line: the command's last line.
      out.print(report.toText());
    } catch (HubUnavailableException | IllegalArgumentException e) {
      progress.finish();
      err.println("polku load: " + e.getMessage());
      return 1;
    }
    out.flush();
    return status(report, err);
  }

  /** The status of a run that ended: 3 when no input matched, which its notes explain. */
  private static int status(LoadReport report, PrintWriter err) {
    if (report.foundNoInput()) {
      // Nothing matched: most likely the wrong folder, or files named otherwise than the spec's
      // entities say. A scheduled load must not pass for done.
      err.println(
          "polku load: no input file matches the mapping's entities ("
              + String.join(", ", report.entitiesWithoutInput())
              + "); see the notes above");
      err.flush();
      return 3;
    }
    return 0;
  }

  /**
   * The {@code polku.load.*} settings of this process's environment ({@code
   * POLKU_LOAD_MAX_ARCHIVE_SIZE}, {@code -Dpolku.load.max-archive-size}), bound as the hub binds
   * them: a load into a remote hub starts no hub of its own to read them.
   */
  static PolkuProperties.Load loadSettingsOfTheEnvironment() {
    return Binder.get(new StandardEnvironment())
        .bindOrCreate("polku.load", PolkuProperties.Load.class);
  }
}
