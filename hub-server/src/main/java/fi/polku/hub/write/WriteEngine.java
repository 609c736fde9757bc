package fi.polku.hub.write;

import ca.uhn.fhir.context.FhirContext;
import fi.polku.hub.index.DeferredIndexing;
import fi.polku.hub.problem.HubCodes;
import fi.polku.hub.problem.HubException;
import fi.polku.hub.store.ContentEncoder;
import fi.polku.hub.store.ResourceEntity;
import fi.polku.hub.store.ResourceStore;
import fi.polku.hub.store.UniqueSystems;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs units of writes all-or-nothing, each in one database transaction. When two clients race
 * (parallel conditional creates of the same record, updates of the same version), the database's
 * unique keys and version checks make one of them fail at flush; that one is rolled back and run
 * again from the start, when it sees the winner's committed row (and answers with it, or with a
 * clean 409/412).
 */
public final class WriteEngine {

  private static final Logger LOG = LoggerFactory.getLogger(WriteEngine.class);
  private static final int ATTEMPTS = 6;
  private static final Set<String> RETRYABLE_SQL_STATES =
      Set.of("23505", "40001", "40P01", "HYT00", "55P03");

  private final FhirContext fhir;
  private final TransactionTemplate tx;
  private final ResourceStore store;
  private final ContentEncoder encoder;
  private final EntryValidator validator;
  private final Slices slices;
  private final UniqueSystems uniqueSystems;
  private final DeferredIndexing apiIndexing;

  /**
   * An engine over {@code store}, with transactions from {@code tx}.
   *
   * @param slices spreads the encoding of a unit's resources over the cores
   * @param apiIndexing how the index changes of units run through {@link #execute(List, boolean)}
   *     become searchable: deferred to the next search, or (null) before the unit is answered
   */
  public WriteEngine(
      FhirContext fhir,
      TransactionTemplate tx,
      ResourceStore store,
      ContentEncoder encoder,
      EntryValidator validator,
      Slices slices,
      UniqueSystems uniqueSystems,
      DeferredIndexing apiIndexing) {
    this.fhir = fhir;
    this.tx = tx;
    this.store = store;
    this.encoder = encoder;
    this.validator = validator;
    this.slices = slices;
    this.uniqueSystems = uniqueSystems;
    this.apiIndexing = apiIndexing;
  }

  /**
   * Executes {@code requests} as one all-or-nothing unit.
   *
   * @param bundle whether the requests are a Bundle's entries (issue locations name the entry)
   * @return one outcome per request, in order
   * @throws HubException when the client must change something (nothing is written then)
   */
  public List<WriteOutcome> execute(List<WriteRequest> requests, boolean bundle) {
    return execute(requests, bundle ? inOrder(requests.size()) : null, apiIndexing);
  }

  /**
   * As {@link #execute(List, boolean)} for some of a Bundle's entries: {@code entries} gives the
   * position in the Bundle of each request, which issue locations name ({@code
   * Bundle.entry[7].resource…}). A Bundle's reads and searches are not writes, and a batch runs
   * each entry as a unit of its own, so a request's place in the unit is not its place in the
   * Bundle.
   */
  public List<WriteOutcome> execute(List<WriteRequest> requests, List<Integer> entries) {
    if (entries.size() != requests.size()) {
      throw new IllegalArgumentException(
          entries.size() + " entry positions for " + requests.size() + " requests");
    }
    return execute(requests, entries, apiIndexing);
  }

  /**
   * As {@link #execute(List, boolean)}, with the unit's index changes made searchable as {@code
   * indexing} decides (a load run's transactions), or before the answer when it is null.
   */
  public List<WriteOutcome> execute(
      List<WriteRequest> requests, boolean bundle, DeferredIndexing indexing) {
    return execute(requests, bundle ? inOrder(requests.size()) : null, indexing);
  }

  /** Positions 0..n-1: requests that are all of a Bundle's entries, in order. */
  private static List<Integer> inOrder(int n) {
    return java.util.stream.IntStream.range(0, n).boxed().toList();
  }

  private List<WriteOutcome> execute(
      List<WriteRequest> requests, List<Integer> entries, DeferredIndexing indexing) {
    RuntimeException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      WriteAttempt unit =
          new WriteAttempt(
              fhir, store, encoder, validator, slices, uniqueSystems, requests, entries);
      try {
        return tx.execute(
            s -> {
              if (indexing != null) {
                indexing.applyToCurrentTransaction();
              }
              return unit.run();
            });
      } catch (RuntimeException e) {
        if (!isRace(e)) {
          throw e;
        }
        unit.undoRewrites();
        last = e;
        LOG.debug("Write attempt {} lost a race ({}); retrying", attempt, e.getClass().getName());
        backOff(attempt);
      }
    }
    throw new HubException(HubCodes.CONCURRENT_WRITE, Map.of(), last);
  }

  /**
   * The error a write of {@code resource} as {@code type} (an update of {@code id}, or a create
   * when it is null) would get because another current resource holds one of its unique
   * identifiers; null when none does. Reads the store: call in a transaction.
   */
  HubException identifierConflict(String type, String id, IBaseResource resource) {
    Long own = id == null ? null : store.current(type, id).map(ResourceEntity::pid).orElse(null);
    return new UniquenessChecks(store, uniqueSystems)
        .conflict(type, own, encoder.identifiers(resource));
  }

  private static boolean isRace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HubException) {
        return false;
      }
      if (t instanceof ConcurrentWriteDetected
          || t instanceof ConstraintViolationException
          || t instanceof OptimisticLockException
          || t instanceof StaleStateException
          || t instanceof PessimisticLockException
          || t instanceof LockAcquisitionException
          || t instanceof ConcurrencyFailureException
          || t instanceof DataIntegrityViolationException) {
        return true;
      }
      if (t instanceof SQLException sql && RETRYABLE_SQL_STATES.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static void backOff(int attempt) {
    // Spread the retries of clients that collided so they do not collide again.
    long micros = ThreadLocalRandom.current().nextLong(1_000, 5_000L * attempt);
    LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(micros));
  }
}
