package fi.polku.hub.store;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Point reads of current versions in plain SQL on the transaction's connection, for the business
 * rules' store lookups ({@code fi.polku.hub.validate.StoreReferenceResolver}): a Bundle's
 * validation makes one or more of them per entry. As JPQL each one paid for Hibernate's query
 * creation (SQM interpretation and translation) and left managed entities behind for every flush of
 * the transaction to dirty-check; these rows are only read and turned into resources. The SQL is
 * constant, so the drivers' own statement caches (H2's per-session query cache, PostgreSQL's
 * server-prepared statements) keep the parsing away too.
 *
 * <p>They read the database, not the persistence context: callers use them before their transaction
 * changes anything (validation comes before a unit is staged), when both agree.
 */
final class NativeReads {

  private static final String COLUMNS =
      "r.pid, r.res_type, r.res_id, r.res_version, r.deleted, r.last_updated, r.res_json";

  private static final String CURRENT =
      "SELECT " + COLUMNS + " FROM resource r WHERE r.res_id = ? AND r.res_type = ?";

  // The link's primary key (src_pid, src_path, target) makes the join yield each resource once.
  private static final String REFERENCING =
      "SELECT "
          + COLUMNS
          + " FROM resource_link l JOIN resource r ON r.pid = l.src_pid"
          + " WHERE l.target = ? AND l.src_type = ? AND l.src_path = ? AND r.deleted = FALSE"
          + " ORDER BY r.pid";

  /** Rows of {@code resource_identifier} of one type: system, value, pid. */
  private static final String IDENTIFIERS =
      "SELECT i.id_system, i.id_value, i.pid FROM resource_identifier i"
          + " WHERE i.res_type = ? AND i.id_value IN (";

  /** A pid holding an identifier. */
  record IdentifierRow(String system, String value, long pid) {}

  private final EntityManager em;

  NativeReads(EntityManager em) {
    this.em = em;
  }

  /** The current version of {@code type/id} (possibly a tombstone). */
  Optional<StoredVersion> current(String type, String id) {
    List<StoredVersion> rows = query(CURRENT, id, type);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** Current, not deleted versions of {@code sourceType} whose {@code path} refers to target. */
  List<StoredVersion> referencing(String sourceType, String path, String target) {
    return query(REFERENCING, target, sourceType, path);
  }

  /**
   * Identifier rows of {@code type} with any of {@code values} (at most a few hundred). The IN list
   * is padded to a power of two by repeating a value, so a few statement texts serve every Bundle
   * and stay in the drivers' statement caches.
   */
  List<IdentifierRow> identifiers(String type, List<String> values) {
    if (values.isEmpty()) {
      return List.of();
    }
    int size = Integer.highestOneBit(values.size());
    if (size < values.size()) {
      size <<= 1;
    }
    StringBuilder sql = new StringBuilder(IDENTIFIERS);
    for (int i = 0; i < size; i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    String text = sql.append(')').toString();
    int padded = size;
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(text)) {
                ps.setString(1, type);
                for (int i = 0; i < padded; i++) {
                  ps.setString(i + 2, values.get(Math.min(i, values.size() - 1)));
                }
                try (ResultSet rs = ps.executeQuery()) {
                  List<IdentifierRow> out = new ArrayList<>();
                  while (rs.next()) {
                    out.add(new IdentifierRow(rs.getString(1), rs.getString(2), rs.getLong(3)));
                  }
                  return out;
                }
              }
            });
  }

  private List<StoredVersion> query(String sql, String... params) {
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                  ps.setString(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                  List<StoredVersion> out = new ArrayList<>();
                  while (rs.next()) {
                    out.add(row(rs));
                  }
                  return out;
                }
              }
            });
  }

  private static StoredVersion row(ResultSet rs) throws SQLException {
    return new StoredVersion(
        rs.getString(2),
        rs.getString(3),
        rs.getInt(4),
        rs.getBoolean(5),
        rs.getObject(6, OffsetDateTime.class).toInstant(),
        rs.getString(7),
        rs.getLong(1));
  }
}
