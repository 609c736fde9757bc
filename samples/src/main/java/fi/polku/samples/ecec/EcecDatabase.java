package fi.polku.samples.ecec;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads a generated ECEC script into an embedded H2 database, the way the mapping routes and tests
 * read it. H2 is not a dependency of this module; callers bring it.
 */
public final class EcecDatabase {

  private EcecDatabase() {}

  /** Runs the script on an open H2 connection ({@code RUNSCRIPT}); existing tables are replaced. */
  public static void runScript(Connection connection, Path script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "RUNSCRIPT FROM '"
              + script.toAbsolutePath().toString().replace("'", "''")
              + "' CHARSET 'UTF-8'");
    }
  }

  /**
   * Writes the script into an H2 database file next to it ({@code ecec.mv.db}), so tools can open
   * the database directly with {@code jdbc:h2:file:<folder>/ecec}.
   *
   * @return the JDBC URL of the database
   */
  public static String toFile(Path script) throws SQLException {
    Path base = script.toAbsolutePath().resolveSibling("ecec");
    String url = "jdbc:h2:file:" + base;
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      runScript(connection, script);
    } catch (SQLException e) {
      if ("08001".equals(e.getSQLState())) {
        throw new SQLException("no H2 JDBC driver on the classpath; add com.h2database:h2", e);
      }
      throw e;
    }
    return url;
  }
}
