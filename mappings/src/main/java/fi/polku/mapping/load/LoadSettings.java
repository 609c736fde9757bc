package fi.polku.mapping.load;

import fi.polku.mapping.source.ArchiveLimits;
import java.nio.file.Path;

/**
 * How runs are carried out.
 *
 * @param dataFolder where run folders ({@code runs/<run id>/}) and incremental read positions
 *     ({@code positions/}) are kept; a run folder also takes the duplicate-key table of a file too
 *     large for the heap ({@code keys/}, mapped and deleted at once)
 * @param batchSize records per transaction Bundle (a record's resources always go together)
 * @param validate whether each resource is validated before it is sent (structure; the hub
 *     validates again, with business rules)
 * @param progressMillis least time between two progress reports
 * @param writers how many batches of one entity may be written at the same time (1 or 2), when they
 *     do not depend on each other (see {@link BatchSubmitter})
 * @param archiveLimits how much a ZIP input may unpack to
 */
public record LoadSettings(
    Path dataFolder,
    int batchSize,
    boolean validate,
    long progressMillis,
    int writers,
    ArchiveLimits archiveLimits) {

  /** Default {@link #batchSize}. */
  public static final int DEFAULT_BATCH_SIZE = 200;

  /** Validates the settings. */
  public LoadSettings {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
    }
    if (writers < 1 || writers > LoadEngine.MAX_WRITERS) {
      throw new IllegalArgumentException(
          "writers must be between 1 and " + LoadEngine.MAX_WRITERS + ", not " + writers);
    }
    if (archiveLimits == null) {
      throw new IllegalArgumentException("archive limits are required");
    }
  }

  /**
   * Defaults: batches of 200 records, validation on, progress at most every 250 ms, one writer
   * (batches written in their order, one at a time; the hub's loads take {@code
   * polku.load.writers}), the default {@link ArchiveLimits}.
   */
  public static LoadSettings defaults(Path dataFolder) {
    return new LoadSettings(dataFolder, DEFAULT_BATCH_SIZE, true, 250, 1, ArchiveLimits.DEFAULTS);
  }

  /** The same settings with another batch size. */
  public LoadSettings withBatchSize(int size) {
    return new LoadSettings(dataFolder, size, validate, progressMillis, writers, archiveLimits);
  }

  /** The same settings with validation on or off. */
  public LoadSettings withValidation(boolean on) {
    return new LoadSettings(dataFolder, batchSize, on, progressMillis, writers, archiveLimits);
  }

  /** The same settings with another number of writers. */
  public LoadSettings withWriters(int n) {
    return new LoadSettings(dataFolder, batchSize, validate, progressMillis, n, archiveLimits);
  }

  /** The same settings with other limits for ZIP inputs. */
  public LoadSettings withArchiveLimits(ArchiveLimits limits) {
    return new LoadSettings(dataFolder, batchSize, validate, progressMillis, writers, limits);
  }

  /** The folder of run {@code runId}. */
  public Path runFolder(String runId) {
    return dataFolder.resolve("runs").resolve(runId);
  }

  /** The folder of incremental read positions. */
  public Path positionsFolder() {
    return dataFolder.resolve("positions");
  }
}
