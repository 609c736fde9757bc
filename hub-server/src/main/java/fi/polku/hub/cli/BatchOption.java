package fi.polku.hub.cli;

import fi.polku.mapping.load.LoadSettings;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --batch} option of the load commands: how many source records go into one transaction
 * Bundle. Larger batches spend less per record on commits and hold more in memory; a Bundle the hub
 * refuses is split until the refused records are found, and only they are rejected, so the size
 * changes speed and memory, not outcomes.
 */
final class BatchOption {

  /**
   * Most records per batch. A record becomes one or more entries; a remote hub refuses a Bundle of
   * more than {@code polku.limits.max-bundle-entries} entries (default 5000), which the loader then
   * splits at the cost of the refused request.
   */
  static final int MAX = 1_000;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  private int records = LoadSettings.DEFAULT_BATCH_SIZE;

  @Option(
      names = "--batch",
      paramLabel = "RECORDS",
      defaultValue = "" + LoadSettings.DEFAULT_BATCH_SIZE,
      description =
          "Source records per transaction Bundle, 1.."
              + MAX
              + " (default: ${DEFAULT-VALUE}). Keep batch times entries per record within a"
              + " remote hub's polku.limits.max-bundle-entries.")
  void records(int value) {
    if (value < 1 || value > MAX) {
      throw new CommandLine.ParameterException(
          mixee.commandLine(), "--batch must be within 1.." + MAX + ": " + value);
    }
    records = value;
  }

  /** The records per batch the user asked for, or the default. */
  int records() {
    return records;
  }
}
