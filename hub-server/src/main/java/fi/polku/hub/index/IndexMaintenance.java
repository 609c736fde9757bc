package fi.polku.hub.index;

import fi.polku.hub.store.ResourceEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the search index in step with the database. {@link #rebuild} re-indexes every current
 * resource ({@code polku reindex}, a model change). {@link #converge} runs at start-up: an index
 * built for other search parameters (another model version) or never completed is rebuilt; after a
 * crash (the previous run did not stop cleanly) the resources written since that run started are
 * re-indexed, since the embedded index commits on an interval and a crash loses what was not yet
 * committed. The state lives in a small file next to the index; a cluster index (Elasticsearch with
 * outbox polling) replays its outbox instead and has no state file.
 */
public final class IndexMaintenance {

  /** Name of the state file in the index folder. */
  public static final String STATE_FILE = "polku-index.properties";

  private static final Logger LOG = LoggerFactory.getLogger(IndexMaintenance.class);
  private static final String FINGERPRINT = "fingerprint";
  private static final String OPENED = "opened";
  private static final String CLEAN = "clean";
  private static final int BATCH = 500;

  private final EntityManagerFactory emf;
  private final String fingerprint;
  private final Path state;
  private final Duration margin;

  /**
   * Maintenance of the index of {@code emf}.
   *
   * @param fingerprint the current search parameters' fingerprint
   * @param state the state file; null for a cluster index (no start-up checks)
   * @param margin how far before the crashed run's start to re-index (clock and commit slack)
   */
  public IndexMaintenance(
      EntityManagerFactory emf, String fingerprint, Path state, Duration margin) {
    this.emf = emf;
    this.fingerprint = fingerprint;
    this.state = state;
    this.margin = margin;
  }

  /** What a rebuild or catch-up did. */
  public record Report(String kind, long resources, long millis) {

    /** Resources indexed per second. */
    public double perSecond() {
      return millis == 0 ? resources : resources * 1000.0 / millis;
    }
  }

  /** Re-indexes every current resource from scratch; searches miss results while it runs. */
  public Report rebuild() {
    long start = System.nanoTime();
    try {
      Search.mapping(emf)
          .scope(ResourceEntity.class)
          .massIndexer()
          .purgeAllOnStart(true)
          .threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors()))
          .batchSizeToLoadObjects(200)
          .startAndWait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Re-indexing was interrupted", e);
    }
    long n = count();
    writeState(true, System.currentTimeMillis());
    Report r = new Report("rebuild", n, (System.nanoTime() - start) / 1_000_000);
    LOG.info("Search index rebuilt: {} resources in {} ms", r.resources(), r.millis());
    return r;
  }

  /**
   * Merges the index's segments into as few as the backend makes (one for the embedded index) and
   * waits for it; searches and writes go on meanwhile. Costly on a large index: for maintenance
   * windows and benchmark warm-ups, not for every load.
   *
   * @return how long the merge took, in milliseconds
   */
  public long mergeSegments() {
    long start = System.nanoTime();
    Search.mapping(emf).scope(ResourceEntity.class).workspace().mergeSegments();
    return (System.nanoTime() - start) / 1_000_000;
  }

  /**
   * Brings the index in step with the database at start-up (see the class comment) and marks the
   * run as open; {@link #closed} marks it as stopped cleanly.
   *
   * @return what was done; null when the index was in step
   */
  public Report converge() {
    if (state == null) {
      return null;
    }
    Properties p = readState();
    Report r = null;
    if (p == null || !fingerprint.equals(p.getProperty(FINGERPRINT))) {
      LOG.info(
          "Search index {}: rebuilding",
          p == null ? "not built yet" : "built for other search parameters");
      r = rebuild();
    } else if (!Boolean.parseBoolean(p.getProperty(CLEAN))) {
      Instant since =
          Instant.ofEpochMilli(Long.parseLong(p.getProperty(OPENED, "0"))).minus(margin);
      r = reindexSince(since);
    }
    writeState(false, System.currentTimeMillis());
    return r;
  }

  /** Marks a clean stop: the next start need not catch up. */
  public void closed() {
    if (state != null && Files.exists(state)) {
      // Commit what the index holds first: "clean" must not claim changes still in memory.
      Search.mapping(emf).scope(ResourceEntity.class).workspace().flush();
      Properties p = readState();
      writeState(true, Long.parseLong(p == null ? "0" : p.getProperty(OPENED, "0")));
    }
  }

  /**
   * Re-indexes the resources written at or after {@code since}, tombstones included (they leave the
   * index), in batches.
   */
  public Report reindexSince(Instant since) {
    long start = System.nanoTime();
    long n = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      EntityManager em = emf.createEntityManager();
      try {
        em.getTransaction().begin();
        List<ResourceEntity> rows =
            em.createQuery(
                    "select r from ResourceEntity r where r.lastUpdated >= :since and r.pid > :after"
                        + " order by r.pid",
                    ResourceEntity.class)
                .setParameter("since", since)
                .setParameter("after", after)
                .setMaxResults(BATCH)
                .getResultList();
        SearchSession search = Search.session(em);
        for (ResourceEntity row : rows) {
          search.indexingPlan().addOrUpdate(row);
        }
        em.getTransaction().commit();
        n += rows.size();
        if (rows.size() < BATCH) {
          break;
        }
        after = rows.get(rows.size() - 1).pid();
      } finally {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        em.close();
      }
    }
    Report r = new Report("catch-up", n, (System.nanoTime() - start) / 1_000_000);
    LOG.info(
        "Search index caught up after an unclean stop: {} resources written since {} in {} ms",
        n,
        since,
        r.millis());
    return r;
  }

  private long count() {
    EntityManager em = emf.createEntityManager();
    try {
      return em.createQuery(
              "select count(r) from ResourceEntity r where r.deleted = false", Long.class)
          .getSingleResult();
    } finally {
      em.close();
    }
  }

  private Properties readState() {
    if (state == null || !Files.exists(state)) {
      return null;
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(state)) {
      p.load(in);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the search index state " + state, e);
    }
  }

  private void writeState(boolean clean, long opened) {
    if (state == null) {
      return;
    }
    Properties p = new Properties();
    p.setProperty(FINGERPRINT, fingerprint);
    p.setProperty(OPENED, Long.toString(opened));
    p.setProperty(CLEAN, Boolean.toString(clean));
    try {
      Files.createDirectories(state.getParent());
      Path tmp = state.resolveSibling(state.getFileName() + ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        p.store(out, "Polku search index state");
      }
      Files.move(tmp, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the search index state " + state, e);
    }
  }
}
