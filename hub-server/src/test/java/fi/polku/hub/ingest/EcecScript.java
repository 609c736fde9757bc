package fi.polku.hub.ingest;

import fi.polku.mapping.source.SqlDatabases;
import fi.polku.mapping.spec.EntitySpec;
import fi.polku.mapping.spec.SpecLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ECEC database script of a test, and what the built-in {@code ecec-database} spec's incremental
 * reads of it see: the position each table's read ends at, and how many rows a run from given
 * positions reads.
 */
final class EcecScript {

  private final Path script;

  EcecScript(Path script) {
    this.script = script;
  }

  /** Adds {@code sql} to the end of the script, as a later change of the database. */
  void append(String sql) {
    try {
      Files.writeString(
          script, "\n" + sql + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The latest modification time of each incrementally read table: where a full read ends. */
  Map<String, Timestamp> positions() {
    Map<String, Timestamp> out = new LinkedHashMap<>();
    query(
        (c, table, column) -> {
          try (PreparedStatement s =
                  c.prepareStatement("SELECT MAX(" + column + ") FROM " + table);
              ResultSet r = s.executeQuery()) {
            r.next();
            out.put(table, r.getTimestamp(1));
          }
        });
    return out;
  }

  /** The rows a run from {@code positions} reads when it starts {@code overlap} before them. */
  long rowsFrom(Map<String, Timestamp> positions, Duration overlap) {
    long[] n = {0};
    query(
        (c, table, column) -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + column + " >= ?")) {
            s.setTimestamp(
                1, Timestamp.valueOf(positions.get(table).toLocalDateTime().minus(overlap)));
            try (ResultSet r = s.executeQuery()) {
              r.next();
              n[0] += r.getLong(1);
            }
          }
        });
    return n[0];
  }

  private interface TableQuery {
    void run(Connection c, String table, String column) throws SQLException;
  }

  private void query(TableQuery q) {
    try (SqlDatabases.Database db = SqlDatabases.open(script.toString());
        Connection c = db.dataSource().getConnection()) {
      for (EntitySpec e : SpecLoader.builtIn("ecec-database").spec().entities()) {
        if (e.incremental() != null) {
          q.run(c, e.table(), e.incremental().column());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot query the test's ECEC script " + script, e);
    }
  }
}
