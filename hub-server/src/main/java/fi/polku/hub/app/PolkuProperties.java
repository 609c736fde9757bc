package fi.polku.hub.app;

import fi.polku.mapping.load.LoadEngine;
import fi.polku.mapping.load.LoadSettings;
import fi.polku.mapping.source.ArchiveLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Everything an operator configures, under {@code polku.*} (application properties, environment
 * variables such as {@code POLKU_DATABASE_URL}, or {@code polku serve} options). Every value has a
 * default that runs an embedded hub on this machine.
 *
 * @param data folder of the embedded database and, later, the search index and graph; relative
 *     paths are resolved against the working directory
 * @param server where the HTTP server listens
 * @param database the database; empty URL means the embedded H2 database under {@code data}
 * @param limits request limits
 * @param identifiers identifier systems whose values must be unique per resource type
 * @param search the search index
 * @param load loads of legacy exports (the inbox, {@code polku load})
 */
@Validated
@ConfigurationProperties("polku")
public record PolkuProperties(
    @DefaultValue("data") @NotNull Path data,
    @DefaultValue @Valid @NotNull Server server,
    @DefaultValue @Valid @NotNull Database database,
    @DefaultValue @Valid @NotNull Limits limits,
    @DefaultValue @Valid @NotNull Identifiers identifiers,
    @DefaultValue @Valid @NotNull Search search,
    @DefaultValue @Valid @NotNull Load load) {

  /**
   * The HTTP server.
   *
   * @param port TCP port of the HTTP server
   * @param bind address to bind to; the default serves this machine only
   * @param corsOrigins origins of browser applications that may call the API from another site
   *     (CORS), such as {@code https://app.example.fi}; {@code *} in a host matches any part of it
   *     ({@code https://*.example.fi}); empty (the default): none
   */
  public record Server(
      @DefaultValue("8080") @Min(0) @Max(65535) int port,
      @DefaultValue("127.0.0.1") @NotBlank String bind,
      @DefaultValue("") @NotNull List<String> corsOrigins) {}

  /**
   * The database.
   *
   * @param url JDBC URL; empty for the embedded H2 database {@code <data>/db/polku}, or e.g. {@code
   *     jdbc:postgresql://host/polku} for PostgreSQL
   * @param user database user
   * @param password database password
   * @param poolSize maximum number of pooled connections
   */
  public record Database(
      @DefaultValue("") String url,
      @DefaultValue("sa") String user,
      @DefaultValue("") String password,
      @DefaultValue("10") @Min(1) @Max(500) int poolSize) {

    /** True when no URL is configured and the embedded H2 database is used. */
    public boolean embedded() {
      return url == null || url.isBlank();
    }
  }

  /**
   * Request limits. Requests over a size limit are answered with 413.
   *
   * @param maxRequestBytes largest accepted request body in bytes
   * @param maxBundleEntries most entries in a batch or transaction Bundle
   * @param maxResourceChars largest stored resource (JSON characters)
   * @param defaultCount page size of searches when the client gives no {@code _count}
   * @param maxCount largest page size of searches; a larger {@code _count} is lowered to it
   * @param maxHistory most entries of one history page; a larger {@code _count} is lowered to it
   */
  public record Limits(
      @DefaultValue("33554432") @Min(1024) long maxRequestBytes,
      @DefaultValue("5000") @Min(1) @Max(100000) int maxBundleEntries,
      @DefaultValue("1000000") @Min(1000) @Max(1000000) int maxResourceChars,
      @DefaultValue("20") @Min(1) int defaultCount,
      @DefaultValue("1000") @Min(1) int maxCount,
      @DefaultValue("1000") @Min(1) int maxHistory) {}

  /**
   * Identifier rules.
   *
   * @param unique identifier systems whose values are unique per resource type: the store refuses a
   *     second resource of the same type with the same value (a system ending in {@code /} covers
   *     every system under it, as the source-key prefix does)
   */
  public record Identifiers(
      @DefaultValue({
            "https://polku.fi/fhir/source/",
            "urn:oid:1.2.246.21",
            "urn:oid:1.2.246.562.24",
            "urn:oid:1.2.246.562.10",
            "urn:oid:1.2.246.562.15"
          })
          @NotNull
          List<@NotBlank String> unique) {}

  /**
   * The search index.
   *
   * @param backend {@code lucene} (embedded, index under {@code <data>/index}) or {@code
   *     elasticsearch} (an Elasticsearch or OpenSearch cluster at {@code uris})
   * @param uris cluster URLs of the Elasticsearch backend, comma-separated
   * @param version the cluster's distribution and version, e.g. {@code opensearch:2.19}
   * @param username cluster user; empty for none
   * @param password cluster password
   * @param coordination {@code none} (each node indexes its own writes at commit) or {@code
   *     outbox-polling} (writes queue index events in the database, every node's agents process
   *     them: crash-safe, several nodes); empty chooses outbox polling for the Elasticsearch
   *     backend
   * @param syncMargin how long a write transaction may take at most: change-feed pages report as
   *     complete only what is older than this
   * @param maxChainMatches most resources a chained or reverse-chained parameter may match (at most
   *     10000, the default result window of Elasticsearch and OpenSearch)
   * @param rebuildOnStart whether start-up checks the index against the database and re-indexes
   *     what is missing (always for the embedded index; see docs/operations.md)
   * @param index the index name (on a cluster shared by several hubs, one name per hub database)
   * @param writerBuffer memory the embedded index fills with new documents before it writes them
   *     out as a segment; larger buffers make fewer, larger segments and less merging
   * @param commitInterval how often at most the embedded index commits (makes its changes durable);
   *     searches see a write as soon as it is answered either way, and start-up re-indexes what a
   *     crash lost between commits
   */
  public record Search(
      @DefaultValue("lucene") @NotBlank String backend,
      @DefaultValue(Search.DEFAULT_URIS) String uris,
      @DefaultValue("opensearch:2.19") String version,
      @DefaultValue("") String username,
      @DefaultValue("") String password,
      @DefaultValue("") String coordination,
      @DefaultValue("30s") @NotNull Duration syncMargin,
      @DefaultValue("10000") @Min(1) @Max(10000) int maxChainMatches,
      @DefaultValue("true") boolean rebuildOnStart,
      @DefaultValue("resource") @NotBlank String index,
      @DefaultValue("64MB") @NotNull DataSize writerBuffer,
      @DefaultValue("10s") @NotNull Duration commitInterval) {

    /** The cluster URIs when none are configured: a cluster on this machine. */
    static final String DEFAULT_URIS = "http://127.0.0.1:9200";

    /** Validates what the annotations cannot express. */
    public Search {
      if (isCluster(backend)) {
        checkUris(uris);
      }
      if (writerBuffer != null
          && (writerBuffer.toMegabytes() < 1 || writerBuffer.toMegabytes() > 2047)) {
        // Lucene's limit for its RAM buffer.
        throw new InvalidSettingException(
            "polku.search.writer-buffer",
            writerBuffer.toMegabytes() + "MB",
            SettingRules.between("1MB", "2047MB"));
      }
      if (commitInterval != null
          && (commitInterval.isNegative() || commitInterval.compareTo(Duration.ofHours(1)) > 0)) {
        throw new InvalidSettingException(
            "polku.search.commit-interval",
            SettingRules.shown(commitInterval),
            SettingRules.between("0s", "1h"));
      }
    }

    /** Whether the Elasticsearch/OpenSearch backend is chosen. */
    public boolean elasticsearch() {
      return isCluster(backend);
    }

    /** The cluster URIs, in the order given; valid when {@link #elasticsearch()}. */
    List<URI> uriList() {
      return split(uris).stream().map(URI::create).toList();
    }

    /** Whether {@code backend} names the Elasticsearch/OpenSearch backend. */
    static boolean isCluster(String backend) {
      return "elasticsearch".equalsIgnoreCase(backend) || "opensearch".equalsIgnoreCase(backend);
    }

    /** The URIs of a comma-separated {@code uris}, without blanks and empty items. */
    static List<String> split(String uris) {
      return uris == null
          ? List.of()
          : Arrays.stream(uris.split(",")).map(String::strip).filter(u -> !u.isEmpty()).toList();
    }

    /**
     * Refuses URIs Hibernate Search and the start-up check could not connect to: none at all, or
     * one that is not an http(s) URL with a host (and port).
     */
    private static void checkUris(String uris) {
      List<String> list = split(uris);
      if (list.isEmpty()) {
        throw new InvalidSettingException(
            "polku.search.uris", uris == null ? "" : uris, SettingRules.notEmpty());
      }
      for (String uri : list) {
        try {
          URI parsed = new URI(uri);
          String scheme = String.valueOf(parsed.getScheme()).toLowerCase(Locale.ROOT);
          // The authority, not the host: java.net.URI finds no host in my_search:9200 (an
          // underscore, as container names have), which Hibernate Search's client connects to.
          if ((scheme.equals("http") || scheme.equals("https"))
              && parsed.getRawAuthority() != null
              && !parsed.getRawAuthority().isBlank()) {
            continue;
          }
          throw new InvalidSettingException("polku.search.uris", uris, SettingRules.searchUris());
        } catch (URISyntaxException e) {
          throw new InvalidSettingException(
              "polku.search.uris", uris, SettingRules.searchUris(), e);
        }
      }
    }

    /** Whether index changes go through the database outbox. */
    public boolean outbox() {
      return coordination == null || coordination.isBlank()
          ? elasticsearch()
          : "outbox-polling".equalsIgnoreCase(coordination);
    }
  }

  /**
   * Loads of legacy exports: files dropped into the inbox and {@code polku load}. The limits bound
   * what a ZIP input may unpack to in the temporary folder, counted as it is unpacked (see {@link
   * ArchiveLimits} for why the defaults never hinder a real export).
   *
   * @param maxArchiveSize most bytes a ZIP input may unpack to, all its files together (at least
   *     1MB); more refuses the archive with {@code POLKU-VAL-0836}
   * @param maxArchiveEntries most entries (files and folders) of a ZIP input (at least 1); more
   *     refuses the archive with {@code POLKU-VAL-0837}
   * @param writers how many batches of one entity a load writes at the same time, when they do not
   *     depend on each other (1 or 2): with two, one batch is checked and flushed while another
   *     commits (on two cores with the embedded database no clear gain was measured)
   */
  public record Load(
      @DefaultValue("16GB") @NotNull DataSize maxArchiveSize,
      @DefaultValue("250000") int maxArchiveEntries,
      @DefaultValue("1") int writers) {

    /**
     * Validates here rather than with annotations: {@code polku load --hub} binds these settings
     * without the hub's validator. A size without a unit is bytes, so the floor of 1MB catches a
     * forgotten {@code GB}.
     */
    public Load {
      if (maxArchiveSize != null && maxArchiveSize.toBytes() < DataSize.ofMegabytes(1).toBytes()) {
        throw new InvalidSettingException(
            "polku.load.max-archive-size", maxArchiveSize.toString(), SettingRules.atLeast("1MB"));
      }
      if (maxArchiveEntries < 1) {
        throw new InvalidSettingException(
            "polku.load.max-archive-entries",
            Integer.toString(maxArchiveEntries),
            SettingRules.atLeast(1));
      }
      if (writers < 1 || writers > LoadEngine.MAX_WRITERS) {
        throw new InvalidSettingException(
            "polku.load.writers",
            Integer.toString(writers),
            SettingRules.between("1", Integer.toString(LoadEngine.MAX_WRITERS)));
      }
    }

    /** The limits for the loader. */
    public ArchiveLimits archiveLimits() {
      return new ArchiveLimits(maxArchiveSize.toBytes(), maxArchiveEntries);
    }

    /** How loads run with these settings, keeping their runs under {@code loadsFolder}. */
    public LoadSettings settings(Path loadsFolder) {
      return LoadSettings.defaults(loadsFolder)
          .withArchiveLimits(archiveLimits())
          .withWriters(writers);
    }
  }
}
