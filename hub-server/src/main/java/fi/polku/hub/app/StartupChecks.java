package fi.polku.hub.app;

import fi.polku.hub.problem.StartupCodes;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Looks, before the hub starts, whether another program holds what it needs: the embedded database
 * of the data folder (another hub runs on it) and the HTTP port. Either is a {@link StartupFailure}
 * within seconds, instead of a stack trace after the half-minute the hub takes to get to them.
 * Another program may still take either between the check and its use; {@link StartupFailure#in}
 * recognises that too.
 */
final class StartupChecks implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final Logger LOG = LoggerFactory.getLogger(StartupChecks.class);

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    PolkuProperties props;
    try {
      props = Binder.get(context.getEnvironment()).bindOrCreate("polku", PolkuProperties.class);
    } catch (org.springframework.boot.context.properties.bind.BindException e) {
      // A setting that cannot be read stops the start anyway, reported naming the setting when the
      // hub binds its properties; there is nothing to check before that.
      LOG.debug("Start-up checks skipped: the polku.* settings cannot be read yet", e);
      return;
    }
    if (props.database().embedded()) {
      checkDataFolder(props.data(), props.database());
    }
    if (context instanceof WebServerApplicationContext && props.server().port() != 0) {
      checkPort(props.server().bind(), props.server().port());
    }
  }

  /**
   * Opens the embedded database (only if it exists) and closes it again: H2 refuses a database file
   * another process has open, and that is what a second hub on the same data folder meets. In this
   * JVM the database is shared, as the hub itself would share it.
   */
  static void checkDataFolder(Path data, PolkuProperties.Database db) {
    String url = DatabaseConfiguration.h2Url(data) + ";IFEXISTS=TRUE";
    try {
      DriverManager.getConnection(url, db.user(), db.password()).close();
    } catch (SQLException e) {
      switch (e.getErrorCode()) {
        case ErrorCode.DATABASE_ALREADY_OPEN_1 ->
            throw new StartupFailure(
                StartupCodes.DATA_FOLDER_IN_USE,
                Map.of("folder", data.toAbsolutePath().normalize().toString()),
                e);
        case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 -> {
          // A new data folder: the hub creates the database, and nobody else can have it open.
        }
        default ->
            throw new IllegalStateException(
                "The embedded database under "
                    + data.toAbsolutePath().normalize()
                    + " cannot be opened",
                e);
      }
    }
  }

  /** Binds the port as Tomcat will and lets it go again. */
  static void checkPort(String bind, int port) {
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      // WebServerConfiguration refuses the setting, naming it; there is no address to check.
      LOG.debug("Port check skipped: polku.server.bind is not an address", e);
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      // As Tomcat binds: a port that a stopped hub's connections still linger on is free.
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(address, port));
    } catch (IOException e) {
      if (e instanceof BindException b && inUse(b)) {
        throw new StartupFailure(
            StartupCodes.PORT_IN_USE, Map.of("address", hostPort(bind, port)), e);
      }
      // Not a conflict (an address of another machine, a privileged port): Tomcat meets the same
      // refusal when it binds and reports it as it does without this check.
      LOG.debug("Port check of {} inconclusive", hostPort(bind, port), e);
    }
  }

  /** Whether the refusal says the address is in use (the JDK's text on every platform). */
  private static boolean inUse(BindException e) {
    return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("in use");
  }

  /** {@code 127.0.0.1:8080}, {@code [::1]:8080}. */
  static String hostPort(String bind, int port) {
    return (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + port;
  }
}
