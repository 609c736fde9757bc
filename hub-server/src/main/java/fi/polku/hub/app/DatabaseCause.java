package fi.polku.hub.app;

import fi.polku.hub.problem.StartupCode;
import fi.polku.hub.problem.StartupCodes;
import fi.polku.validation.api.Text;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.h2.api.ErrorCode;

/**
 * The database of {@code polku.database.url} cannot be used: nothing answers at its host and port
 * (POLKU-HUB-1004), it refuses the login (1005), it does not exist (1006), or no driver accepts the
 * URL (1002, the setting). Told by the SQLState PostgreSQL gives (and any server that follows the
 * standard's classes), or the network failure under a driver's exception. Never about the embedded
 * database, whose failures are the data folder's.
 */
final class DatabaseCause implements StartupCause {

  /** SQLStates of a refused login: invalid password (28P01), invalid authorization (28000). */
  private static final Set<String> LOGIN_REFUSED = Set.of("28P01", "28000");

  /** SQLState of a database name the server does not know: invalid catalog name. */
  private static final String NO_SUCH_DATABASE = "3D000";

  @Override
  public Optional<StartupFailure> recognise(
      Throwable link, Throwable thrown, StartupSettings settings) {
    if (settings.embeddedDatabase() || !(link instanceof SQLException e)) {
      return Optional.empty();
    }
    String state = String.valueOf(e.getSQLState());
    if (LOGIN_REFUSED.contains(state)) {
      return failure(StartupCodes.DATABASE_LOGIN_REFUSED, settings, thrown);
    }
    if (NO_SUCH_DATABASE.equals(state)) {
      return failure(StartupCodes.DATABASE_MISSING, settings, thrown);
    }
    if (StartupCauses.chain(e).stream().anyMatch(StartupCauses::unreachable)) {
      return failure(StartupCodes.DATABASE_UNREACHABLE, settings, thrown);
    }
    if (refusedByH2(e)) {
      return Optional.of(invalidUrl(settings, SettingRules.refusedByDriver(h2Reason(e)), thrown));
    }
    if (settings.databaseUrl() != null && !accepted(settings.databaseUrl())) {
      return Optional.of(invalidUrl(settings, SettingRules.databaseUrl(), thrown));
    }
    return Optional.empty();
  }

  /** Whether a driver of the hub accepts {@code url} (without connecting). */
  static boolean accepted(String url) {
    try {
      DriverManager.getDriver(url);
      return true;
    } catch (SQLException e) {
      // DriverManager's only way to say that no driver accepts the URL: the answer, not a failure.
      return false;
    }
  }

  /** The failure naming the database URL of {@code settings} as {@code polku.database.url}. */
  static StartupFailure invalidUrl(StartupSettings settings, Text rule, Throwable cause) {
    return new StartupFailure(
        StartupCodes.SETTING_INVALID,
        Map.of("setting", "polku.database.url", "value", settings.shownDatabaseUrl()),
        Map.of("rule", rule),
        cause);
  }

  /** H2's refusal of a URL it cannot read or a setting in it that it does not know. */
  private static boolean refusedByH2(SQLException e) {
    return e.getClass().getName().startsWith("org.h2.")
        && (e.getErrorCode() == ErrorCode.UNSUPPORTED_SETTING_1
            || e.getErrorCode() == ErrorCode.URL_FORMAT_ERROR_2);
  }

  /** H2's message without its error code suffix ({@code [90113-232]}), any password hidden. */
  private static String h2Reason(SQLException e) {
    String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    return Redaction.secretsIn(message.replaceFirst("\\s*\\[\\d+-\\d+]\\s*$", ""));
  }

  private static Optional<StartupFailure> failure(
      StartupCode code, StartupSettings settings, Throwable thrown) {
    return Optional.of(
        new StartupFailure(code, Map.of("url", settings.shownDatabaseUrl()), thrown));
  }
}
