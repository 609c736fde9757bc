package fi.polku.hub.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code polku} command line in the test's JVM and keeps what it printed. */
final class CliRun {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs {@code polku args…}; returns the exit code. */
  int run(String... args) {
    CommandLine cli = PolkuCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  /** Standard output so far. */
  String out() {
    return out.toString();
  }

  /** Standard error so far. */
  String err() {
    return err.toString();
  }
}
