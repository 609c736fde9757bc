package fi.polku.hub.app;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: PostgreSQL (or any URL) when {@code polku.database.url} is set, else the embedded
 * H2 database in {@code <data>/db/polku}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  /**
   * H2 settings. {@code WRITE_DELAY=0}: every commit is written to the database file before the
   * commit returns (H2's default delays it up to 500 ms), so an acknowledged write survives a
   * killed process. {@code LOCK_TIMEOUT}: writers of the same rows wait instead of failing at once.
   */
  static final String H2_SETTINGS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";

  @Bean
  DataSource dataSource(PolkuProperties props) {
    PolkuProperties.Database db = props.database();
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(db.embedded() ? h2Url(props.data()) : db.url());
    ds.setUsername(db.user());
    ds.setPassword(db.password());
    ds.setMaximumPoolSize(db.poolSize());
    ds.setPoolName("polku");
    if (ds.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      // One multi-row INSERT per JDBC batch instead of one statement per row.
      ds.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    return ds;
  }

  /** The JDBC URL of the embedded database under {@code data}. */
  static String h2Url(Path data) {
    Path file = data.toAbsolutePath().normalize().resolve("db").resolve("polku");
    return "jdbc:h2:file:" + file + H2_SETTINGS;
  }
}
