package fi.polku.mapping.load;

/**
 * Where a run is, for a progress bar.
 *
 * @param entity the entity being read
 * @param read records read so far (all entities)
 * @param written records written so far
 * @param rejected records rejected so far
 * @param position bytes (or rows) of the current entity's input read
 * @param total bytes (or rows) of the current entity's input, -1 if unknown
 * @param elapsedMillis time since the run started
 * @param rowsPerSecond records read per second so far
 * @param etaSeconds estimated seconds left for the current entity, -1 if unknown
 */
public record Progress(
    String entity,
    long read,
    long written,
    long rejected,
    long position,
    long total,
    long elapsedMillis,
    double rowsPerSecond,
    long etaSeconds) {

  /**
   * Seconds left for an entity that has read {@code position} of {@code total} in {@code
   * entityMillis} since its own first record (not since the run started: the entities before it
   * took their time at their own pace); -1 when it cannot be told.
   */
  public static long etaSeconds(long entityMillis, long position, long total) {
    if (total <= 0 || position <= 0 || position > total || entityMillis <= 0) {
      return -1;
    }
    return (long) (entityMillis / 1000.0 * (total - position) / position);
  }
}
