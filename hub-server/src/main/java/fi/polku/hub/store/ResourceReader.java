package fi.polku.hub.store;

import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read side: read, vread, history and basic search, each in a read-only transaction. Missing
 * records are {@link HubException}s with 404/410 codes.
 */
public final class ResourceReader {

  private final TransactionTemplate readOnly;
  private final ResourceStore store;
  private final ResourceDecoder decoder;

  /**
   * A reader.
   *
   * @param readOnly read-only transactions
   */
  public ResourceReader(
      TransactionTemplate readOnly, ResourceStore store, ResourceDecoder decoder) {
    this.readOnly = readOnly;
    this.store = store;
    this.decoder = decoder;
  }

  /** The current version of {@code type/id}; 404 if it never existed, 410 if deleted. */
  public IBaseResource read(String type, String id) {
    StoredVersion v =
        readOnly.execute(
            s ->
                store
                    .current(type, id)
                    .map(ResourceEntity::toStored)
                    .orElseThrow(() -> notFound(type, id)));
    if (v.deleted()) {
      throw new HubException(HubCodes.GONE, Map.of("resource", type + "/" + id));
    }
    return decoder.decode(v);
  }

  /**
   * Version {@code version} of {@code type/id}; 404 if none, 410 if that version is a tombstone.
   */
  public IBaseResource vread(String type, String id, int version) {
    StoredVersion v =
        readOnly.execute(
            s ->
                store
                    .version(type, id, version)
                    .orElseThrow(
                        () ->
                            new HubException(
                                HubCodes.VERSION_NOT_FOUND,
                                Map.of(
                                    "resource",
                                    type + "/" + id,
                                    "version",
                                    Integer.toString(version)))));
    if (v.deleted()) {
      throw new HubException(HubCodes.GONE, Map.of("resource", type + "/" + id));
    }
    return decoder.decode(v);
  }

  /** Whether {@code type/id} has ever existed (for instance history: 404 otherwise). */
  public boolean exists(String type, String id) {
    return Boolean.TRUE.equals(readOnly.execute(s -> store.current(type, id).isPresent()));
  }

  /**
   * A page of history, newest first (see {@link ResourceStore#history}); tombstones as versions
   * without content.
   */
  public List<StoredVersion> history(
      String type, String id, Instant since, HistoryPosition after, int count) {
    return readOnly.execute(s -> store.history(type, id, since, after, count));
  }

  /** Total size of a history. */
  public long historyCount(String type, String id, Instant since) {
    Long n = readOnly.execute(s -> store.historyCount(type, id, since));
    return n == null ? 0 : n;
  }

  /**
   * A page of basic search results.
   *
   * @param resources the page's resources, in pid order
   * @param lastPid the pid of the page's last resource, where the next page starts; null when the
   *     page is empty
   */
  public record Page(List<IBaseResource> resources, Long lastPid) {}

  /**
   * A page of basic search results in pid order: up to {@code count} resources whose pid is above
   * {@code afterPid} (from the first when null).
   */
  public Page search(String type, SearchCriteria c, Long afterPid, int count) {
    List<StoredVersion> rows =
        readOnly.execute(
            s -> {
              List<StoredVersion> out = new ArrayList<>();
              for (ResourceEntity e : store.search(type, c, afterPid, count)) {
                out.add(e.toStored());
              }
              return out;
            });
    List<IBaseResource> out = new ArrayList<>(rows.size());
    for (StoredVersion v : rows) {
      out.add(decoder.decode(v));
    }
    return new Page(out, rows.isEmpty() ? null : rows.get(rows.size() - 1).pid());
  }

  /**
   * The current, not deleted {@code type} resources carrying any of {@code keys} (system and
   * value), in pid order, each once. Plain identifier-table reads: a load asks this for every
   * Bundle, mostly of records not stored yet, which then costs one indexed read and no entity
   * loading.
   */
  public List<IBaseResource> byIdentifiers(
      String type, Collection<StoredContent.IdentifierKey> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    List<StoredVersion> rows =
        readOnly.execute(
            s -> {
              Set<Long> pids = new TreeSet<>();
              store.pidsByIdentifiers(type, keys).values().forEach(pids::addAll);
              List<StoredVersion> out = new ArrayList<>(pids.size());
              if (pids.isEmpty()) {
                return out;
              }
              Map<Long, ResourceEntity> found = store.byPids(pids);
              for (Long pid : pids) {
                ResourceEntity e = found.get(pid);
                if (e != null && !e.deleted() && e.type().equals(type)) {
                  out.add(e.toStored());
                }
              }
              return out;
            });
    List<IBaseResource> out = new ArrayList<>(rows.size());
    for (StoredVersion v : rows) {
      out.add(decoder.decode(v));
    }
    return out;
  }

  /** Total number of basic search results. */
  public long count(String type, SearchCriteria c) {
    Long n = readOnly.execute(s -> store.count(type, c));
    return n == null ? 0 : n;
  }

  /** The resource of a stored version (not a tombstone). */
  public IBaseResource decode(StoredVersion v) {
    return decoder.decode(v);
  }

  private static HubException notFound(String type, String id) {
    return new HubException(HubCodes.NOT_FOUND, Map.of("resource", type + "/" + id));
  }
}
