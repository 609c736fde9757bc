package fi.polku.hub.app;

import fi.polku.hub.problem.StartupCode;
import fi.polku.hub.problem.StartupCodes;
import fi.polku.validation.api.Text;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.api.ErrorCode;
import org.springframework.boot.web.server.PortInUseException;

/**
 * The hub cannot start because another program holds what it needs: a {@link StartupCode}, its
 * parameters and the failure that showed it. The message is the code and the English text, short
 * enough for a console; the cause keeps the details for the debug log.
 */
public final class StartupFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The database file H2 names in its message: {@code "/srv/polku/db/polku.mv.db"}. */
  private static final Pattern H2_FILE = Pattern.compile("\"([^\"]+)\"");

  private final transient StartupCode code;
  private final transient Map<String, String> params;

  /**
   * A failure with {@code code} and the placeholder values {@code params}, shown by {@code cause}.
   */
  public StartupFailure(StartupCode code, Map<String, String> params, Throwable cause) {
    super(
        code.code() + ": " + code.message().format(Objects.requireNonNull(params, "params")).en(),
        cause);
    this.code = code;
    this.params = Map.copyOf(params);
  }

  /** The code. */
  public StartupCode code() {
    return code;
  }

  /** The message in fi/sv/en with the parameters filled in. */
  public Text text() {
    return code.message().format(params);
  }

  /**
   * The start-up failure in {@code thrown} or its causes: one raised by the hub's own checks, or a
   * conflict they could not see coming (another program took the port or opened the database
   * between the check and the use) as Tomcat and H2 report it. Empty for every other failure.
   */
  public static Optional<StartupFailure> in(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StartupFailure f) {
        return Optional.of(f);
      }
      if (t instanceof PortInUseException p) {
        return Optional.of(
            new StartupFailure(
                StartupCodes.PORT_IN_USE, Map.of("address", "port " + p.getPort()), thrown));
      }
      if (t instanceof SQLException s && s.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
        return Optional.of(
            new StartupFailure(
                StartupCodes.DATA_FOLDER_IN_USE, Map.of("folder", dataFolder(s)), thrown));
      }
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
