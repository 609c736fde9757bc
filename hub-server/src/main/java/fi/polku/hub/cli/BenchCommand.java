package fi.polku.hub.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code polku bench}: measurements of the hub; each one is a subcommand. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the hub. Each subcommand prints its figures; its last line is the summary.",
      "Run a subcommand with --help for its options."
    },
    subcommands = {
      BenchValidateCommand.class,
      BenchIngestCommand.class,
      BenchLoadCommand.class,
      BenchSearchCommand.class
    })
final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // No subcommand: list the benchmarks rather than doing nothing.
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
