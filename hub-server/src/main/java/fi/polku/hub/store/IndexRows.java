package fi.polku.hub.store;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * New identifier and link rows of a batch, inserted with plain JDBC batches on the transaction's
 * connection. They are write-only from the batch's point of view (nothing reads them back in the
 * transaction, and only the resource rows are indexed for search), so they need none of the
 * persistence context's work per row (events, snapshots, flush ordering); a Bundle writes several
 * of them per resource. A unique-key violation surfaces as Hibernate's constraint exception, as it
 * did when the rows were entities, for the write engine to retry.
 */
final class IndexRows {

  private static final String INSERT_IDENTIFIER =
      "INSERT INTO resource_identifier (res_type, id_system, id_value, uniq_scope, pid)"
          + " VALUES (?, ?, ?, ?, ?)";
  private static final String INSERT_LINK =
      "INSERT INTO resource_link (src_pid, src_path, target, src_type) VALUES (?, ?, ?, ?)";

  /** JDBC statements per batch: as Hibernate's {@code hibernate.jdbc.batch_size}. */
  private static final int BATCH = 100;

  private record Identifier(String type, String system, String value, long scope, long pid) {}

  private record Link(long pid, String path, String target, String type) {}

  private final List<Identifier> identifiers = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();

  /** An identifier row of {@code pid}; a unique one is scoped to the whole type. */
  void identifier(String type, String system, String value, boolean unique, long pid) {
    identifiers.add(new Identifier(type, system, value, unique ? 0L : pid, pid));
  }

  /** A link row of {@code pid}. */
  void link(long pid, String type, String path, String target) {
    links.add(new Link(pid, path, target, type));
  }

  /** Inserts the rows on {@code em}'s connection, after its pending changes were flushed. */
  void insert(EntityManager em) {
    if (identifiers.isEmpty() && links.isEmpty()) {
      return;
    }
    em.unwrap(Session.class)
        .doWork(
            c -> {
              if (!identifiers.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(INSERT_IDENTIFIER)) {
                  int n = 0;
                  for (Identifier i : identifiers) {
                    ps.setString(1, i.type());
                    ps.setString(2, i.system());
                    ps.setString(3, i.value());
                    ps.setLong(4, i.scope());
                    ps.setLong(5, i.pid());
                    ps.addBatch();
                    if (++n % BATCH == 0) {
                      ps.executeBatch();
                    }
                  }
                  ps.executeBatch();
                }
              }
              if (!links.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(INSERT_LINK)) {
                  int n = 0;
                  for (Link l : links) {
                    ps.setLong(1, l.pid());
                    ps.setString(2, l.path());
                    ps.setString(3, l.target());
                    ps.setString(4, l.type());
                    ps.addBatch();
                    if (++n % BATCH == 0) {
                      ps.executeBatch();
                    }
                  }
                  ps.executeBatch();
                }
              }
            });
    identifiers.clear();
    links.clear();
  }
}
