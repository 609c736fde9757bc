package fi.polku.hub.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * What the hub was told to use, as far as a failed start is concerned: the data folder, the
 * database URL and the search backend with its cluster's URIs, read as text so that they are known
 * even when other settings cannot be bound. A start-up failure names them; an unknown one is {@code
 * null}.
 *
 * @param data the data folder as configured; null when unknown
 * @param databaseUrl the database URL as configured, empty for the embedded database; null when
 *     unknown
 * @param searchBackend the search backend as configured ({@code lucene}, {@code elasticsearch});
 *     null when unknown
 * @param searchUris the search cluster's URIs as configured, comma-separated; null when unknown
 */
record StartupSettings(Path data, String databaseUrl, String searchBackend, String searchUris) {

  /** Nothing known: a failure before the environment was prepared. */
  static final StartupSettings UNKNOWN = new StartupSettings(null, null, null, null);

  /** The data folder and database URL, with the embedded search index. */
  StartupSettings(Path data, String databaseUrl) {
    this(data, databaseUrl, "lucene", "");
  }

  /** The settings in {@code env}, with the defaults of {@link PolkuProperties}. */
  static StartupSettings of(Environment env) {
    Binder binder = Binder.get(env);
    String data = binder.bind("polku.data", String.class).orElse("data");
    String url = binder.bind("polku.database.url", String.class).orElse("");
    String backend = binder.bind("polku.search.backend", String.class).orElse("lucene");
    String uris =
        binder.bind("polku.search.uris", String.class).orElse(PolkuProperties.Search.DEFAULT_URIS);
    return new StartupSettings(path(data), url, backend, uris);
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

  /** Whether an Elasticsearch/OpenSearch cluster holds the search index (false when unknown). */
  boolean searchCluster() {
    return searchBackend != null && PolkuProperties.Search.isCluster(searchBackend.strip());
  }

  /**
   * The search cluster's URIs as a message may show them: without passwords, separated by {@code ,
   * }; {@code ?} when unknown.
   */
  String shownSearchUris() {
    return searchUris == null ? "?" : shownUris(PolkuProperties.Search.split(searchUris));
  }

  /** {@code uris} as a message may show them: without passwords, separated by {@code , }. */
  static String shownUris(List<String> uris) {
    return uris.stream().map(Redaction::uris).collect(Collectors.joining(", "));
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
