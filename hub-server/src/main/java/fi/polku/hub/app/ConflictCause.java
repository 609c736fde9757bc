package fi.polku.hub.app;

import fi.polku.hub.problem.StartupCodes;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.api.ErrorCode;
import org.springframework.boot.web.server.PortInUseException;

/**
 * Another program took what the hub needs between its check and its use: the port (as Tomcat
 * reports it) or the embedded database (as H2 reports a database another process has open).
 */
final class ConflictCause implements StartupCause {

  /** The database file H2 names in its message: {@code "/srv/polku/db/polku.mv.db"}. */
  private static final Pattern H2_FILE = Pattern.compile("\"([^\"]+)\"");

  @Override
  public Optional<StartupFailure> recognise(
      Throwable link, Throwable thrown, StartupSettings settings) {
    if (link instanceof PortInUseException p) {
      return Optional.of(
          new StartupFailure(
              StartupCodes.PORT_IN_USE, Map.of("address", "port " + p.getPort()), thrown));
    }
    if (link instanceof SQLException s && s.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
      String folder = settings.folder() != null ? settings.folder().toString() : dataFolder(s);
      return Optional.of(
          new StartupFailure(StartupCodes.DATA_FOLDER_IN_USE, Map.of("folder", folder), thrown));
    }
    return Optional.empty();
  }

  /** The data folder of the database file H2 names: the folder above {@code db/polku.mv.db}. */
  private static String dataFolder(SQLException e) {
    Matcher file = H2_FILE.matcher(String.valueOf(e.getMessage()));
    if (!file.find()) {
      return "?";
    }
    Path db = Path.of(file.group(1)).getParent();
    return db != null && db.getParent() != null ? db.getParent().toString() : file.group(1);
  }
}
