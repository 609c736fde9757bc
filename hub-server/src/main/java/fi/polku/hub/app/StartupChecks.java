package fi.polku.hub.app;

import fi.polku.hub.problem.StartupCodes;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Looks, before the hub starts, whether it can have what it needs: valid settings, a data folder it
 * can write to and that no other hub uses (its {@link DataFolderLock}, held until the hub stops),
 * the embedded database of the data folder (not held by another hub), the HTTP port, the configured
 * database (it answers, and takes the login), and the search cluster when one is chosen (it
 * answers, and takes the login). Each is a {@link StartupFailure} (or a failure {@link
 * StartupFailure#recognise} recognises) within seconds, instead of a stack trace after the
 * half-minute the hub takes to get to them. Things may still change between the check and their
 * use; {@link StartupFailure#recognise} recognises those failures too.
 */
final class StartupChecks implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final Logger LOG = LoggerFactory.getLogger(StartupChecks.class);

  /** How long the search cluster check waits for a connection, and then for an answer. */
  private static final Duration SEARCH_TIMEOUT = Duration.ofSeconds(3);

  private DataFolderLock lock;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    StartupSettings settings = StartupSettings.of(context.getEnvironment());
    PolkuProperties props = checkSettings(context.getEnvironment(), settings);
    checkDataFolderUsable(props.data());
    lock = DataFolderLock.acquire(props.data());
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent) {
            releaseDataFolder();
          }
        });
    if (props.database().embedded()) {
      checkDataFolder(props.data(), props.database());
    }
    if (context instanceof WebServerApplicationContext && props.server().port() != 0) {
      checkPort(props.server().bind(), props.server().port());
    }
    if (!props.database().embedded()) {
      checkDatabase(props.database(), settings);
    }
    if (props.search().elasticsearch()) {
      checkSearchCluster(props.search());
    }
  }

  /**
   * Gives up the data folder's lock: when the hub stops, or when its start fails (a context that
   * never refreshed publishes no closed event).
   */
  void releaseDataFolder() {
    if (lock != null) {
      lock.release();
    }
  }

  /**
   * Binds and validates the {@code polku.*} settings as the hub will: a value of the wrong type or
   * out of its range is told now, naming the setting, rather than once the hub has built half of
   * itself.
   */
  static PolkuProperties checkSettings(Environment env, StartupSettings settings) {
    try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      return Binder.get(env)
          .bindOrCreate(
              "polku",
              Bindable.of(PolkuProperties.class),
              new ValidationBindHandler(new SpringValidatorAdapter(validation.getValidator())));
    } catch (org.springframework.boot.context.properties.bind.BindException e) {
      // Unrecognised, the hub meets the same failure when it binds the settings: shown as it is.
      throw StartupFailure.recognise(e, settings).orElseThrow(() -> e);
    }
  }

  /**
   * The data folder, or the nearest folder above it that exists, must be a folder the hub can write
   * to: the embedded database, the search index and the inbox are created in it.
   */
  static void checkDataFolderUsable(Path data) {
    DataFolderProblem.of(data)
        .ifPresent(
            problem -> {
              throw DataFolderCause.failure(data.toAbsolutePath().normalize(), problem, null);
            });
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

  /**
   * Connects to the configured database with the hub's user and password, and disconnects: an
   * unreachable server, a refused login, a missing database or a URL no driver accepts is told in
   * the time a connection takes (the driver's connect timeout at most), not after the hub has built
   * everything that comes before its database.
   */
  static void checkDatabase(PolkuProperties.Database db, StartupSettings settings) {
    try {
      DriverManager.getConnection(db.url(), db.user(), db.password()).close();
    } catch (SQLException e) {
      throw StartupFailure.recognise(e, settings)
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "Cannot connect to the database " + settings.shownDatabaseUrl(), e));
    }
  }

  /**
   * Asks each URI of the search cluster for {@code /} as Hibernate Search will, with its user and
   * password: a cluster nothing answers at (POLKU-HUB-1007) or that refuses the login (1008) is
   * told within seconds instead of in Hibernate Search's bootstrap failure. One answer of any other
   * kind passes: the cluster is there, and Hibernate Search reports whatever else is wrong with it.
   */
  static void checkSearchCluster(PolkuProperties.Search search) {
    List<URI> uris = search.uriList();
    HttpClient client =
        HttpClient.newBuilder()
            // As Hibernate Search's client speaks; an HTTP/2 upgrade offer confuses some proxies.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(SEARCH_TIMEOUT)
            .build();
    IOException unanswered = null;
    for (URI uri : uris) {
      if (uri.getHost() == null) {
        // A host name the JDK's URI does not take (my_search, as container names go), which
        // Hibernate Search's client does: it cannot be checked here, so it is left to that client.
        LOG.debug("Search cluster check of {} skipped", Redaction.uris(uri.toString()));
        return;
      }
      HttpRequest.Builder request = HttpRequest.newBuilder(root(uri)).timeout(SEARCH_TIMEOUT).GET();
      if (!search.username().isBlank()) {
        request.header("Authorization", basic(search.username(), search.password()));
      }
      try {
        int status =
            client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 401 || status == 403) {
          throw new StartupFailure(
              StartupCodes.SEARCH_LOGIN_REFUSED,
              Map.of("uris", Redaction.uris(uri.toString()), "status", Integer.toString(status)),
              null);
        }
        return;
      } catch (IOException e) {
        if (!noAnswer(e)) {
          // Something answers but not as expected (a TLS certificate this JVM does not trust, a
          // connection closed unanswered): Hibernate Search meets the same and reports it.
          LOG.debug("Search cluster check of {} inconclusive", Redaction.uris(uri.toString()), e);
          return;
        }
        if (unanswered != null) {
          e.addSuppressed(unanswered);
        }
        unanswered = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while checking the search cluster", e);
      }
    }
    throw new StartupFailure(
        StartupCodes.SEARCH_UNREACHABLE,
        Map.of("uris", StartupSettings.shownUris(uris.stream().map(URI::toString).toList())),
        unanswered);
  }

  /** Whether {@code e} says that nothing answers: refused, unknown host, timed out. */
  private static boolean noAnswer(IOException e) {
    return StartupCauses.chain(e).stream()
        .anyMatch(
            t ->
                StartupCauses.unreachable(t)
                    || t instanceof UnresolvedAddressException
                    || t instanceof HttpTimeoutException);
  }

  /** {@code uri}'s root, without its user information: the probe logs in as the hub will. */
  private static URI root(URI uri) {
    try {
      return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), "/", null, null);
    } catch (URISyntaxException e) {
      // The parts come from a URI that parsed, so they always form one again.
      throw new IllegalStateException(
          "Cannot form the root of " + Redaction.uris(uri.toString()), e);
    }
  }

  /** HTTP basic authentication's header value. */
  private static String basic(String user, String password) {
    String pair = user + ":" + (password == null ? "" : password);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** Binds the port as Tomcat will and lets it go again. */
  static void checkPort(String bind, int port) {
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new InvalidSettingException(
          "polku.server.bind", bind, SettingRules.addressOfThisMachine(), e);
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
