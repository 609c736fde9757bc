package fi.polku.hub.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code polku} command line: the entry point of the hub's executable jar. */
@Command(
    name = "polku",
    mixinStandardHelpOptions = true,
    versionProvider = PolkuVersion.class,
    description = {
      "Polku: a FHIR-style data hub for learner data in Finnish municipal education.",
      "Run a subcommand with --help for its options."
    },
    subcommands = {
      ModelCommand.class,
      ServeCommand.class,
      LoadCommand.class,
      ExportCommand.class,
      DemoCommand.class,
      ReindexCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PolkuCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    int status = commandLine().execute(args);
    if (status != SERVING) {
      System.exit(status);
    }
  }

  /** Exit code of commands that keep running (serve): main returns and the server lives on. */
  static final int SERVING = Integer.MIN_VALUE;

  /** Columns of the usage help: the longest description line and its options fit. */
  static final int USAGE_WIDTH = 100;

  /** The configured command line, for tests and embedding. */
  public static CommandLine commandLine() {
    // Picocli wraps at 80 columns by default, which breaks the descriptions' lines mid-sentence.
    CommandLine cli =
        new CommandLine(new PolkuCommand())
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setUsageHelpWidth(USAGE_WIDTH)
            // Every command tells a hub that cannot start in one line, and ends any other failure's
            // stack trace with its root cause.
            .setExecutionExceptionHandler(new StartupFailures());
    StartupFailures.listExitStatuses(cli);
    return cli;
  }

  @Override
  public void run() {
    // No subcommand: show what there is to do rather than failing silently.
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
