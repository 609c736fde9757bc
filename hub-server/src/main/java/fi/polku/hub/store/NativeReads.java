package fi.polku.hub.store;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** Current versions of one type among some ids: the IN list follows. */
  private static final String CURRENTS =
      "SELECT " + COLUMNS + " FROM resource r WHERE r.res_type = ? AND r.res_id IN (";

  /** As {@link #REFERENCING} for several targets: the target first, then the columns. */
  private static final String REFERENCING_ANY =
      "SELECT l.target, "
          + COLUMNS
          + " FROM resource_link l JOIN resource r ON r.pid = l.src_pid"
          + " WHERE l.src_type = ? AND l.src_path = ? AND r.deleted = FALSE AND l.target IN (";

  /** Rows of {@code resource_identifier} of one type: system, value, pid. */
  private static final String IDENTIFIERS =
      "SELECT i.id_system, i.id_value, i.pid FROM resource_identifier i"
          + " WHERE i.res_type = ? AND i.id_value IN (";

  /** Type and id of resources among some pids: the IN list follows. */
  private static final String IDS_BY_PID =
      "SELECT r.pid, r.res_type, r.res_id FROM resource r WHERE r.pid IN (";

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

  /** Identifier rows of {@code type} with any of {@code values} (at most a few hundred). */
  List<IdentifierRow> identifiers(String type, List<String> values) {
    return queryIn(
        IDENTIFIERS,
        List.of(type),
        values,
        rs -> new IdentifierRow(rs.getString(1), rs.getString(2), rs.getLong(3)));
  }

  /** {@code Type/id} of the resources among {@code pids}, by pid. */
  Map<Long, String> references(List<Long> pids) {
    Map<Long, String> out = new HashMap<>();
    for (Map.Entry<Long, String> e :
        queryIn(
            IDS_BY_PID,
            List.of(),
            pids,
            rs -> Map.entry(rs.getLong(1), rs.getString(2) + '/' + rs.getString(3)))) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  /** The current versions (possibly tombstones) of {@code type} among {@code ids}. */
  List<StoredVersion> currents(String type, List<String> ids) {
    return queryIn(CURRENTS, List.of(type), ids, rs -> row(rs, 0));
  }

  /**
   * Current, not deleted versions of {@code sourceType} whose {@code path} refers to any of {@code
   * targets}, each with the target it refers to, by pid.
   */
  List<Map.Entry<String, StoredVersion>> referencing(
      String sourceType, String path, List<String> targets) {
    List<Map.Entry<String, StoredVersion>> out =
        queryIn(
            REFERENCING_ANY,
            List.of(sourceType, path),
            targets,
            rs -> Map.entry(rs.getString(1), row(rs, 1)));
    out.sort(java.util.Comparator.comparingLong(e -> e.getValue().pid()));
    return out;
  }

  /** Reads one row of a result. */
  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /**
   * Rows of {@code sqlHead} (ending in an open IN list) with {@code params} and then {@code values}
   * (at most a few hundred) in the list. The list is padded to a power of two by repeating a value,
   * so a few statement texts serve every Bundle and stay in the drivers' statement caches.
   */
  private <T> List<T> queryIn(
      String sqlHead, List<String> params, List<?> values, RowReader<T> reader) {
    if (values.isEmpty()) {
      return new ArrayList<>();
    }
    int size = Integer.highestOneBit(values.size());
    if (size < values.size()) {
      size <<= 1;
    }
    StringBuilder sql = new StringBuilder(sqlHead);
    for (int i = 0; i < size; i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    String text = sql.append(')').toString();
    int padded = size;
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(text)) {
                for (int i = 0; i < params.size(); i++) {
                  ps.setString(i + 1, params.get(i));
                }
                for (int i = 0; i < padded; i++) {
                  // Strings or pids: each bound as its own SQL type, so the index is used.
                  ps.setObject(params.size() + i + 1, values.get(Math.min(i, values.size() - 1)));
                }
                try (ResultSet rs = ps.executeQuery()) {
                  List<T> out = new ArrayList<>();
                  while (rs.next()) {
                    out.add(reader.read(rs));
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
                    out.add(row(rs, 0));
                  }
                  return out;
                }
              }
            });
  }

  /** The version in the {@link #COLUMNS} after the first {@code skip} columns of a row. */
  private static StoredVersion row(ResultSet rs, int skip) throws SQLException {
    return new StoredVersion(
        rs.getString(skip + 2),
        rs.getString(skip + 3),
        rs.getInt(skip + 4),
        rs.getBoolean(skip + 5),
        rs.getObject(skip + 6, OffsetDateTime.class).toInstant(),
        rs.getString(skip + 7),
        rs.getLong(skip + 1));
  }
}
