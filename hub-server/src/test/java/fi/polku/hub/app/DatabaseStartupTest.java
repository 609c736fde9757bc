package fi.polku.hub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import fi.polku.hub.problem.StartupCodes;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A configured database the hub cannot use stops the start with a code of its own, naming the URL
 * without its password: nothing answers (POLKU-HUB-1004), the login is refused (1005), the database
 * does not exist (1006), or no driver accepts the URL (1002, the setting). The failures are the
 * drivers' own, from real connection attempts where no server is needed.
 */
class DatabaseStartupTest {

  @Test
  void aDatabaseNothingAnswersAtIsUnreachableAndItsPasswordIsNotShown() throws IOException {
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/polku?password=s3cret";

    StartupFailure f = checking(url);

    assertThat(f.code()).isEqualTo(StartupCodes.DATABASE_UNREACHABLE);
    assertThat(f.code().exitStatus()).isEqualTo(6);
    assertThat(f.getMessage())
        .startsWith("POLKU-HUB-1004: Cannot connect to the database jdbc:postgresql://127.0.0.1:")
        .contains("/polku?password=***:")
        .contains("polku.database.url")
        .doesNotContain("s3cret");
    assertThat(f.getCause()).isInstanceOf(PSQLException.class);
  }

  @Test
  void aDatabaseHostThatDoesNotExistIsUnreachable() {
    StartupFailure f = checking("jdbc:postgresql://no-such-host.invalid:5432/polku");

    assertThat(f.code()).isEqualTo(StartupCodes.DATABASE_UNREACHABLE);
    assertThat(f.getMessage()).contains("jdbc:postgresql://no-such-host.invalid:5432/polku");
  }

  @Test
  void aUrlNoDriverAcceptsIsAnInvalidSetting() {
    StartupFailure f = checking("jdbc:postgresql://localhost:99999999/polku");

    assertThat(f.code()).isEqualTo(StartupCodes.SETTING_INVALID);
    assertThat(f.getMessage())
        .contains(
            "The setting polku.database.url cannot be"
                + " \"jdbc:postgresql://localhost:99999999/polku\": no database driver of the hub"
                + " accepts it");
  }

  @Test
  void anH2UrlWithASettingH2DoesNotKnowIsAnInvalidSettingInH2sWords() {
    StartupFailure f = checking("jdbc:h2:mem:startup;FOO=BAR");

    assertThat(f.code()).isEqualTo(StartupCodes.SETTING_INVALID);
    assertThat(f.getMessage())
        .contains(
            "polku.database.url cannot be \"jdbc:h2:mem:startup;FOO=BAR\": the database driver"
                + " refuses it: Unsupported connection setting \"FOO\".");
  }

  @Test
  void theConnectionPoolsFailureToReachTheDatabaseDuringTheStartIsRecognisedToo()
      throws IOException {
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/polku";
    SQLException pool;
    try (HikariDataSource ds = new HikariDataSource()) {
      ds.setJdbcUrl(url);
      ds.setUsername("hub");
      pool = catchThrowableOfType(ds::getConnection, SQLException.class);
    }
    // As Flyway meets it when it asks Spring for a connection.
    RuntimeException thrown =
        new BeanCreationException(
            "flyway",
            "Could not get Connection",
            new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", pool));

    assertThat(StartupFailure.recognise(thrown, settings(url)))
        .hasValueSatisfying(f -> assertThat(f.code()).isEqualTo(StartupCodes.DATABASE_UNREACHABLE));
  }

  @Test
  void theConnectionPoolsFailureToFindADriverIsAnInvalidSetting() {
    String url = "jdbc:nosuchdb://db/polku";
    RuntimeException pool;
    try (HikariDataSource ds = new HikariDataSource()) {
      ds.setJdbcUrl(url);
      pool = catchThrowableOfType(ds::getConnection, RuntimeException.class);
    }

    assertThat(StartupFailure.recognise(pool, settings(url)))
        .hasValueSatisfying(
            f -> {
              assertThat(f.code()).isEqualTo(StartupCodes.SETTING_INVALID);
              assertThat(f.getMessage()).contains("polku.database.url cannot be \"" + url + "\"");
            });
  }

  @Test
  void aRefusedLoginAndAMissingDatabaseAreToldByTheirSqlState() {
    String url = "jdbc:postgresql://db:5432/polku";

    assertThat(
            StartupFailure.recognise(
                new PSQLException("password authentication failed", PSQLState.INVALID_PASSWORD),
                settings(url)))
        .hasValueSatisfying(
            f -> assertThat(f.code()).isEqualTo(StartupCodes.DATABASE_LOGIN_REFUSED));
    assertThat(
            StartupFailure.recognise(
                new PSQLException(
                    "role \"hub\" does not exist", PSQLState.INVALID_AUTHORIZATION_SPECIFICATION),
                settings(url)))
        .hasValueSatisfying(
            f -> assertThat(f.code()).isEqualTo(StartupCodes.DATABASE_LOGIN_REFUSED));
    assertThat(
            StartupFailure.recognise(
                new SQLException("database \"polku\" does not exist", "3D000"), settings(url)))
        .hasValueSatisfying(
            f -> {
              assertThat(f.code()).isEqualTo(StartupCodes.DATABASE_MISSING);
              assertThat(f.getMessage()).contains("The database " + url + " does not exist");
            });
  }

  @Test
  void otherSqlFailuresAreNotRecognised() {
    assertThat(
            StartupFailure.recognise(
                new SQLException("syntax error", "42601"),
                settings("jdbc:postgresql://db:5432/polku")))
        .isEmpty();
  }

  @Test
  void theEmbeddedDatabasesFailuresAreNeverTheConfiguredDatabases() {
    SQLException h2 = new SQLException("Connection is broken", "08001", new ConnectException());

    assertThat(StartupFailure.recognise(h2, new StartupSettings(Path.of("data"), ""))).isEmpty();
  }

  private static StartupFailure checking(String url) {
    PolkuProperties.Database db = new PolkuProperties.Database(url, "hub", "s3cret", 1);
    return catchThrowableOfType(
        () -> StartupChecks.checkDatabase(db, settings(url)), StartupFailure.class);
  }

  private static StartupSettings settings(String url) {
    return new StartupSettings(Path.of("data"), url);
  }

  /** A port of this machine nothing listens on (it did a moment ago). */
  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }
}
