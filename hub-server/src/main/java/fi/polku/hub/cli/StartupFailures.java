package fi.polku.hub.cli;

import fi.polku.hub.app.StartupFailure;
import java.io.PrintWriter;

/** How the commands that start a hub tell an operator that another program holds what it needs. */
final class StartupFailures {

  private StartupFailures() {}

  /**
   * Tells the {@link StartupFailure} in {@code e} in one line on {@code err}, followed by {@code
   * advice} lines of the command, and returns the code's exit status; rethrows {@code e} when it
   * holds none (picocli prints it and exits with 1).
   */
  static int tell(String command, RuntimeException e, PrintWriter err, String... advice) {
    StartupFailure failure = StartupFailure.in(e).orElseThrow(() -> e);
    err.println("polku " + command + ": " + failure.getMessage());
    for (String line : advice) {
      err.println("polku " + command + ": " + line);
    }
    err.flush();
    return failure.code().exitStatus();
  }
}
