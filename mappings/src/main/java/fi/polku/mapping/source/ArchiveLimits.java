package fi.polku.mapping.source;

/**
 * How much a ZIP input may unpack to. Both limits are counted while the archive is unpacked, not
 * taken from its headers: a ZIP bomb declares small sizes and inflates to many gigabytes, or holds
 * millions of empty entries, and would otherwise fill the disk of the machine that loads it.
 *
 * @param maxBytes most bytes all entries together unpack to
 * @param maxEntries most entries (files, folders and the operating system's files left out)
 */
public record ArchiveLimits(long maxBytes, int maxEntries) {

  /**
   * 16 GiB: sixteen times the largest export the loader is designed for (1 GB unpacked), so a real
   * export never meets it, while a bomb stops before it fills a server's disk.
   */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024 * 1024;

  /**
   * 250,000: a register export is a handful of files, and even a dump of one KOSKI document per
   * learner stays below it (no municipality has that many learners; 1 GB of the smallest documents,
   * about 4 KB each, is 250,000 files). The archive's directory is held in memory while it is
   * unpacked, about 100 bytes an entry: 25 MB at the limit.
   */
  public static final int DEFAULT_MAX_ENTRIES = 250_000;

  /** The default limits. */
  public static final ArchiveLimits DEFAULTS =
      new ArchiveLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRIES);

  /** Validates the limits. */
  public ArchiveLimits {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1, not " + maxBytes);
    }
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1, not " + maxEntries);
    }
  }

  /**
   * {@link #maxBytes} for a message, in its largest whole unit: {@code 16 GiB}, {@code 64 KiB}, or
   * bytes.
   */
  public String maxBytesText() {
    String[] units = {"bytes", "KiB", "MiB", "GiB"};
    long value = maxBytes;
    int unit = 0;
    while (unit < units.length - 1 && value % 1024 == 0) {
      value /= 1024;
      unit++;
    }
    return value + " " + units[unit];
  }
}
