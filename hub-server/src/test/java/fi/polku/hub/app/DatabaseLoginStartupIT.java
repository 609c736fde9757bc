package fi.polku.hub.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fi.polku.hub.problem.StartupCodes;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real PostgreSQL server that refuses the hub: a wrong password or an unknown user
 * (POLKU-HUB-1005) and a database it does not have (1006) are told by the check before the hub
 * starts, naming the URL and never the password.
 */
class DatabaseLoginStartupIT {

  @TempDir static Path folder;

  private static EmbeddedPostgres pg;

  @BeforeAll
  static void startAServerThatAsksForPasswords() throws IOException, SQLException {
    Path data = folder.resolve("pg");
    pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE ROLE hub LOGIN PASSWORD 'right'");
      s.execute("CREATE DATABASE polku OWNER hub");
      // The superuser keeps its trust; everyone else logs in with a password.
      Files.writeString(
          data.resolve("pg_hba.conf"),
          String.join(
              "\n",
              "local all all trust",
              "host all postgres 127.0.0.1/32 trust",
              "host all postgres ::1/128 trust",
              "host all all 127.0.0.1/32 scram-sha-256",
              "host all all ::1/128 scram-sha-256",
              ""));
      s.execute("SELECT pg_reload_conf()");
    }
  }

  @AfterAll
  static void stop() throws IOException {
    pg.close();
  }

  @Test
  void aWrongPasswordIsARefusedLoginAndIsNotShown() {
    StartupFailure f = checking("polku", "hub", "wrong-s3cret");

    assertThat(f.code()).isEqualTo(StartupCodes.DATABASE_LOGIN_REFUSED);
    assertThat(f.code().exitStatus()).isEqualTo(7);
    assertThat(f.getMessage())
        .startsWith("POLKU-HUB-1005: The database " + url("polku") + " refused the hub's login")
        .doesNotContain("wrong-s3cret");
  }

  @Test
  void anUnknownUserIsARefusedLogin() {
    assertThat(checking("polku", "nobody", "right").code())
        .isEqualTo(StartupCodes.DATABASE_LOGIN_REFUSED);
  }

  @Test
  void aDatabaseTheServerDoesNotHaveIsMissing() {
    StartupFailure f = checking("no_such_db", "hub", "right");

    assertThat(f.code()).isEqualTo(StartupCodes.DATABASE_MISSING);
    assertThat(f.code().exitStatus()).isEqualTo(8);
    assertThat(f.getMessage()).contains("The database " + url("no_such_db") + " does not exist");
  }

  @Test
  void theRightLoginToAnExistingDatabasePasses() {
    PolkuProperties.Database db = new PolkuProperties.Database(url("polku"), "hub", "right", 1);

    assertThatCode(() -> StartupChecks.checkDatabase(db, settings("polku")))
        .doesNotThrowAnyException();
  }

  private static StartupFailure checking(String database, String user, String password) {
    PolkuProperties.Database db = new PolkuProperties.Database(url(database), user, password, 1);
    return catchThrowableOfType(
        () -> StartupChecks.checkDatabase(db, settings(database)), StartupFailure.class);
  }

  private static StartupSettings settings(String database) {
    return new StartupSettings(folder.resolve("hub"), url(database));
  }

  private static String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/" + database;
  }
}
