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
   * H2 hands a query repeated with the same parameters its previous result while no table it reads
   * is marked as changed since; but a commit becomes visible to other transactions a moment before
   * it marks its tables. A query repeated in that moment misses rows another transaction has just
   * committed, although a different query already sees them. The write path relies on exactly such
   * a repeat: it asks a condition again to tell a parallel writer's fresh claim from a stale one
   * (two parallel conditional creates both created their resource when the repeat went stale). So
   * every H2 database the hub opens, embedded or by URL, computes each query anew.
   */
  static final String H2_FRESH_RESULTS = ";OPTIMIZE_REUSE_RESULTS=FALSE";

  /**
   * H2 settings. {@code WRITE_DELAY=0}: every commit is written to the database file before the
   * commit returns (H2's default delays it up to 500 ms), so an acknowledged write survives a
   * killed process. {@code LOCK_TIMEOUT}: writers of the same rows wait instead of failing at once.
   * And {@link #H2_FRESH_RESULTS}.
   */
  static final String H2_SETTINGS =
      ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE" + H2_FRESH_RESULTS;

  @Bean
  DataSource dataSource(PolkuProperties props) {
    PolkuProperties.Database db = props.database();
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(db.embedded() ? h2Url(props.data()) : withFreshH2Results(db.url()));
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

  /** {@code url} with {@link #H2_FRESH_RESULTS} when it is an H2 URL that does not set it. */
  static String withFreshH2Results(String url) {
    boolean h2 = url.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length());
    boolean set = url.toUpperCase(java.util.Locale.ROOT).contains(";OPTIMIZE_REUSE_RESULTS=");
    if (!h2 || set) {
      return url;
    }
    return (url.endsWith(";") ? url.substring(0, url.length() - 1) : url) + H2_FRESH_RESULTS;
  }

  /** The JDBC URL of the embedded database under {@code data}. */
  static String h2Url(Path data) {
    Path file = data.toAbsolutePath().normalize().resolve("db").resolve("polku");
    return "jdbc:h2:file:" + file + H2_SETTINGS;
  }
}
