package fi.polku.mapping.hub;

import java.util.List;

/**
 * The outcome of a transaction: committed with one outcome per entry, or rejected as a whole.
 *
 * @param committed whether everything was written
 * @param entries per-entry outcomes, in entry order (committed transactions)
 * @param failedEntry index of the entry that failed, or -1 if the hub did not say
 * @param issues why the transaction failed
 */
public record TransactionResult(
    boolean committed, List<EntryOutcome> entries, int failedEntry, List<HubIssue> issues) {

  /** A committed transaction. */
  public static TransactionResult committed(List<EntryOutcome> entries) {
    return new TransactionResult(true, List.copyOf(entries), -1, List.of());
  }

  /** A rejected transaction. */
  public static TransactionResult rejected(int failedEntry, List<HubIssue> issues) {
    return new TransactionResult(false, List.of(), failedEntry, List.copyOf(issues));
  }
}
