package fi.polku.hub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code V3} re-keys the identifiers of a database that holds some: every row stays, a unique
 * system still refuses a second holder of a value, and the bulk lookup by values of one type reads
 * the key instead of the dropped value index.
 */
class IdentifierKeyMigrationIT {

  private static final String HETU = "urn:oid:1.2.246.21";
  private static final String ROOM = "urn:polku:test:room";

  @Test
  void aStoreWithIdentifiersKeepsThemAndTheirUniquenessAfterTheNewKey(@TempDir Path dir)
      throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("polku") + ";DB_CLOSE_ON_EXIT=FALSE";
    try (Connection c = DriverManager.getConnection(url)) {
      migrate(url, "2");
      insert(c, "Learner", HETU, "010115A998R", 0, 1);
      insert(c, "Location", ROOM, "A1", 2, 2);
      insert(c, "Location", ROOM, "A1", 3, 3);

      migrate(url, "3");

      assertThat(rows(c))
          .containsExactly("Learner|010115A998R|1", "Location|A1|2", "Location|A1|3");
      SQLException second =
          catchThrowableOfType(
              () -> insert(c, "Learner", HETU, "010115A998R", 0, 4), SQLException.class);
      assertThat(second.getSQLState()).isEqualTo("23505");
      insert(c, "Location", ROOM, "A1", 5, 5);
      // H2 names the key's index PRIMARY_KEY_n and writes the condition it reads it by.
      assertThat(plan(c))
          .containsPattern("/\\* PUBLIC\\.PRIMARY_KEY_\\w+: ID_VALUE IN\\(")
          .doesNotContainIgnoringCase("IX_IDENTIFIER_VALUE")
          .doesNotContainIgnoringCase("tableScan");
    }
  }

  private static void migrate(String url, String target) {
    Flyway.configure()
        .dataSource(url, "", "")
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .target(target)
        .load()
        .migrate();
  }

  private static void insert(
      Connection c, String type, String system, String value, long scope, long pid)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO resource_identifier (res_type, id_system, id_value, uniq_scope, pid)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      p.setString(1, type);
      p.setString(2, system);
      p.setString(3, value);
      p.setLong(4, scope);
      p.setLong(5, pid);
      p.executeUpdate();
    }
  }

  private static List<String> rows(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p =
            c.prepareStatement(
                "SELECT res_type, id_value, pid FROM resource_identifier ORDER BY pid");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getLong(3));
      }
    }
    return out;
  }

  /** H2's plan of the store's bulk lookup ({@code NativeReads}). */
  private static String plan(Connection c) throws SQLException {
    try (PreparedStatement p =
            c.prepareStatement(
                "EXPLAIN SELECT i.id_system, i.id_value, i.pid FROM resource_identifier i"
                    + " WHERE i.res_type = 'Location' AND i.id_value IN ('A1', 'B2')");
        ResultSet rs = p.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }
}
