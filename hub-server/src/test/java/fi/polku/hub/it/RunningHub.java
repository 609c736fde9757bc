package fi.polku.hub.it;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import fi.polku.hub.app.PolkuApplication;
import fi.polku.model.generated.PolkuModelTypes;
import fi.polku.validation.sample.RecordTemplates;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A hub started for the integration suite: one per database per test JVM, shared by every test
 * class, stopped when the JVM exits. Gives a HAPI generic client and a raw HTTP client.
 */
public final class RunningHub {

  private static final Map<Db, RunningHub> HUBS = new EnumMap<>(Db.class);

  /** A client-side context with the model's types, as an integrator would set it up. */
  public static final FhirContext FHIR = clientContext();

  /** A browser application's origin that the shared hubs allow (CORS). */
  public static final String CORS_ORIGIN = "https://app.example.fi";

  private final Db db;
  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ConfigurableApplicationContext context;

  private RunningHub(Db db, String base) {
    this.db = db;
    this.base = base;
  }

  /** The application context of the hub. */
  public ConfigurableApplicationContext context() {
    return context;
  }

  /** Stops a {@link #dedicated} hub as an operator would (a clean shutdown); not a shared one. */
  public void stop() {
    context.close();
  }

  /** The hub on {@code db}, started on first use. */
  public static synchronized RunningHub on(Db db) {
    return HUBS.computeIfAbsent(db, RunningHub::start);
  }

  /** The FHIR base URL, {@code http://127.0.0.1:port/fhir}. */
  public String base() {
    return base;
  }

  /** The database. */
  public Db db() {
    return db;
  }

  /** A HAPI generic client for this hub. */
  public IGenericClient client() {
    return FHIR.newRestfulGenericClient(base);
  }

  /** Sends {@code request} (built on {@link #request}) and returns the response as text. */
  public HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Sends {@code request} (built on {@link #request}) and reads the response with {@code body}. */
  public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request.build(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** POSTs {@code json} as FHIR JSON to {@code path} with {@code headers} (name, value, ...). */
  public HttpResponse<String> postJson(String path, String json, String... headers) {
    HttpRequest.Builder b = request(path).header("Content-Type", "application/fhir+json");
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b.POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A request to {@code path} under the base ({@code Learner/1}). */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + "/" + path)).timeout(Duration.ofSeconds(60));
  }

  /**
   * A hub of its own on the embedded database, for tests that need a known, fixed data set (the
   * shared hubs hold whatever the other test classes wrote). Not cached: call once per test class.
   *
   * @param name names the temporary data folder
   * @param settings further {@code polku.*} settings (a {@code polku.data} here wins)
   */
  public static RunningHub dedicated(String name, Map<String, Object> settings) {
    return dedicated(name, Db.H2, settings);
  }

  /**
   * As {@link #dedicated(String, Map)} on {@code db} (PostgreSQL: an embedded server of its own,
   * stopped when the JVM exits).
   */
  public static RunningHub dedicated(String name, Db db, Map<String, Object> settings) {
    try {
      Path data = Files.createTempDirectory("polku-it-" + name);
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("polku.data", data.toString());
      props.put("polku.server.port", 0);
      props.put("polku.limits.max-request-bytes", 2_000_000);
      if (db == Db.POSTGRES) {
        props.putAll(embeddedPostgres());
      }
      props.putAll(settings);
      ConfigurableApplicationContext ctx = PolkuApplication.start(props);
      Runtime.getRuntime().addShutdownHook(new Thread(ctx::close));
      int port = ((ServletWebServerApplicationContext) ctx).getWebServer().getPort();
      RunningHub hub = new RunningHub(db, "http://127.0.0.1:" + port + "/fhir");
      hub.context = ctx;
      return hub;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the hub " + name, e);
    }
  }

  /** A shared hub: a dedicated one with the settings the shared suites rely on. */
  private static RunningHub start(Db db) {
    RunningHub hub =
        dedicated(
            db.name().toLowerCase(Locale.ROOT),
            db,
            Map.of(
                "polku.limits.max-bundle-entries",
                1000,
                "polku.server.cors-origins",
                CORS_ORIGIN + ",https://*.apps.example.fi"));
    hub.writeTemplateOrganisations();
    return hub;
  }

  /** The organisations that study rights made by {@link Fixtures} refer to. */
  void writeTemplateOrganisations() {
    HttpResponse<String> r =
        send(
            request("")
                .header("Content-Type", "application/fhir+json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        RecordTemplates.organisationsTransaction())));
    if (r.statusCode() != 200) {
      throw new IllegalStateException("The template organisations were refused: " + r.body());
    }
  }

  /** Starts an embedded PostgreSQL, stopped when the JVM exits; the hub's settings for it. */
  private static Map<String, Object> embeddedPostgres() throws IOException {
    EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg)));
    return Map.of(
        "polku.database.url", pg.getJdbcUrl("postgres", "postgres"),
        "polku.database.user", "postgres",
        "polku.database.password", "");
  }

  private static void close(EmbeddedPostgres pg) {
    try {
      pg.close();
    } catch (IOException e) {
      // The JVM is exiting; the temporary database goes with it.
    }
  }

  private static FhirContext clientContext() {
    FhirContext ctx = FhirContext.forR5();
    PolkuModelTypes.registerAll(ctx);
    ctx.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    ctx.getRestfulClientFactory().setSocketTimeout(60_000);
    return ctx;
  }

  @Override
  public String toString() {
    return db.name();
  }
}
