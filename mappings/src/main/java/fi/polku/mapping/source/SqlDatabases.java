package fi.polku.mapping.source;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Opens the database an SQL mapping reads: a JDBC URL ({@code jdbc:h2:/srv/ecec/ecec}, {@code
 * jdbc:postgresql://...}), an H2 database file ({@code ecec.mv.db}), or an SQL script ({@code
 * ecec.sql}) run into a private in-memory H2 database (for tests, the demo and dropped files).
 */
public final class SqlDatabases {

  private SqlDatabases() {}

  /**
   * An open database.
   *
   * @param dataSource connections to it
   * @param description what it is, for the report (never the password)
   * @param temporary whether it is an in-memory copy dropped on {@link #close}
   */
  public record Database(DataSource dataSource, String description, boolean temporary)
      implements AutoCloseable {
    @Override
    public void close() {
      if (temporary) {
        try (Connection c = dataSource.getConnection();
            Statement s = c.createStatement()) {
          s.execute("SHUTDOWN");
        } catch (SQLException e) {
          // the in-memory database goes away with the JVM in any case
        }
      }
    }
  }

  /** Opens {@code input}. */
  public static Database open(String input) {
    if (input.startsWith("jdbc:")) {
      return new Database(new UrlDataSource(input), redact(input), false);
    }
    Path p = Path.of(input);
    if (input.endsWith(".mv.db")) {
      String base = p.toAbsolutePath().toString();
      base = base.substring(0, base.length() - ".mv.db".length());
      return new Database(
          new UrlDataSource("jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r"), p.toString(), false);
    }
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException(
          "No database at " + input + " (a JDBC URL, an .mv.db file or an .sql script)");
    }
    String url = "jdbc:h2:mem:polku-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    UrlDataSource ds = new UrlDataSource(url);
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "RUNSCRIPT FROM '"
              + p.toAbsolutePath().toString().replace("'", "''")
              + "' CHARSET 'UTF-8'");
    } catch (SQLException e) {
      throw new IllegalArgumentException(
          "Cannot run the SQL script " + input + ": " + e.getMessage(), e);
    }
    return new Database(ds, "script " + p, true);
  }

  private static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }

  /** A minimal DataSource over {@link DriverManager} (the JDBC URL carries the settings). */
  static final class UrlDataSource implements DataSource {
    private final String url;

    UrlDataSource(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
      // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
      DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
      return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
