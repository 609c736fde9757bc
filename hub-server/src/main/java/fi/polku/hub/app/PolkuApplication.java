package fi.polku.hub.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hub as a Spring Boot application: HAPI's RestfulServer at {@code /fhir} over the resource
 * store. Started by {@code polku serve}; tests start it directly.
 */
// Hibernate Search brings the Elasticsearch REST client; Spring Boot's client for it is not used
// (the search backend makes its own) and would otherwise poll localhost:9200.
@SpringBootApplication(
    scanBasePackages = "fi.polku.hub.app",
    exclude = {
      org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration
          .class
    })
@EnableConfigurationProperties(PolkuProperties.class)
public class PolkuApplication {

  /**
   * Starts the hub.
   *
   * @param overrides properties that win over every other source (command line options)
   * @param args further Spring arguments ({@code --polku.limits.max-count=500})
   * @throws StartupFailure when the hub cannot start for a reason an operator can fix without a
   *     stack trace (another program holds the port or the data folder's database, a setting is
   *     invalid, the data folder or the database cannot be used); any other failure as it is
   */
  public static ConfigurableApplicationContext start(
      Map<String, Object> overrides, String... args) {
    SpringApplication app = new SpringApplication(PolkuApplication.class);
    app.setDefaultProperties(Map.of());
    // The data folder and database a failure names, as the environment says once it is prepared.
    AtomicReference<StartupSettings> settings = new AtomicReference<>(StartupSettings.UNKNOWN);
    StartupChecks checks = new StartupChecks();
    app.addInitializers(
        ctx -> {
          ctx.getEnvironment()
              .getPropertySources()
              .addFirst(
                  new org.springframework.core.env.MapPropertySource(
                      "polku-command-line", overrides));
          settings.set(StartupSettings.of(ctx.getEnvironment()));
        },
        // After the overrides are in place: the checks read the port and data folder they set.
        checks);
    try {
      return app.run(withSpringMain(overrides, args));
    } catch (RuntimeException e) {
      checks.releaseDataFolder();
      // The recognised failure carries e as its cause, for the debug log.
      throw StartupFailure.recognise(e, settings.get()).orElseThrow(() -> e);
    }
  }

  /**
   * {@code args} with the overrides' {@code spring.main.*} settings put first as arguments: Spring
   * reads those (the web application type, the banner) before any initializer runs, so from the
   * overrides' property source they would be ignored.
   */
  static String[] withSpringMain(Map<String, Object> overrides, String... args) {
    List<String> out = new ArrayList<>();
    overrides.forEach(
        (key, value) -> {
          if (key.startsWith("spring.main.")) {
            out.add("--" + key + "=" + value);
          }
        });
    out.addAll(List.of(args));
    return out.toArray(String[]::new);
  }
}
