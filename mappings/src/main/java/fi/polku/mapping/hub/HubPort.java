package fi.polku.mapping.hub;

import java.util.Collection;
import java.util.List;

/**
 * What the loader needs from a Polku hub. Two implementations: in-process (in {@code hub-server},
 * calling its write engine directly) and {@link RemoteHubPort} (HTTP, FHIR transaction Bundles).
 *
 * <p>Contract every implementation keeps:
 *
 * <ul>
 *   <li>{@link #transaction} is atomic: every entry is written, or none. Entries are conditional
 *       updates ({@code PUT Learner?identifier=<system>|<value>}) or updates by id; conditional
 *       references ({@code "reference": "Learner?identifier=..."}) are resolved against the entries
 *       of the same transaction first, then against stored resources.
 *   <li>An update whose content equals the current version's is {@link EntryStatus#UNCHANGED} and
 *       writes no version. Content means the resource without {@code id} and {@code meta}: the
 *       loader stamps {@code meta.source} with the run's Provenance, which must not make a re-load
 *       of the same data look changed.
 *   <li>A conditional reference matching nothing fails the transaction with an issue whose code is
 *       {@link #UNRESOLVED_REFERENCE} and whose text contains the condition.
 *   <li>Failures of data are results, never exceptions; {@link HubUnavailableException} means the
 *       hub could not be reached (the run stops).
 * </ul>
 */
public interface HubPort extends AutoCloseable {

  /** The hub's code for a conditional reference that matches no resource. */
  String UNRESOLVED_REFERENCE = "POLKU-HUB-0204";

  /**
   * Readies the resource of one entry for {@link #transaction} ahead of time, on the loader's
   * worker threads rather than on the thread that writes (an in-process port parses it there), and
   * returns what to pass as {@link WriteEntry#prepared}. Null when the port has nothing to do
   * ahead, or {@code json} cannot be readied (the transaction then reads it and reports why).
   */
  default Object prepare(String type, byte[] json) {
    return null;
  }

  /** Writes {@code entries} in one transaction. */
  TransactionResult transaction(List<WriteEntry> entries);

  /** The current versions of {@code type} having any of {@code identifiers}. */
  List<StoredResource> find(String type, Collection<Identifier> identifiers);

  /** The current version of {@code type/id}, or null. */
  StoredResource read(String type, String id);

  /**
   * Stores a conformance resource (a spec's ConceptMaps) under its id, replacing an older version.
   * A hub that does not store such resources answers {@link UploadOutcome#unsupported}.
   */
  UploadOutcome upload(String type, String id, byte[] json);

  /**
   * Waits until everything written through this port is visible to the hub's searches. A load run
   * calls it before it ends, so that a port may let a run's index updates trail its writes (as the
   * in-process port does); a port whose writes are searchable when answered does nothing.
   */
  default void awaitVisible() {}

  /** Releases connections. */
  @Override
  default void close() {}
}
