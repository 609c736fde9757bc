package fi.polku.hub.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code polku bench}: benchmarks of Polku's components. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Run a benchmark of a Polku component.",
    subcommands = {BenchValidateCommand.class})
final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // No benchmark named: list them rather than run all (each takes minutes).
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
