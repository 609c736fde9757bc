package fi.polku.hub.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * What the hub was told to use, as far as a failed start is concerned: the data folder and the
 * database URL, read as text so that they are known even when other settings cannot be bound. A
 * start-up failure names them; an unknown one is {@code null}.
 *
 * @param data the data folder as configured; null when unknown
 * @param databaseUrl the database URL as configured, empty for the embedded database; null when
 *     unknown
 */
record StartupSettings(Path data, String databaseUrl) {

  /** Nothing known: a failure before the environment was prepared. */
  static final StartupSettings UNKNOWN = new StartupSettings(null, null);

  /** The settings in {@code env}, with the defaults of {@link PolkuProperties}. */
  static StartupSettings of(Environment env) {
    Binder binder = Binder.get(env);
    String data = binder.bind("polku.data", String.class).orElse("data");
    String url = binder.bind("polku.database.url", String.class).orElse("");
    return new StartupSettings(path(data), url);
  }

  /** The data folder as an absolute path; null when unknown. */
  Path folder() {
    return data == null ? null : data.toAbsolutePath().normalize();
  }

  /** Whether the embedded database under the data folder is used (false when unknown). */
  boolean embeddedDatabase() {
    return databaseUrl != null && databaseUrl.isBlank();
  }

  /** The database URL as a message may show it: without a password; {@code ?} when unknown. */
  String shownDatabaseUrl() {
    return databaseUrl == null ? "?" : Redaction.secretsIn(databaseUrl.strip());
  }

  private static Path path(String data) {
    try {
      return Path.of(data);
    } catch (InvalidPathException e) {
      // Binding refuses the same text, naming the setting; the data folder stays unknown here.
      return null;
    }
  }
}
