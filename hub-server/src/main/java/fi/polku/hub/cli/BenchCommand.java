package fi.polku.hub.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code polku bench}: the benchmarks; each is a subcommand. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks of the hub's parts, with the figures on the last line.",
    subcommands = {BenchLoadCommand.class})
final class BenchCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
